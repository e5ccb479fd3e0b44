import type { Metadata } from 'next';
import Link from 'next/link';
import instructorStyles from '@/components/instructor/instructor.module.css';
import styles from '@/components/instructor/lti/lti.module.css';
import { itemsOfSet } from '@/lib/bank/sets';
import { assignmentsOf } from '@/server/assignments/service';
import { getAssessmentBank } from '@/server/bank';
import { getDb } from '@/server/db';
import { readHandoff } from '@/server/lti/launch';
import { platformById } from '@/server/lti/platforms';
import { requireSession, requestTime } from '@/server/pages';

export const metadata: Metadata = { title: 'Add an activity to your LMS' };

type Props = { params: Promise<{ code: string }> };

/** Deep linking: what the LMS's new activity opens. A plain form: its answer posts on to the LMS. */
export default async function DeepLinkPage({ params }: Props) {
  const { code } = await params;
  const session = await requireSession(`/instructor/lti/deep-link/${encodeURIComponent(code)}`);
  const db = await getDb();
  const request = await readHandoff(db, code, requestTime(), false);
  if (request?.kind !== 'deep-link' || request.instructorId !== session.instructor.id) {
    return (
      <>
        <h1>Add an activity to your LMS</h1>
        <p role="alert">
          This choice has expired or was made already. Start again from your LMS with “Select
          content” (or “External tool”).
        </p>
      </>
    );
  }
  const platform = await platformById(db, request.platformId);
  const bank = getAssessmentBank();
  const assignments = await assignmentsOf(db, session.instructor.id);
  return (
    <>
      <h1>Add an activity to your LMS</h1>
      {platform ? (
        <p>
          {/* A name made from an address may break anywhere: it is one long token. */}
          LMS:{' '}
          <span className={styles.value} data-layout-break-ok>
            {platform.name}
          </span>
        </p>
      ) : null}
      <p>
        Choose what the activity opens. Students who open it go straight to their attempt under the
        name the LMS gives them, and each score goes to the LMS’s gradebook when they hand in (or
        when you close the assignment, if feedback waits until then).
      </p>
      <form method="post" action={`/api/lti/deep-link/${encodeURIComponent(code)}`}>
        <input type="hidden" name="csrf" value={session.csrfToken} />
        <fieldset className={instructorStyles.fieldset}>
          <legend>A curated set, as a new assignment (feedback after each answer)</legend>
          <ul className="list-plain stack">
            {bank.sets.map((set, index) => (
              <li key={set.id}>
                <label className="check-row">
                  <input
                    type="radio"
                    name="choice"
                    value={`set:${set.id}`}
                    required
                    defaultChecked={index === 0}
                  />{' '}
                  {set.title} ({itemsOfSet(set, bank.frameworks, bank.itemById).length} questions)
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className={instructorStyles.fieldset}>
          <legend>
            A draw from the held-back pool (cases no public quiz shows), as a new assignment
          </legend>
          <ul className="list-plain stack">
            {[{ id: 'all', shortLabel: 'Every framework' }, ...bank.frameworks].map((framework) => (
              <li key={framework.id}>
                <label className="check-row">
                  <input type="radio" name="choice" value={`draw:${framework.id}`} />{' '}
                  {framework.shortLabel}
                </label>
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor="draw-count">Questions in a draw</label>
            <select id="draw-count" name="count" defaultValue="10">
              {[5, 10, 15, 20, 30, 40].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        {assignments.length > 0 ? (
          <fieldset className={instructorStyles.fieldset}>
            <legend>One of your assignments</legend>
            <ul className="list-plain stack">
              {assignments.map((assignment) => (
                <li key={assignment.id}>
                  <label className="check-row">
                    <input type="radio" name="choice" value={`assignment:${assignment.id}`} />{' '}
                    {assignment.title} ({assignment.item_count} questions)
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <p className="muted">
          For finer filters or your own items,{' '}
          <Link href="/instructor/assignments/new" target="_blank">
            make the assignment
          </Link>{' '}
          in a new tab, then reload this page and pick it here.
        </p>
        <button type="submit" className="button">
          Add to the LMS
        </button>
      </form>
    </>
  );
}

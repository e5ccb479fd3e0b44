import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ConfusionTable } from '@/components/instructor/ConfusionTable';
import styles from '@/components/instructor/analysis.module.css';
import { fixed2 } from '@/components/instructor/format';
import { compareHref, conceptHref } from '@/components/links';
import { itemRows, pairAdvice, partRows, type AnalysisRow } from '@/lib/analytics/analysis-view';
import { ATTEMPT_CHOICE_LABEL, ATTEMPT_CHOICES } from '@/lib/analytics/attempt-choice';
import { STATISTIC_LEGEND, type ItemFlag } from '@/lib/analytics/item-analysis';
import { ownedAssignment } from '@/server/assignments/service';
import { getBank } from '@/server/bank';
import { getDb } from '@/server/db';
import { rowIdSchema } from '@/server/http/params';
import { requestTime, requireSession } from '@/server/pages';
import { loadResults } from '@/server/results/service';

export const metadata: Metadata = { title: 'Item analysis' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const countedSchema = z.enum(ATTEMPT_CHOICES).catch('all');

const FLAG_TEXT: Record<ItemFlag['kind'], string> = {
  'possibly-miskeyed': 'Possibly mis-keyed',
  'does-not-discriminate': 'Does not discriminate',
  'too-easy': 'Too easy',
  'too-hard': 'Too hard',
};

export default async function AnalysisPage({ params, searchParams }: Props) {
  const { id } = await params;
  const requested = (await searchParams).attempts;
  const counted = countedSchema.parse(Array.isArray(requested) ? requested[0] : requested);
  const session = await requireSession(`/instructor/assignments/${id}/analysis`);
  if (!rowIdSchema.safeParse(id).success) notFound();
  const db = await getDb();
  const assignment = await ownedAssignment(db, session.instructor.id, id);
  if (!assignment) notFound();
  const bank = getBank();
  const results = await loadResults(db, assignment, bank.frameworks, requestTime(), counted);
  const { test } = results.items;
  const frameworkById = new Map(bank.frameworks.map((f) => [f.id, f]));
  const categoryLabel = (frameworkId: string, categoryId: string) =>
    frameworkById.get(frameworkId)?.categories.find((c) => c.id === categoryId)?.shortLabel ??
    categoryId;
  const parts = partRows(results.scenarios.items, assignment.items);

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/instructor">Your assignments</Link> ›{' '}
        <Link href={`/instructor/assignments/${assignment.id}`}>{assignment.title}</Link>
      </p>
      <h1>Item analysis</h1>
      <p>
        From {test.students} submitted attempt{test.students === 1 ? '' : 's'}; attempts still in
        progress are left out. Marks are counted without certainty weighting.
      </p>
      {assignment.settings.maxAttempts > 1 ? (
        <form method="get" className="filter-row">
          <div className="field">
            <label htmlFor="attempts">Count</label>
            <select id="attempts" name="attempts" defaultValue={counted}>
              {ATTEMPT_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {ATTEMPT_CHOICE_LABEL[choice]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <span aria-hidden="true">&nbsp;</span>
            <button type="submit" className="button button-secondary">
              Recount
            </button>
          </div>
        </form>
      ) : null}

      <h2>The whole assignment</h2>
      <p className="muted">
        Each classified case is one mark: a question is worth one, a sort board one per card.
      </p>
      <dl className={styles.figures} aria-label="Statistics of the whole assignment">
        {(
          [
            ['Attempts analysed', String(test.students)],
            ['Maximum marks', String(test.maxMarks)],
            ['Mean score', marksOf(test.mean, test.maxMarks)],
            ['Median score', marksOf(test.median, test.maxMarks)],
            ['Standard deviation', marksOf(test.sd, test.maxMarks)],
            ["Cronbach's alpha", fixed2(test.cronbachAlpha)],
            ['Error ratio', fixed2(test.errorRatio)],
            ['Standard error', marksOf(test.standardError, test.maxMarks)],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={`test-${label}`}>{value}</dd>
          </div>
        ))}
      </dl>

      <h2>Items</h2>
      <ItemTable
        label="Statistics per item"
        rows={itemRows(results.items.items, assignment.items)}
      />

      {parts.length > 0 ? (
        <>
          <h2>Sort boards, card by card</h2>
          <p className="muted">
            Each card is one scenario: a board that looks fine overall can hide one card the class
            misplaces.
          </p>
          <ItemTable label="Statistics per sort-board card" rows={parts} />
        </>
      ) : null}

      <h2>What the class confuses</h2>
      {results.confusion.length === 0 ? <p>No single-category answers submitted yet.</p> : null}
      {results.confusion.map(({ matrix, top }) => {
        const framework = frameworkById.get(matrix.frameworkId);
        return (
          <section key={matrix.frameworkId} aria-labelledby={`confusion-${matrix.frameworkId}`}>
            <h3 id={`confusion-${matrix.frameworkId}`}>
              {framework?.shortLabel ?? matrix.frameworkId}
            </h3>
            <ConfusionTable
              matrix={matrix}
              title={framework?.shortLabel ?? matrix.frameworkId}
              labelOf={(c) => categoryLabel(matrix.frameworkId, c)}
            />
            {top.length > 0 ? (
              <>
                <h4>Most confused pairs</h4>
                <ul>
                  {pairAdvice(top, bank.items).map(({ suggestions, itemIds, ...pair }) => {
                    return (
                      <li key={`${pair.key}-${pair.given}`}>
                        <Link href={conceptHref(pair.frameworkId, pair.key)}>
                          {categoryLabel(pair.frameworkId, pair.key)}
                        </Link>{' '}
                        answered as{' '}
                        <Link href={conceptHref(pair.frameworkId, pair.given)}>
                          {categoryLabel(pair.frameworkId, pair.given)}
                        </Link>
                        : {pair.count} time{pair.count === 1 ? '' : 's'} (
                        {Math.round(pair.share * 100)}% of that key).{' '}
                        {compareHref(pair.frameworkId, pair.key, pair.given) ? (
                          <>
                            <Link href={compareHref(pair.frameworkId, pair.key, pair.given)!}>
                              The two side by side
                            </Link>
                            .{' '}
                          </>
                        ) : null}
                        {itemIds.length > 0 ? (
                          <>
                            Contrast pairs to assign next:{' '}
                            {suggestions.map((s) => `${s.a.title} / ${s.b.title}`).join('; ')}.{' '}
                            <Link href={`/instructor/assignments/new?items=${itemIds.join(',')}`}>
                              Make an assignment of these
                            </Link>
                          </>
                        ) : (
                          <span className="muted">
                            The bank has no contrast pair for these two yet.
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}

      <h2>What the figures mean</h2>
      <dl className={styles.legend}>
        {STATISTIC_LEGEND.map((entry) => (
          <div key={entry.id}>
            <dt>{entry.label}</dt>
            <dd>
              {entry.meaning} <em>Healthy: {entry.healthy}</em>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** A share of the maximum marks, as marks and as a percentage, e.g. "5.0 of 15 (33 %)". */
function marksOf(share: number | null, max: number): string {
  if (share === null || !Number.isFinite(share)) return '–';
  return `${(share * max).toFixed(1)} of ${max} (${Math.round(share * 100)} %)`;
}

/** One card per item: its figures, what was chosen, and any flag; two columns on a wide screen. */
function ItemTable({ label, rows }: { label: string; rows: AnalysisRow[] }) {
  return (
    <ol className={styles.items} aria-label={label}>
      {rows.map((stat, i) => (
        <li key={stat.itemId} className={`card ${styles.item}`} data-testid={`item-${stat.itemId}`}>
          <h3 className={styles.itemTitle}>
            {i + 1}. {stat.title}
          </h3>
          <dl className={styles.figures}>
            <div>
              <dt>Facility</dt>
              <dd data-testid="facility">{fixed2(stat.facility)}</dd>
            </div>
            <div>
              <dt>SD</dt>
              <dd>{fixed2(stat.sd)}</dd>
            </div>
            <div>
              <dt>Discrimination</dt>
              <dd>{fixed2(stat.discrimination)}</dd>
            </div>
            <div>
              <dt>Efficiency</dt>
              <dd>{fixed2(stat.discriminativeEfficiency)}</dd>
            </div>
          </dl>
          <p className={styles.chosenTitle}>Chosen</p>
          <ul className={styles.options}>
            {stat.options.map((o) => (
              <li key={o.optionId}>
                {o.label}: <strong>{o.count}</strong>
                {o.isKey ? ' (key ✓)' : ''}
              </li>
            ))}
            {stat.noAnswer > 0 ? <li>No answer: {stat.noAnswer}</li> : null}
          </ul>
          {stat.flags.length === 0 ? null : (
            <ul className={styles.flags}>
              {stat.flags.map((flag) => (
                <li key={flag.kind} className={styles.flag}>
                  ⚠ {FLAG_TEXT[flag.kind]}
                  {flag.kind === 'possibly-miskeyed'
                    ? ` (the top third chose “${stat.options.find((o) => o.optionId === flag.distractor)?.label ?? flag.distractor}”)`
                    : ''}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

import { cookies } from 'next/headers';
import { IntentLink } from '@/components/ui/IntentLink';
import { PracticeCard } from '@/components/home/PracticeCard';
import { ResumeCard } from '@/components/home/ResumeCard';
import { conceptHref } from '@/components/links';
import { parseResume, RESUME_COOKIE } from '@/lib/quiz/resume';
import { DEFAULT_QUIZ_LENGTH, QUIZ_LENGTHS } from '@/lib/quiz/spec';
import { getBank } from '@/server/bank';
import styles from './home.module.css';

export default async function HomePage() {
  const bank = getBank();
  const resume = parseResume((await cookies()).get(RESUME_COOKIE)?.value);
  const countOf = (frameworkId: string) =>
    bank.items.filter((i) => i.frameworkId === frameworkId).length;

  return (
    <div className={styles.home}>
      <section className={styles.intro}>
        <h1>Attaché</h1>
        <p>
          Read a short case of military or defence diplomacy, classify it against the concepts of
          the literature, and learn from an explanation of every answer.
        </p>
      </section>

      {resume ? <ResumeCard resume={resume} /> : null}

      <PracticeCard />

      <form action="/quiz" method="get" className={styles.start}>
        <fieldset className={styles.lengths}>
          <legend>Questions per quiz</legend>
          <div className={styles.segmented}>
            {QUIZ_LENGTHS.map((n) => (
              <label key={n}>
                <input type="radio" name="n" value={n} defaultChecked={n === DEFAULT_QUIZ_LENGTH} />
                <span>{n}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className={styles.toggle}>
          <label>
            <input type="checkbox" name="cbm" value="1" aria-describedby="cbm-help" />
            <span>Certainty-based marking</span>
          </label>
          <p id="cbm-help" className="muted">
            After each answer, say how sure you are: right earns 1, 2 or 3; wrong costs 0, 2 or 6.
          </p>
        </div>

        <h2>Choose what to practise</h2>
        <ul className={styles.frameworks}>
          {bank.frameworks.map((framework) => (
            <li key={framework.id} className={styles.framework}>
              <h3 id={`fw-${framework.id}`}>{framework.label}</h3>
              <p className="muted">
                {framework.categories.length} categories · {countOf(framework.id)} questions
              </p>
              <div className={styles.row}>
                <button className="button" type="submit" name="scope" value={framework.id}>
                  Start<span className="visually-hidden"> {framework.shortLabel}</span>
                </button>
                <IntentLink href={conceptHref(framework.id)} className={styles.secondaryLink}>
                  The concepts<span className="visually-hidden"> of {framework.shortLabel}</span>
                </IntentLink>
              </div>
            </li>
          ))}
          <li className={styles.framework}>
            <h3>Mixed review</h3>
            <p className="muted">
              Every framework in turn: the best test of whether you can tell them apart.
            </p>
            <div className={styles.row}>
              <button className="button" type="submit" name="scope" value="mixed">
                Start<span className="visually-hidden"> mixed review</span>
              </button>
            </div>
          </li>
        </ul>

        <h2>Curated sets</h2>
        <p className="muted">Fixed sets for a class or a topic: the same questions every time.</p>
        <ul className={styles.frameworks}>
          {[...bank.sets]
            .sort((a, b) => a.order - b.order)
            .map((set) => (
              <li key={set.id} className={styles.framework}>
                <h3>{set.title}</h3>
                <p className="muted">
                  {set.items.length} questions · {set.description}
                </p>
                <div className={styles.row}>
                  <button className="button" type="submit" name="set" value={set.id}>
                    Start<span className="visually-hidden"> {set.title}</span>
                  </button>
                </div>
              </li>
            ))}
        </ul>
      </form>

      <section aria-labelledby="class-title" className="card">
        <h2 id="class-title">In a class?</h2>
        <p>
          <IntentLink href="/join">Join an assignment with a code</IntentLink> from your instructor.
          Instructors: <IntentLink href="/instructor">hand a set to your class</IntentLink> and see
          every answer.
        </p>
      </section>

      <p className="muted">
        Built on Popović &amp; Stević’s paper on Sino-Serbian military-to-military diplomacy and the
        authors it draws on: Pajtinka, Cottey &amp; Forster, Cable, du Plessis.
      </p>
    </div>
  );
}

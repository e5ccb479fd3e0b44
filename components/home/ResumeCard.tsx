import { IntentLink } from '@/components/ui/IntentLink';
import type { Resume } from '@/lib/quiz/resume';
import styles from './ResumeCard.module.css';

/** "Continue where you left off": rendered on the server from the resume cookie. */
export function ResumeCard({ resume }: { resume: Resume }) {
  return (
    <section className={styles.resume} aria-labelledby="resume-heading">
      <h2 id="resume-heading">Continue where you left off</h2>
      <p>
        {resume.title}: {resume.answered} of {resume.total} answered.
      </p>
      <IntentLink className="button" href={resume.href}>
        Resume<span className="visually-hidden"> {resume.title}</span>
      </IntentLink>
    </section>
  );
}

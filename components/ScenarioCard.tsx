import type { StemView } from '@/lib/bank/items';
import styles from './ScenarioCard.module.css';

const CONTEXT_LABEL: Record<StemView['context'], string> = {
  'source-case': 'From the source paper',
  historical: 'Historical case',
  hypothetical: 'Hypothetical case',
  literature: 'From the literature',
};

export function contextBadge(stem: Pick<StemView, 'context' | 'year'>): string {
  const label = CONTEXT_LABEL[stem.context];
  return stem.year === undefined ? label : `${label} · ${stem.year}`;
}

type Props = {
  stem: StemView;
  /** id for the title, so a question can point at its scenario. */
  titleId?: string;
  headingLevel?: 2 | 3;
  /** Receives focus when a new question appears. */
  titleRef?: React.Ref<HTMLHeadingElement>;
};

export function ScenarioCard({ stem, titleId, headingLevel = 2, titleRef }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <p className={styles.badge}>{contextBadge(stem)}</p>
      <Heading id={titleId} ref={titleRef} tabIndex={-1} className={styles.title}>
        {stem.title}
      </Heading>
      <p className={styles.text}>{stem.text}</p>
      {stem.actors && stem.actors.length > 0 ? (
        <p className={styles.actors}>
          <span className={styles.actorsLabel}>Actors: </span>
          {stem.actors.join('; ')}
        </p>
      ) : null}
    </article>
  );
}

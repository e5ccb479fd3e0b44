import type { ScenarioView } from '@/lib/items/schema';
import styles from './ScenarioCard.module.css';

const CONTEXT_LABEL: Record<ScenarioView['context'], string> = {
  'source-case': 'From the source paper',
  historical: 'Historical case',
  hypothetical: 'Hypothetical case',
  literature: 'From the literature',
};

export function contextBadge(scenario: Pick<ScenarioView, 'context' | 'year'>): string {
  const label = CONTEXT_LABEL[scenario.context];
  return scenario.year === undefined ? label : `${label} · ${scenario.year}`;
}

type Props = {
  scenario: ScenarioView;
  /** id for the title, so a question can point at its scenario. */
  titleId?: string;
  headingLevel?: 2 | 3;
  /** Receives focus when a new question appears. */
  titleRef?: React.Ref<HTMLHeadingElement>;
};

export function ScenarioCard({ scenario, titleId, headingLevel = 2, titleRef }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <p className={styles.badge}>{contextBadge(scenario)}</p>
      <Heading id={titleId} ref={titleRef} tabIndex={-1} className={styles.title}>
        {scenario.title}
      </Heading>
      <p className={styles.text}>{scenario.text}</p>
      {scenario.actors && scenario.actors.length > 0 ? (
        <p className={styles.actors}>
          <span className={styles.actorsLabel}>Actors: </span>
          {scenario.actors.join('; ')}
        </p>
      ) : null}
    </article>
  );
}

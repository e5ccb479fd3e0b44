import type { Metadata } from 'next';
import { IntentLink } from '@/components/ui/IntentLink';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/concepts/Breadcrumbs';
import { conceptHref } from '@/components/links';
import { contextBadge } from '@/components/ScenarioCard';
import { allComparisons, comparisonView, type ComparedScenario } from '@/lib/bank/compare-view';
import { singleItemId } from '@/lib/items/ids';
import { getBank } from '@/server/bank';
import styles from './compare.module.css';

type Props = { params: Promise<{ framework: string; pair: string }> };

// Only the bank's own pages: any other path is a 404 at once, neither rendered nor cached on
// disk (with the default, every made-up path was rendered and written to the route cache).
export const dynamicParams = false;

export function generateStaticParams() {
  return allComparisons(getBank()).map(({ frameworkId, pairId }) => ({
    framework: frameworkId,
    pair: pairId,
  }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework, pair } = await params;
  const view = comparisonView(getBank(), framework, pair);
  return {
    title: view
      ? `${view.categories[0].shortLabel} or ${view.categories[1].shortLabel}?`
      : 'Compare',
  };
}

/**
 * Two categories learners confuse, side by side: their definitions, what they share, the one
 * feature that separates them, and pairs of cases that differ only in that feature.
 */
export default async function ComparePage({ params }: Props) {
  const { framework: frameworkId, pair } = await params;
  const view = comparisonView(getBank(), frameworkId, pair);
  if (!view) notFound();
  const { framework, categories, shared, separator, examples } = view;
  const itemIds = examples.flatMap((example) =>
    example.map((side) => singleItemId(side.scenario.id, framework.id)),
  );

  return (
    <div className="stack">
      <Breadcrumbs
        trail={[
          { href: '/concepts', label: 'Concepts' },
          { href: conceptHref(framework.id), label: framework.shortLabel },
        ]}
      />
      <h1>
        {categories[0].shortLabel} or {categories[1].shortLabel}?
      </h1>
      <p>Two categories of {framework.shortLabel} that are easy to mix up, side by side.</p>

      <div className={styles.sideBySide}>
        {categories.map((category) => (
          <section key={category.id} className="card" aria-labelledby={`def-${category.id}`}>
            <h2 id={`def-${category.id}`} className={styles.defTitle}>
              {category.label}
            </h2>
            <p>{category.definition}</p>
            <p className="muted">Cues: {category.cues.join(', ')}</p>
            <IntentLink className={styles.more} href={conceptHref(framework.id, category.id)}>
              More on {category.shortLabel}
            </IntentLink>
          </section>
        ))}
      </div>

      <h2>What they share</h2>
      <p>{shared}</p>
      <h2>The one thing that tells them apart</h2>
      <p className={styles.separator}>{separator}</p>

      <h2>Cases that differ only in that</h2>
      <ol className={`list-plain stack ${styles.pairs}`}>
        {examples.map((example, index) => (
          <li key={example.map((s) => s.scenario.id).join('-')}>
            <h3>Pair {index + 1}</h3>
            <div className={styles.sideBySide}>
              {example.map((side) => (
                <Case key={side.scenario.id} side={side} />
              ))}
            </div>
          </li>
        ))}
      </ol>
      <IntentLink className="button" href={`/quiz?items=${itemIds.join(',')}`}>
        Try these {itemIds.length} cases
      </IntentLink>
    </div>
  );
}

function Case({ side }: { side: ComparedScenario }) {
  const { scenario, category, explanation } = side;
  return (
    <article className="card" aria-labelledby={`case-${scenario.id}`}>
      <p className={styles.badge}>
        {contextBadge({
          context: scenario.context,
          year: 'year' in scenario ? scenario.year : undefined,
        })}
      </p>
      <h4 id={`case-${scenario.id}`} className={styles.caseTitle}>
        {scenario.title}
      </h4>
      <p>{scenario.text}</p>
      <p className={styles.verdict}>
        <strong>{category.shortLabel}:</strong> {explanation}
      </p>
    </article>
  );
}

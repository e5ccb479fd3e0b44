import type { Metadata } from 'next';
import { IntentLink } from '@/components/ui/IntentLink';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/concepts/Breadcrumbs';
import { conceptHref } from '@/components/links';
import { contextBadge } from '@/components/ScenarioCard';
import { formatCitation } from '@/lib/bank/generate';
import { allComparisons } from '@/lib/bank/compare-view';
import { examplesOf } from '@/lib/bank/examples';
import { getBank } from '@/server/bank';
import styles from './category.module.css';

type Props = { params: Promise<{ framework: string; category: string }> };

// Only the bank's own pages: any other path is a 404 at once, neither rendered nor cached on
// disk (with the default, every made-up path was rendered and written to the route cache).
export const dynamicParams = false;

export function generateStaticParams() {
  return getBank().frameworks.flatMap((f) =>
    f.categories.map((c) => ({ framework: f.id, category: c.id })),
  );
}

function find(frameworkId: string, categoryId: string) {
  const bank = getBank();
  const framework = bank.frameworks.find((f) => f.id === frameworkId);
  const category = framework?.categories.find((c) => c.id === categoryId);
  return framework && category ? { bank, framework, category } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework, category } = await params;
  return { title: find(framework, category)?.category.shortLabel ?? 'Concept' };
}

export default async function CategoryPage({ params }: Props) {
  const found = find((await params).framework, (await params).category);
  if (!found) notFound();
  const { bank, framework, category } = found;
  const citation = formatCitation(category.citation, bank.references);
  const examples = examplesOf(bank, framework.id, category.id);
  const others = framework.categories.filter((c) => c.id !== category.id);
  const comparisons = allComparisons(bank).filter(
    (c) => c.frameworkId === framework.id && c.categories.includes(category.id),
  );

  return (
    <div className="stack">
      <Breadcrumbs
        trail={[
          { href: '/concepts', label: 'Concepts' },
          { href: conceptHref(framework.id), label: framework.shortLabel },
        ]}
      />
      <h1>{category.label}</h1>
      <p>{category.definition}</p>
      <p className="muted">
        Source: <cite title={citation.full}>{citation.text}</cite>
      </p>
      <h2>Cues to notice</h2>
      <ul className="tag-list">
        {category.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ul>

      <h2>Examples from the bank</h2>
      {examples.length === 0 ? (
        <p>No scenario is keyed to this category yet.</p>
      ) : (
        <ul className="list-plain stack">
          {examples.slice(0, 8).map(({ scenario, primary }) => {
            const entry = scenario.lenses[framework.id];
            return (
              <li key={scenario.id} className={`card ${styles.example}`}>
                <p className={styles.badge}>
                  {contextBadge({
                    context: scenario.context,
                    year: 'year' in scenario ? scenario.year : undefined,
                  })}
                  {primary ? '' : ' · one of several roles'}
                </p>
                <h3>{scenario.title}</h3>
                <p>{scenario.text}</p>
                {entry ? (
                  <details>
                    <summary>Why it is {category.shortLabel.toLowerCase()}</summary>
                    <p>
                      {primary
                        ? entry.explanation
                        : (entry.alsoFits[category.id] ?? entry.explanation)}
                    </p>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      <h2>Compare with</h2>
      <ul className={styles.compare}>
        {others.map((other) => {
          const page = comparisons.find((c) => c.categories.includes(other.id));
          return (
            <li key={other.id}>
              {page ? (
                <IntentLink href={`/compare/${framework.id}/${page.pairId}`}>
                  {category.shortLabel} or {other.shortLabel}? Side by side
                </IntentLink>
              ) : (
                <IntentLink href={conceptHref(framework.id, other.id)}>{other.label}</IntentLink>
              )}
            </li>
          );
        })}
      </ul>
      <IntentLink className="button" href={`/quiz?scope=${framework.id}`}>
        Practise {framework.shortLabel}
      </IntentLink>
    </div>
  );
}

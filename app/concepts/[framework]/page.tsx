import type { Metadata } from 'next';
import { IntentLink } from '@/components/ui/IntentLink';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/concepts/Breadcrumbs';
import { conceptHref } from '@/components/links';
import { formatCitation } from '@/lib/bank/generate';
import { examplesOf } from '@/lib/bank/examples';
import { getBank } from '@/server/bank';

type Props = { params: Promise<{ framework: string }> };

// Only the bank's own pages: any other path is a 404 at once, neither rendered nor cached on
// disk (with the default, every made-up path was rendered and written to the route cache).
export const dynamicParams = false;

export function generateStaticParams() {
  return getBank().frameworks.map((f) => ({ framework: f.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework: frameworkId } = await params;
  const framework = getBank().frameworks.find((f) => f.id === frameworkId);
  return { title: framework?.shortLabel ?? 'Concept' };
}

export default async function FrameworkPage({ params }: Props) {
  const { framework: frameworkId } = await params;
  const bank = getBank();
  const framework = bank.frameworks.find((f) => f.id === frameworkId);
  if (!framework) notFound();
  const citation = formatCitation(framework.citation, bank.references);

  return (
    <div className="stack">
      <Breadcrumbs trail={[{ href: '/concepts', label: 'Concepts' }]} />
      <h1>{framework.label}</h1>
      <p>{framework.summary}</p>
      <p className="muted">
        Source: <cite title={citation.full}>{citation.text}</cite>
      </p>
      <IntentLink className="button" href={`/quiz?scope=${framework.id}`}>
        Practise {framework.shortLabel}
      </IntentLink>
      <h2>The categories</h2>
      <ul className="list-plain stack">
        {framework.categories.map((category) => (
          <li key={category.id} className="card">
            <h3>
              <IntentLink href={conceptHref(framework.id, category.id)}>
                {category.label}
              </IntentLink>
            </h3>
            <p>{category.definition}</p>
            <p className="muted">
              {examplesOf(bank, framework.id, category.id).length} example scenarios
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

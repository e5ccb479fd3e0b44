import type { Metadata } from 'next';
import { IntentLink } from '@/components/ui/IntentLink';
import { conceptHref } from '@/components/links';
import { getBank } from '@/server/bank';

export const metadata: Metadata = { title: 'Concepts' };

export default function ConceptsPage() {
  const bank = getBank();
  return (
    <div className="stack">
      <h1>Concepts</h1>
      <p>
        The frameworks you classify into, each in our own words with its source. Every explanation
        in a quiz links here.
      </p>
      <ul className="list-plain stack">
        {bank.frameworks.map((framework) => (
          <li key={framework.id} className="card">
            <h2>
              <IntentLink href={conceptHref(framework.id)}>{framework.label}</IntentLink>
            </h2>
            <p>{framework.summary}</p>
            <ul className="tag-list" aria-label={`Categories of ${framework.shortLabel}`}>
              {framework.categories.map((c) => (
                <li key={c.id}>{c.shortLabel}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from 'next';
import { ItemsBreadcrumbs } from '@/components/instructor/items/ItemsBreadcrumbs';
import { ImportForm } from '@/components/instructor/items/ImportForm';
import styles from '@/components/instructor/items/items.module.css';

const CSV_COLUMNS: [string, string][] = [
  ['id', 'required: lower-case words joined by hyphens, e.g. port-call-manila-2026'],
  ['title', 'required: the headline a student sees'],
  ['text', 'required: the scenario, at most 120 words'],
  ['context', 'required: hypothetical, historical, source-case or literature'],
  ['year', 'for historical and source-case: e.g. 2026'],
  [
    'actors',
    'for historical and source-case: e.g. Philippine Navy | Japan Maritime Self-Defense Force',
  ],
  ['basis', 'for real events: where a reader can check it'],
  ['era, region', 'e.g. since-2010, southeast-asia'],
  ['actorTypes', 'e.g. navy | ministry'],
  ['framework', 'required: pajtinka, cottey-forster, modes, criteria or authors'],
  ['key', 'required: the category id of the single best answer, e.g. visits-presence'],
  ['accepted', 'other category ids accepted as right, e.g. representation'],
  ['difficulty', 'required: 1, 2 or 3'],
  ['explanation', 'required: why the key is right'],
  ['whyNot.<category>', 'one column per wrong category, e.g. whyNot.information'],
  ['alsoFits.<category>', 'for each accepted category: why it also fits'],
  ['cue', 'the words of the text that make the key right'],
  ['citation', 'a reference id with a page (pajtinka-2016, p. 188) or a citation written out'],
];
import { requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'Import items' };

export default async function ImportPage() {
  const session = await requireSession('/instructor/items/import');
  return (
    <>
      <ItemsBreadcrumbs />
      <h1>Import items</h1>
      <p>
        A <strong>YAML</strong> file in the bank’s own format (what “Export YAML” writes), or a{' '}
        <strong>spreadsheet</strong> saved as CSV with one row per scenario and framework, for
        single-best questions. A scenario whose id you already use becomes a new version of that
        item; nothing is stored until the whole file has been checked.
      </p>
      <details className={`card ${styles.summary}`}>
        <summary>The spreadsheet’s columns</summary>
        <p>
          One row per scenario and framework; rows with the same id are one scenario. Header names
          in any order and case; UTF-8 with or without a byte order mark; commas or Excel’s
          semicolons. Lists are separated by <code>|</code>.
        </p>
        <dl className={styles.columnList}>
          {CSV_COLUMNS.map(([name, meaning]) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ImportForm csrfToken={session.csrfToken} />
    </>
  );
}

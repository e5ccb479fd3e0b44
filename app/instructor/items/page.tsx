import type { Metadata } from 'next';
import { ItemsBreadcrumbs } from '@/components/instructor/items/ItemsBreadcrumbs';
import Link from 'next/link';
import styles from '@/components/instructor/items/items.module.css';
import { ShareForm } from '@/components/instructor/items/ShareForm';
import { formatUtc } from '@/lib/assignments/describe';
import { getBank } from '@/server/bank';
import { getDb } from '@/server/db';
import { itemLists, sharesOf, type ItemListEntry } from '@/server/items/service';
import { requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'My items' };

export default async function ItemsPage() {
  const session = await requireSession('/instructor/items');
  const db = await getDb();
  const [{ mine, shared }, shares] = await Promise.all([
    itemLists(db, session.instructor.id),
    sharesOf(db, session.instructor.id),
  ]);
  const ready = mine.filter((i) => i.status === 'ready').length;
  return (
    <>
      <ItemsBreadcrumbs inItems={false} />
      <h1>My items</h1>
      <p>
        Scenarios you write, checked by the same rules as the bank. They are private: no public
        page, quiz or practice session shows them; students meet them only in your assignments.
      </p>
      <div className="button-row">
        <Link className="button" href="/instructor/items/new">
          New item
        </Link>
        <Link className="button button-secondary" href="/instructor/items/import">
          Import a file
        </Link>
      </div>
      {ready > 0 ? (
        <p className={styles.exports}>
          Export the {ready} ready item{ready === 1 ? '' : 's'}:{' '}
          <a href="/api/items/export?format=yaml" download>
            YAML (every field)
          </a>{' '}
          ·{' '}
          <a href="/api/items/export?format=csv" download>
            spreadsheet (single-best questions)
          </a>{' '}
          · for an LMS:{' '}
          <a href="/api/items/interchange?format=moodle" download>
            Moodle XML
          </a>{' '}
          ·{' '}
          <a href="/api/items/interchange?format=gift" download>
            GIFT
          </a>{' '}
          ·{' '}
          <a href="/api/items/interchange?format=qti" download>
            QTI 2.1
          </a>
        </p>
      ) : null}

      <h2>Mine ({mine.length})</h2>
      {mine.length === 0 ? (
        <p>None yet. Write one, or import a YAML or CSV file.</p>
      ) : (
        <ItemList items={mine} />
      )}

      <h2>Shared with me ({shared.length})</h2>
      {shared.length === 0 ? (
        <p className="muted">No co-instructor shares their items with you.</p>
      ) : (
        <ItemList items={shared} />
      )}

      <h2>Co-instructors</h2>
      <ShareForm
        csrfToken={session.csrfToken}
        initial={shares.map((s) => ({ id: s.id, email: s.email, name: s.name }))}
      />
    </>
  );
}

const FRAMEWORK_LABEL = new Map(getBank().frameworks.map((f) => [f.id, f.shortLabel]));

function ItemList({ items }: { items: ItemListEntry[] }) {
  return (
    <ul className="list-plain stack">
      {items.map((item) => (
        <li key={item.id} className={`card ${styles.itemRow}`}>
          <Link className={styles.itemLink} href={`/instructor/items/${item.id}`}>
            {item.title}
          </Link>
          <span className="muted">
            <span className={styles.badge}>{item.status === 'ready' ? 'Ready' : 'Draft'}</span> v
            {item.version} ·{' '}
            {item.frameworks.map((id) => FRAMEWORK_LABEL.get(id) ?? id).join(', ') ||
              'no framework yet'}
            {item.ownerName ? ` · by ${item.ownerName}` : ''}
            {item.uses > 0 ? ` · in ${item.uses} assignment${item.uses === 1 ? '' : 's'}` : ''} ·
            edited {formatUtc(item.updatedAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}

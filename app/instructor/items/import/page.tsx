import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportForm } from '@/components/instructor/items/ImportForm';
import { requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'Import items' };

export default async function ImportPage() {
  const session = await requireSession('/instructor/items/import');
  return (
    <>
      <nav aria-label="Breadcrumbs" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/instructor">Assignments</Link>
          </li>
          <li>
            <Link href="/instructor/items">My items</Link>
          </li>
        </ol>
      </nav>
      <h1>Import items</h1>
      <p>
        A <strong>YAML</strong> file in the bank’s own format (what “Export YAML” writes), or a{' '}
        <strong>spreadsheet</strong> saved as CSV with one row per scenario and framework, for
        single-best questions. The columns are described in the README under “Writing your own
        items”. A scenario whose id you already use becomes a new version of that item.
      </p>
      <ImportForm csrfToken={session.csrfToken} />
    </>
  );
}

import Link from 'next/link';

/** Assignments › My items, above every page of the own-items section. */
export function ItemsBreadcrumbs({ inItems = true }: { inItems?: boolean }) {
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <ol>
        <li>
          <Link href="/instructor">Assignments</Link>
        </li>
        {inItems ? (
          <li>
            <Link href="/instructor/items">My items</Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

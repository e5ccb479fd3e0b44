import type { Metadata } from 'next';
import { ItemsBreadcrumbs } from '@/components/instructor/items/ItemsBreadcrumbs';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ItemActions } from '@/components/instructor/items/ItemActions';
import { ItemEditor } from '@/components/instructor/items/ItemEditor';
import { getDb } from '@/server/db';
import { ownItemIdSchema } from '@/server/http/params';
import { editorChoices } from '@/server/items/choices';
import { readableItem, usesOf } from '@/server/items/service';
import { requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'Item' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const justSavedSchema = z.enum(['draft', 'ready']);

export default async function ItemPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireSession(`/instructor/items/${encodeURIComponent(id)}`);
  const itemId = ownItemIdSchema.safeParse(id);
  if (!itemId.success) notFound();
  const db = await getDb();
  const found = await readableItem(db, session.instructor.id, itemId.data);
  if (!found) notFound();
  const { item, access } = found;
  const justSaved = justSavedSchema.safeParse((await searchParams).saved);
  const uses = access === 'owner' ? await usesOf(db, session.instructor.id, item.id) : undefined;
  return (
    <>
      <ItemsBreadcrumbs />
      <h1>{item.title}</h1>
      <p className="muted">
        {access === 'shared'
          ? 'Shared with you: you may use it in assignments and duplicate it, not change it.'
          : `${item.status === 'ready' ? 'Ready' : 'Draft'}, version ${item.version}.`}
      </p>
      {uses ? (
        <section aria-labelledby="uses-heading">
          <h2 id="uses-heading">Where it is used</h2>
          {uses.mine.length === 0 && uses.others === 0 ? (
            <p>In no assignment yet.</p>
          ) : (
            <>
              <p className="muted">
                Each assignment keeps the version it was given: editing the item does not change
                them.
              </p>
              <ul>
                {uses.mine.map((u) => (
                  <li key={u.id}>
                    <Link href={`/instructor/assignments/${u.id}`}>{u.title}</Link> (version{' '}
                    {u.version})
                  </li>
                ))}
                {uses.others > 0 ? (
                  <li>
                    {uses.others} assignment{uses.others === 1 ? '' : 's'} of co-instructors
                  </li>
                ) : null}
              </ul>
            </>
          )}
        </section>
      ) : null}
      <ItemActions id={item.id} csrfToken={session.csrfToken} canDelete={access === 'owner'} />
      <ItemEditor
        choices={editorChoices()}
        csrfToken={session.csrfToken}
        item={{ id: item.id, status: item.status, version: item.version, body: item.body }}
        readOnly={access !== 'owner'}
        justSaved={access === 'owner' && justSaved.success ? justSaved.data : undefined}
      />
    </>
  );
}

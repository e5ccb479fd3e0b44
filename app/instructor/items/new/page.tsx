import type { Metadata } from 'next';
import { ItemsBreadcrumbs } from '@/components/instructor/items/ItemsBreadcrumbs';
import { ItemEditor } from '@/components/instructor/items/ItemEditor';
import { editorChoices } from '@/server/items/choices';
import { requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'New item' };

export default async function NewItemPage() {
  const session = await requireSession('/instructor/items/new');
  return (
    <>
      <ItemsBreadcrumbs />
      <h1>New item</h1>
      <p className="muted">
        Private to you until you share your items with a co-instructor. Students see it only inside
        an assignment you give them.
      </p>
      <ItemEditor choices={editorChoices()} csrfToken={session.csrfToken} />
    </>
  );
}

import type { Metadata } from 'next';
import { randomBytes } from 'node:crypto';
import { AssignmentForm, type BankChoice } from '@/components/instructor/AssignmentForm';
import { z } from 'zod';
import { ITEM_KIND_LABEL } from '@/lib/bank/items';
import { itemIdSchema } from '@/lib/bank/sets';
import { itemsOfSet } from '@/lib/bank/sort';
import { getBank } from '@/server/bank';
import { requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'New assignment' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?items=a,b,c starts with those items picked (the analysis page links here with contrast pairs). */
const prefillSchema = z
  .string()
  .max(4000)
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(itemIdSchema).max(60));

export default async function NewAssignmentPage({ searchParams }: Props) {
  const session = await requireSession('/instructor/assignments/new');
  const requested = (await searchParams).items;
  const prefill = prefillSchema.safeParse(Array.isArray(requested) ? requested[0] : requested);
  const bank = getBank();
  const frameworkLabel = new Map(bank.frameworks.map((f) => [f.id, f.shortLabel]));
  const choice: BankChoice = {
    sets: bank.sets.map((set) => ({
      id: set.id,
      title: set.title,
      count: itemsOfSet(set, bank.frameworks, bank.itemById).length,
    })),
    frameworks: bank.frameworks.map((f) => ({
      id: f.id,
      label: f.shortLabel,
      categories: f.categories.map((c) => ({ id: c.id, label: c.shortLabel })),
    })),
    kinds: Object.entries(ITEM_KIND_LABEL).map(([id, label]) => ({ id, label })),
    items: bank.items
      .filter((item) => item.kind !== 'sort')
      .map((item) => ({
        id: item.id,
        title: item.stem.title,
        framework: frameworkLabel.get(item.frameworkId) ?? item.frameworkId,
        kind: ITEM_KIND_LABEL[item.kind],
        difficulty: item.difficulty,
      })),
  };
  return (
    <>
      <h1>New assignment</h1>
      <AssignmentForm
        bank={choice}
        csrfToken={session.csrfToken}
        seed={randomBytes(6).toString('hex')}
        initialPicked={prefill.success ? prefill.data.filter((id) => bank.itemById.has(id)) : []}
      />
    </>
  );
}

import type { Metadata } from 'next';
import { randomBytes } from 'node:crypto';
import { AssignmentForm, type BankChoice } from '@/components/instructor/AssignmentForm';
import { z } from 'zod';
import { itemIdSchema, itemsOfSet } from '@/lib/bank/sets';
import { compositeKind, itemTitle, kindLabel, scenarioIdsOf } from '@/lib/items/registry';
import { ITEM_KINDS } from '@/lib/items/schema';
import { poolOf } from '@/lib/bank/pools';
import { getAssessmentBank } from '@/server/bank';
import { getDb } from '@/server/db';
import { usableOwnItems, withOwnItems } from '@/server/items/service';
import type { Item } from '@/lib/items/schema';
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
  const bank = getAssessmentBank();
  const own = await usableOwnItems(await getDb(), session.instructor.id, bank);
  const context = withOwnItems(bank, own);
  const frameworkLabel = new Map(bank.frameworks.map((f) => [f.id, f.shortLabel]));
  const originOf = (item: Item) =>
    context.ownership?.get(scenarioIdsOf(item)[0] ?? '') ?? ('bank' as const);
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
    kinds: ITEM_KINDS.map((id) => ({ id, label: kindLabel(id) })),
    // Own items first: an instructor who wrote them is most likely looking for them.
    items: [...own.mine, ...own.shared, ...bank.items]
      .filter((item) => !compositeKind(item.kind))
      .map((item) => ({
        id: item.id,
        title: itemTitle(item),
        framework: frameworkLabel.get(item.frameworkId) ?? item.frameworkId,
        kind: kindLabel(item.kind),
        difficulty: item.difficulty,
        pool: poolOf(scenarioIdsOf(item), bank.heldBack),
        from: originOf(item),
      })),
    own: { mine: own.mine.length, shared: own.shared.length },
  };
  const known = new Set(context.items.map((item) => item.id));
  return (
    <>
      <h1>New assignment</h1>
      <AssignmentForm
        bank={choice}
        csrfToken={session.csrfToken}
        seed={randomBytes(6).toString('hex')}
        initialPicked={prefill.success ? prefill.data.filter((id) => known.has(id)) : []}
      />
    </>
  );
}

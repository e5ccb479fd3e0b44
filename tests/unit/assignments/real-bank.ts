/** The real bank in questions/, loaded once per test file, for tests that need real items. */
import { join } from 'node:path';
import { generateItems } from '@/lib/bank/generate';
import type { Item, SingleItem as ChoiceItem } from '@/lib/items/schema';
import { loadBank, type Bank } from '@/lib/bank/load';
import { readBankFiles } from '@/lib/bank/read-files';

export type RealBank = { bank: Bank; items: Item[]; byId: Map<string, Item> };

let cached: RealBank | undefined;

export function realBank(): RealBank {
  if (cached) return cached;
  const result = loadBank(readBankFiles(join(process.cwd(), 'questions')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  const items = generateItems(result.bank);
  cached = { bank: result.bank, items, byId: new Map(items.map((item) => [item.id, item])) };
  return cached;
}

export function itemById(id: string): Item {
  const item = realBank().byId.get(id);
  if (!item) throw new Error(`no item "${id}" in the bank`);
  return item;
}

/** An item of this kind, e.g. a ChoiceItem for "classify". */
export type OfKind<K extends Item['kind']> = Item & { kind: K };

export function firstOfKind<K extends Item['kind']>(
  kind: K,
  where: (item: OfKind<K>) => boolean = () => true,
): OfKind<K> {
  const isOfKind = (i: Item): i is OfKind<K> => i.kind === kind;
  const item = realBank().items.find((i): i is OfKind<K> => isOfKind(i) && where(i));
  if (!item) throw new Error(`no ${kind} item in the bank`);
  return item;
}

/** Classify items of one framework with different keys, first one with an accepted alternative. */
export function scenariosWithDifferentKeys(frameworkId: string, count: number): ChoiceItem[] {
  const classify = realBank().items.filter(
    (i): i is ChoiceItem => i.kind === 'classify' && i.frameworkId === frameworkId,
  );
  const withAccepted = classify.find((i) => i.answerKey.accepted.length > 0);
  const picked: ChoiceItem[] = withAccepted ? [withAccepted] : [];
  for (const item of classify) {
    if (picked.length === count) break;
    if (!picked.some((p) => p.answerKey.best === item.answerKey.best)) picked.push(item);
  }
  if (picked.length < count) throw new Error(`fewer than ${count} keys on ${frameworkId}`);
  return picked;
}

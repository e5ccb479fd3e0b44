/** The bank the server under test serves, for picking item ids of each kind. */
import { join } from 'node:path';
import { generateItems } from '@/lib/bank/generate';
import type { Item, OddOneOutItem, SingleItem as ChoiceItem } from '@/lib/items/schema';
import { loadBank, type Bank } from '@/lib/bank/load';
import { readBankFiles } from '@/lib/bank/read-files';
import { itemsOfSet } from '@/lib/bank/sets';

function servedBank(): Bank {
  const result = loadBank(readBankFiles(process.env.BANK_DIR ?? join(process.cwd(), 'questions')));
  if (!result.ok) throw new Error('the bank does not load');
  return result.bank;
}

export function servedItems(): Item[] {
  return generateItems(servedBank());
}

/** The odd-one-out items of a curated set, composed as the server composes them. */
export function oddOneOutOfSet(setId: string): OddOneOutItem[] {
  const bank = servedBank();
  const set = bank.sets.find((s) => s.id === setId);
  if (!set) throw new Error(`no set "${setId}"`);
  const singles = new Map(generateItems(bank).map((item) => [item.id, item]));
  const odd = itemsOfSet(set, bank.frameworks, singles).filter(
    (item): item is OddOneOutItem => item.kind === 'odd-one-out',
  );
  if (odd.length === 0) throw new Error(`no odd-one-out item in "${setId}"`);
  return odd;
}

export function firstOfKind(items: Item[], kind: Item['kind'], frameworkId?: string): Item {
  const item = items.find(
    (i) => i.kind === kind && (frameworkId === undefined || i.frameworkId === frameworkId),
  );
  if (!item) throw new Error(`no ${kind} item in the bank`);
  return item;
}

/** Four scenarios with different Pajtinka keys: a sort board id. */
export function sortBoardId(items: Item[]): { id: string; scenarios: ChoiceItem[] } {
  const cards: ChoiceItem[] = [];
  for (const item of items) {
    if (
      item.kind === 'classify' &&
      item.frameworkId === 'pajtinka' &&
      !cards.some((c) => c.answerKey.best === item.answerKey.best)
    ) {
      cards.push(item);
    }
    if (cards.length === 4) break;
  }
  return {
    id: `sort.pajtinka.${cards.map((c) => c.scenario.id).join('~')}`,
    scenarios: cards,
  };
}

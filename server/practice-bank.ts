import 'server-only';
import { compositeKind } from '@/lib/items/registry';
import type { PracticeItem } from '@/lib/practice/bank-data';
import { splitPracticeBank } from '@/lib/practice/bank-split';
import { getBank } from './bank';

let split: ReturnType<typeof splitPracticeBank> | undefined;

/** The public bank's practice index and chunks, split once per process. */
export function practiceBank(): ReturnType<typeof splitPracticeBank> {
  if (split) return split;
  const bank = getBank();
  split = splitPracticeBank(
    bank.frameworks.map((f) => ({
      id: f.id,
      label: f.label,
      shortLabel: f.shortLabel,
      categories: f.categories.map((c) => ({
        id: c.id,
        label: c.label,
        shortLabel: c.shortLabel,
        definition: c.definition,
      })),
    })),
    bank.items.filter((item): item is PracticeItem => !compositeKind(item.kind)),
  );
  return split;
}

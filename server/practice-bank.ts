import 'server-only';
import { compositeKind, toPublicItem } from '@/lib/items/registry';
import type { PracticeItem } from '@/lib/practice/bank-data';
import { splitPracticeBank } from '@/lib/practice/bank-split';
import type { FirstPracticeQuestion } from '@/lib/practice/first-question';
import { buildPracticeIndex, selectNext } from '@/lib/practice/select';
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

let first: FirstPracticeQuestion | undefined;

/**
 * The question a learner with nothing saved is asked first: the scheduler's choice for a fresh
 * start (the first new concept, in the mixed scope), without its key or explanation.
 */
export function firstPracticeQuestion(): FirstPracticeQuestion | undefined {
  if (first) return first;
  const { index, chunks } = practiceBank();
  const selection = selectNext({
    index: buildPracticeIndex(index.entries),
    cards: {},
    history: [],
    remediation: [],
    scope: 'mixed',
    now: 0,
  });
  const entry = selection && index.entries.find((e) => e.id === selection.item.id);
  const item = entry && chunks[entry.chunk]?.items.find((i) => i.id === entry.id);
  if (!item) return undefined;
  first = { id: item.id, frameworkId: item.frameworkId, question: toPublicItem(item) };
  return first;
}

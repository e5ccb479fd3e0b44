import { splitPracticeBank } from '@/lib/practice/bank-split';
import { classifyItem } from './items';

/** One framework of one category: enough for a practice bank in tests. */
export const PRACTICE_FRAMEWORKS = [
  {
    id: 'pajtinka',
    label: "Pajtinka's functions",
    shortLabel: 'Pajtinka',
    categories: [{ id: 'cooperation', label: 'Cooperation', shortLabel: 'Co', definition: 'D.' }],
  },
];

/** `scenarios` classify items (`s0.pajtinka`, …), `perChunk` scenarios to a chunk. */
export function smallPracticeBank(scenarios: number, perChunk: number) {
  const items = Array.from({ length: scenarios }, (_, n) =>
    classifyItem({ id: `s${n}.pajtinka`, key: 'cooperation' }),
  );
  return { items, ...splitPracticeBank(PRACTICE_FRAMEWORKS, items, perChunk) };
}

/** A file's bytes, as the practice page hands them to the bank's reader. */
export const bytesOf = (value: unknown): ArrayBuffer =>
  new TextEncoder().encode(JSON.stringify(value)).buffer;

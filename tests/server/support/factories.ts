/** Small builders for server tests: the values that matter are spelled out at the call site. */
import type { SingleItem as ChoiceItem } from '@/lib/items/schema';
import {
  DEFAULT_SETTINGS,
  type AssignmentSettings,
  type NewAssignment,
} from '@/lib/assignments/settings';
import { createAssignment } from '@/server/assignments/service';
import { signUp } from '@/server/auth/service';
import { getBank } from '@/server/bank';
import type { Db } from '@/server/db/connect';

export const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);

/** Three classify items on Pajtinka's functions, from the curated set. */
export const PAJTINKA_ITEMS: NewAssignment['items'] = {
  source: 'picked',
  items: [
    'stoffel-berlin-reports-1868.pajtinka',
    'beibu-unity-2023.pajtinka',
    'zhang-youxia-receives-vulin-beijing-2018.pajtinka',
  ],
};

export async function instructor(db: Db, email = 'ada@example.edu') {
  const result = await signUp(db, { name: 'Ada', email, password: 'correct horse battery' }, T0);
  if (!result.ok) throw new Error('sign-up failed');
  return result.signedIn;
}

export async function assignment(
  db: Db,
  instructorId: string,
  settings: Partial<AssignmentSettings> = {},
  items: NewAssignment['items'] = PAJTINKA_ITEMS,
) {
  const result = await createAssignment(
    db,
    instructorId,
    { title: 'Week 3', items, settings: { ...DEFAULT_SETTINGS, ...settings } },
    getBank(),
    T0,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.assignment;
}

export function choiceItem(id: string): ChoiceItem {
  const item = getBank().itemById.get(id);
  if (!item || item.kind !== 'classify') throw new Error(`${id} is not a classify item`);
  return item;
}

export function wrongOption(item: ChoiceItem): string {
  return item.options.find(
    (o) => o.id !== item.answerKey.best && !item.answerKey.accepted.includes(o.id),
  )!.id;
}

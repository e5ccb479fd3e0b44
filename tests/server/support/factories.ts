/** Small builders for server tests: the values that matter are spelled out at the call site. */
import type { SingleItem as ChoiceItem } from '@/lib/items/schema';
import {
  DEFAULT_SETTINGS,
  type AssignmentSettings,
  type NewAssignment,
} from '@/lib/assignments/settings';
import { createAssignment } from '@/server/assignments/service';
import { signIn, signUp, type Timing } from '@/server/auth/service';
import { getAssessmentBank, getBank } from '@/server/bank';
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

/** Throttles book their slots but nobody waits: the tests stay quick. */
export const NO_WAIT: Timing = { sleep: async () => undefined };

let clients = 0;

/** A new account, signed in; each from its own client, so throttles stay out of the way. */
export async function instructor(db: Db, email = 'ada@example.edu') {
  const credentials = { email, password: 'correct horse battery' };
  const client = `10.200.${(++clients >> 8) & 255}.${clients & 255}`;
  await signUp(db, { name: 'Ada', ...credentials }, client, T0, NO_WAIT);
  const result = await signIn(db, credentials, client, T0, NO_WAIT);
  if (!result.ok) throw new Error('sign-in failed');
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
    getAssessmentBank(),
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

/**
 * Instructors' own items. Private to their owner; an owner may share all their ready items with
 * co-instructors, who can use and duplicate them but never change them. Every function checks
 * who is asking: an item someone may not see does not exist for them.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  checkOwnScenario,
  type AuthoringIssue,
  type CheckContext,
  type FileCheck,
  type LocatedIssue,
  type Similar,
} from '@/lib/authoring/check';
import { internalScenarioId, ownItemsOf, type OwnScenario } from '@/lib/authoring/items';
import { nearDuplicateIndex } from '@/lib/bank/lint';
import { scenarioSchema, type Scenario } from '@/lib/bank/schema';
import type { SelectContext } from '@/lib/assignments/select';
import type { Item } from '@/lib/items/schema';
import { scenarioIdsOf } from '@/lib/items/registry';
import type { AssessmentBank } from '../bank';
import type { Db } from '../db/connect';
import { findInstructorByEmail } from '../db/repositories/instructors';
import {
  countOwnItems,
  deleteOwnItem,
  deleteShare,
  findOwnItem,
  insertOwnItem,
  insertOwnItems,
  insertShare,
  insertUses,
  isSharedWith,
  itemsSharedWith,
  ownItemsOfOwner,
  sharesOf,
  updateOwnItem,
  itemUseCounts,
  usesOfItem,
} from '../db/repositories/own-items';
import type { OwnItemRow } from '../db/schema';

/** Enough for several courses' worth of cases; keeps the assignment form's list usable. */
export const MAX_OWN_ITEMS = 2000;

export const ITEM_STATUSES = ['draft', 'ready'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A stored body: any JSON object (a draft may be incomplete); read, never cast. */
const bodySchema = z.record(z.string(), z.unknown());
export type RawScenario = z.infer<typeof bodySchema>;

export type OwnItem = {
  id: string;
  ownerId: string;
  slug: string | null;
  title: string;
  status: ItemStatus;
  version: number;
  body: RawScenario;
  /** The parsed scenario of a ready item (absent for drafts, or if the stored body no longer parses). */
  scenario?: Scenario;
  createdAt: number;
  updatedAt: number;
};

function itemOf(row: OwnItemRow): OwnItem {
  const body = bodySchema.safeParse(JSON.parse(row.body)).data ?? {};
  const parsed = row.status === 'ready' ? scenarioSchema.safeParse(body) : undefined;
  return {
    id: row.id,
    ownerId: row.owner_id,
    slug: row.slug,
    title: row.title,
    status: row.status === 'ready' && parsed?.success ? 'ready' : 'draft',
    version: row.version,
    body,
    ...(parsed?.success ? { scenario: parsed.data } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** 12 characters of [a-z2-7]: kebab-safe inside an item id, 60 bits of randomness. */
export function newOwnItemId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...randomBytes(12)].map((b) => alphabet[b % 32]).join('');
}

const titleOf = (body: RawScenario) =>
  (typeof body.title === 'string' && body.title.trim() !== ''
    ? body.title.trim()
    : 'Untitled'
  ).slice(0, 200);
const slugOf = (body: RawScenario) =>
  typeof body.id === 'string' && body.id.trim() !== '' ? body.id.trim().slice(0, 120) : null;

// --- what the checks compare against ------------------------------------------------------

let shippedIndex: { bank: AssessmentBank; find: (text: string) => Similar[] } | undefined;

function shippedSimilar(bank: AssessmentBank): (text: string) => Similar[] {
  if (shippedIndex?.bank !== bank) {
    const find = nearDuplicateIndex(bank.scenarios);
    shippedIndex = {
      bank,
      find: (text) =>
        find(text).map(({ entry, similarity }) => ({
          id: entry.id,
          title: entry.title,
          mine: false,
          similarity,
        })),
    };
  }
  return shippedIndex.find;
}

/** The context an owner's drafts are checked in: the bank, and their other items. */
export async function checkContextFor(
  db: Db,
  ownerId: string,
  bank: AssessmentBank,
  exceptItemId?: string,
): Promise<CheckContext> {
  const others = (await ownItemsOfOwner(db, ownerId)).filter((row) => row.id !== exceptItemId);
  const own = others.flatMap((row) => {
    const body = bodySchema.safeParse(JSON.parse(row.body)).data;
    return body && typeof body.text === 'string' && row.slug
      ? [{ id: row.slug, title: row.title, text: body.text }]
      : [];
  });
  const findOwn = nearDuplicateIndex(own);
  const findShipped = shippedSimilar(bank);
  return {
    frameworks: bank.frameworks,
    references: bank.references,
    otherSlugs: new Set(others.flatMap((row) => (row.slug ? [row.slug] : []))),
    similarTo: (text) => [
      ...findShipped(text),
      ...findOwn(text).map(({ entry, similarity }) => ({
        id: entry.id,
        title: entry.title,
        mine: true,
        similarity,
      })),
    ],
  };
}

// --- reading -------------------------------------------------------------------------------

export type ItemAccess = { item: OwnItem; access: 'owner' | 'shared'; ownerName?: string };

/** The item if this instructor owns it, or its owner shares it with them and it is ready. */
export async function readableItem(
  db: Db,
  instructorId: string,
  id: string,
): Promise<ItemAccess | undefined> {
  const row = await findOwnItem(db, id);
  if (!row) return undefined;
  if (row.owner_id === instructorId) return { item: itemOf(row), access: 'owner' };
  const item = itemOf(row);
  if (item.status !== 'ready' || !(await isSharedWith(db, row.owner_id, instructorId)))
    return undefined;
  return { item, access: 'shared' };
}

export type ItemListEntry = Pick<
  OwnItem,
  'id' | 'slug' | 'title' | 'status' | 'version' | 'updatedAt'
> & { frameworks: string[]; uses: number; ownerName?: string };

function listEntry(item: OwnItem, uses: number, ownerName?: string): ItemListEntry {
  const lenses = bodySchema.safeParse(item.body.lenses).data ?? {};
  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    status: item.status,
    version: item.version,
    updatedAt: item.updatedAt,
    frameworks: Object.keys(lenses),
    uses,
    ...(ownerName ? { ownerName } : {}),
  };
}

export async function itemLists(
  db: Db,
  instructorId: string,
): Promise<{ mine: ItemListEntry[]; shared: ItemListEntry[] }> {
  const [mine, counts, shared] = await Promise.all([
    ownItemsOfOwner(db, instructorId),
    itemUseCounts(db, instructorId),
    itemsSharedWith(db, instructorId),
  ]);
  return {
    mine: mine.map((row) => listEntry(itemOf(row), counts.get(row.id) ?? 0)),
    shared: shared
      .map((row) => ({ item: itemOf(row), owner: row.owner_name }))
      .filter(({ item }) => item.status === 'ready')
      .map(({ item, owner }) => listEntry(item, 0, owner)),
  };
}

/** Where an item is used: the owner's own assignments by name, co-instructors' counted. */
export async function usesOf(
  db: Db,
  instructorId: string,
  itemId: string,
): Promise<{ mine: { id: string; title: string; version: number }[]; others: number }> {
  const uses = await usesOfItem(db, itemId);
  return {
    mine: uses
      .filter((u) => u.instructor_id === instructorId)
      .map((u) => ({ id: u.assignment_id, title: u.title, version: u.version })),
    others: uses.filter((u) => u.instructor_id !== instructorId).length,
  };
}

// --- writing -------------------------------------------------------------------------------

export type SaveResult =
  | { ok: true; item: OwnItem; issues: AuthoringIssue[] }
  | { ok: false; status: 400 | 404 | 409 | 422; reason: string; issues?: AuthoringIssue[] };

/**
 * Creates (no id) or updates an owner's item. A draft is saved whatever its state; "ready"
 * requires no errors. The version goes up only when the content or status changes.
 */
export async function saveItem(
  db: Db,
  ownerId: string,
  input: { id?: string; body: RawScenario; status: ItemStatus },
  bank: AssessmentBank,
  now: number,
): Promise<SaveResult> {
  const existing = input.id ? await findOwnItem(db, input.id) : undefined;
  if (input.id && existing?.owner_id !== ownerId) {
    return { ok: false, status: 404, reason: 'There is no such item of yours.' };
  }
  if (!existing && (await countOwnItems(db, ownerId)) >= MAX_OWN_ITEMS) {
    return {
      ok: false,
      status: 409,
      reason: `You have ${MAX_OWN_ITEMS} items, the most one account keeps.`,
    };
  }
  const context = await checkContextFor(db, ownerId, bank, existing?.id);
  const check = checkOwnScenario(input.body, context);
  const slug = slugOf(input.body);
  if (slug && context.otherSlugs.has(slug)) {
    return {
      ok: false,
      status: 409,
      reason: `You already have an item with the id "${slug}".`,
      issues: check.issues,
    };
  }
  if (input.status === 'ready' && check.errors > 0) {
    return {
      ok: false,
      status: 422,
      reason: `${check.errors} problem${check.errors === 1 ? '' : 's'} to fix before it is ready; it can be saved as a draft.`,
      issues: check.issues,
    };
  }
  const body = JSON.stringify(input.body);
  const values = {
    slug,
    title: titleOf(input.body),
    status: input.status,
    body,
    updated_at: now,
  };
  const id = existing?.id ?? newOwnItemId();
  if (existing) {
    const changed = existing.body !== body || existing.status !== input.status;
    if (changed) {
      await updateOwnItem(db, id, ownerId, { ...values, version: existing.version + 1 });
    }
  } else {
    await insertOwnItem(db, { id, owner_id: ownerId, ...values, version: 1, created_at: now });
  }
  const saved = await findOwnItem(db, id);
  if (!saved) return { ok: false, status: 404, reason: 'The item was deleted meanwhile.' };
  return { ok: true, item: itemOf(saved), issues: check.issues };
}

/** A copy owned by the asking instructor, under a free id ("-copy", "-copy-2"…). */
export async function duplicateItem(
  db: Db,
  instructorId: string,
  id: string,
  bank: AssessmentBank,
  now: number,
): Promise<SaveResult> {
  const source = await readableItem(db, instructorId, id);
  if (!source) return { ok: false, status: 404, reason: 'There is no such item.' };
  const taken = new Set(
    (await ownItemsOfOwner(db, instructorId)).flatMap((row) => (row.slug ? [row.slug] : [])),
  );
  const base = (source.item.slug ?? 'item').replace(/-copy(-\d+)?$/, '').slice(0, 100);
  let slug = `${base}-copy`;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-copy-${n}`;
  const body = { ...source.item.body, id: slug };
  const asReady = await saveItem(db, instructorId, { body, status: 'ready' }, bank, now);
  return asReady.ok || asReady.status !== 422
    ? asReady
    : saveItem(db, instructorId, { body, status: 'draft' }, bank, now);
}

export async function deleteItem(db: Db, ownerId: string, id: string): Promise<boolean> {
  return deleteOwnItem(db, id, ownerId);
}

// --- sharing -------------------------------------------------------------------------------

export type ShareResult = { ok: true } | { ok: false; reason: string };

export async function shareWith(
  db: Db,
  ownerId: string,
  email: string,
  now: number,
): Promise<ShareResult> {
  const grantee = await findInstructorByEmail(db, email.trim().toLowerCase());
  if (!grantee) {
    return {
      ok: false,
      reason: `No instructor has an account with ${email.trim()}; ask them to sign up first.`,
    };
  }
  if (grantee.id === ownerId) return { ok: false, reason: 'That is your own address.' };
  await insertShare(db, ownerId, grantee.id, now);
  return { ok: true };
}

export async function stopSharing(db: Db, ownerId: string, granteeId: string): Promise<boolean> {
  return deleteShare(db, ownerId, granteeId);
}

export { sharesOf };

// --- in assignments ------------------------------------------------------------------------

export type UsableOwnItems = {
  /** Items of the instructor's ready scenarios. */
  mine: Item[];
  /** Items of ready scenarios shared with them. */
  shared: Item[];
  /** Internal scenario id → the row and version an assignment would take. */
  versions: Map<string, { itemId: string; version: number }>;
};

/** Every item an instructor may put into an assignment besides the bank's. */
export async function usableOwnItems(
  db: Db,
  instructorId: string,
  bank: AssessmentBank,
): Promise<UsableOwnItems> {
  const [mineRows, sharedRows] = await Promise.all([
    ownItemsOfOwner(db, instructorId),
    itemsSharedWith(db, instructorId),
  ]);
  const versions = new Map<string, { itemId: string; version: number }>();
  const itemsOf = (rows: readonly OwnItemRow[]): Item[] => {
    const byOwner = new Map<string, OwnScenario[]>();
    for (const row of rows) {
      const item = itemOf(row);
      if (item.status !== 'ready' || !item.scenario) continue;
      versions.set(internalScenarioId(item.id), { itemId: item.id, version: item.version });
      const list = byOwner.get(item.ownerId) ?? [];
      list.push({ id: item.id, scenario: item.scenario });
      byOwner.set(item.ownerId, list);
    }
    return [...byOwner.values()].flatMap((own) => ownItemsOf(own, bank));
  };
  return { mine: itemsOf(mineRows), shared: itemsOf(sharedRows), versions };
}

/** The bank with the instructor's own and shared items beside it, to build an assignment from. */
export function withOwnItems(bank: AssessmentBank, own: UsableOwnItems): SelectContext {
  const ownership = new Map<string, 'mine' | 'shared'>();
  for (const item of own.mine) for (const id of scenarioIdsOf(item)) ownership.set(id, 'mine');
  for (const item of own.shared) for (const id of scenarioIdsOf(item)) ownership.set(id, 'shared');
  return {
    items: [...bank.items, ...own.mine, ...own.shared],
    frameworks: bank.frameworks,
    sets: bank.sets,
    heldBack: bank.heldBack,
    ownership,
  };
}

/** Notes which version of each own item an assignment's snapshot holds. */
export async function recordUses(
  db: Db,
  assignmentId: string,
  items: readonly Item[],
  versions: UsableOwnItems['versions'],
): Promise<void> {
  const uses = new Map<string, number>();
  for (const item of items) {
    for (const scenarioId of scenarioIdsOf(item)) {
      const version = versions.get(scenarioId);
      if (version) uses.set(version.itemId, version.version);
    }
  }
  await insertUses(
    db,
    [...uses].map(([item_id, version]) => ({ item_id, assignment_id: assignmentId, version })),
  );
}

// --- import and export ---------------------------------------------------------------------

export type ImportMode = 'all' | 'valid';

export type ImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  /** Problems that kept a scenario (or the file) out; warnings are listed too. */
  issues: LocatedIssue[];
  /** Scenarios refused for errors. */
  refused: number;
  imported: boolean;
};

/**
 * Stores the scenarios of a checked file: each id the owner already has becomes a new version
 * of that item, the rest new items. With "all", one error anywhere imports nothing.
 */
export async function importChecked(
  db: Db,
  ownerId: string,
  check: FileCheck,
  mode: ImportMode,
  now: number,
): Promise<ImportResult> {
  const issues = [...check.fileIssues, ...check.scenarios.flatMap((s) => s.issues)];
  const bad = check.scenarios.filter((s) => s.errors > 0 || !s.scenario);
  const nothing = { created: 0, updated: 0, unchanged: 0, issues, refused: bad.length };
  if (check.fileIssues.length > 0 || (mode === 'all' && bad.length > 0)) {
    return { ...nothing, refused: check.scenarios.length || 1, imported: false };
  }
  const good = check.scenarios.filter((s) => s.errors === 0 && s.scenario);
  return db.transaction().execute(async (trx) => {
    const rows = await ownItemsOfOwner(trx, ownerId);
    const existing = new Map(rows.flatMap((row) => (row.slug ? [[row.slug, row]] : [])));
    const fresh = good.filter((s) => !existing.has(s.scenario!.id));
    if (rows.length + fresh.length > MAX_OWN_ITEMS) {
      return {
        ...nothing,
        imported: false,
        refused: check.scenarios.length,
        issues: [
          {
            severity: 'error' as const,
            path: [],
            field: '',
            file: check.scenarios[0]?.issues[0]?.file ?? 'file',
            message: `this would make ${rows.length + fresh.length} items; one account keeps at most ${MAX_OWN_ITEMS}`,
          },
          ...issues,
        ],
      };
    }
    let updated = 0;
    let unchanged = 0;
    for (const s of good) {
      const row = existing.get(s.scenario!.id);
      if (!row) continue;
      const body = JSON.stringify(s.raw);
      if (row.body === body && row.status === 'ready') {
        unchanged++;
        continue;
      }
      await updateOwnItem(trx, row.id, ownerId, {
        slug: row.slug,
        title: titleOf(s.raw),
        status: 'ready',
        body,
        version: row.version + 1,
        updated_at: now,
      });
      updated++;
    }
    await insertOwnItems(
      trx,
      fresh.map((s) => ({
        id: newOwnItemId(),
        owner_id: ownerId,
        slug: s.scenario!.id,
        title: titleOf(s.raw),
        status: 'ready',
        version: 1,
        body: JSON.stringify(s.raw),
        created_at: now,
        updated_at: now,
      })),
    );
    return {
      created: fresh.length,
      updated,
      unchanged,
      issues,
      refused: bad.length,
      imported: true,
    };
  });
}

/** The bodies an export writes: the owner's ready items, oldest first, as written. */
export async function exportableBodies(db: Db, ownerId: string): Promise<RawScenario[]> {
  return (await ownItemsOfOwner(db, ownerId))
    .map(itemOf)
    .filter((item) => item.status === 'ready')
    .sort((a, b) => a.createdAt - b.createdAt || (a.slug ?? '').localeCompare(b.slug ?? ''))
    .map((item) => item.body);
}

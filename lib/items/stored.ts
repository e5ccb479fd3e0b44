/**
 * Items and scores as they are stored (assignment snapshots, answers' scores, the practice
 * asset) are read, never cast: each format has a version, numbered migration steps that turn
 * version n into n + 1, and the current schema. Frozen samples of every version ever written
 * live in tests/fixtures/stored/ and are read by tests.
 */
import * as z from 'zod/mini';
import { itemSchema, type Item } from './schema';
import type { Score } from './score';
import { scoredSchema, type Scored } from './score-schema';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: string };

type Migrations = Record<number, (data: unknown) => unknown>;

/** Runs the steps from `from` to `to`, then the current schema; every failure says where. */
function migrate<T>(
  data: unknown,
  from: number,
  to: number,
  steps: Migrations,
  schema: z.ZodMiniType<T>,
): ReadResult<T> {
  if (from > to) return { ok: false, error: `version ${from} is newer than this app (${to})` };
  let current = data;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) return { ok: false, error: `no migration from version ${version}` };
    try {
      current = step(current);
    } catch (error) {
      return { ok: false, error: `migrating from version ${version}: ${String(error)}` };
    }
  }
  const parsed = schema.safeParse(current);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: z.prettifyError(parsed.error) };
}

function parseJson(json: string): ReadResult<unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return { ok: true, value };
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
}

const versioned = z.looseObject({ version: z.int().check(z.positive()) });

// ---------------------------------------------------------------- items

/** Version 1 items: `stem` for the scenario, `answer` for the key, and a board's `cards`. */
const v1Item = z.looseObject({
  kind: z.string(),
  stem: z.optional(z.unknown()),
  answer: z.record(z.string(), z.unknown()),
});
const v1SortItem = z.looseObject({
  cards: z.array(z.looseObject({ id: z.string(), stem: z.unknown() })),
  answer: z.looseObject({
    keys: z.record(z.string(), z.string()),
    accepted: z.optional(z.record(z.string(), z.array(z.string()))),
  }),
  teaching: z.looseObject({ cards: z.record(z.string(), z.unknown()) }),
});

/** v1 → v2: one word for one thing — `scenario`, `answerKey` (best, applies, placements). */
export function migrateItemV1(raw: unknown): unknown {
  if (v1Item.parse(raw).kind === 'sort') {
    const { cards, teaching, answer, ...board } = v1SortItem.parse(raw);
    return {
      ...board,
      scenarios: cards.map((card) => card.stem),
      answerKey: {
        placements: Object.fromEntries(
          Object.entries(answer.keys).map(([id, best]) => [
            id,
            { best, accepted: answer.accepted?.[id] ?? [] },
          ]),
        ),
      },
      teaching: { scenarios: teaching.cards },
    };
  }
  const { stem, answer, ...item } = v1Item.parse(raw);
  if (item.kind === 'classify-many') {
    const { keys, ...many } = answer;
    return { ...item, scenario: stem, answerKey: { applies: keys, ...many } };
  }
  const { key, ...others } = answer;
  return { ...item, scenario: stem, answerKey: { best: key, ...others } };
}

// ---------------------------------------------------------------- assignment snapshots

/** The items of an assignment, frozen when it was made. */
export const SNAPSHOT_VERSION = 2;

const snapshotSchema = z.strictObject({
  version: z.literal(SNAPSHOT_VERSION),
  items: z.array(itemSchema),
});

const snapshotMigrations: Migrations = {
  1: (data) => {
    const v1 = z.looseObject({ items: z.array(z.unknown()) }).parse(data);
    return { ...v1, version: 2, items: v1.items.map(migrateItemV1) };
  },
};

export function encodeSnapshot(items: readonly Item[]): string {
  return JSON.stringify({ version: SNAPSHOT_VERSION, items });
}

export function readSnapshot(json: string): ReadResult<Item[]> {
  const raw = parseJson(json);
  if (!raw.ok) return raw;
  const envelope = versioned.safeParse(raw.value);
  if (!envelope.success) return { ok: false, error: 'no snapshot version' };
  const read = migrate(
    raw.value,
    envelope.data.version,
    SNAPSHOT_VERSION,
    snapshotMigrations,
    snapshotSchema,
  );
  return read.ok ? { ok: true, value: read.value.items } : read;
}

// ---------------------------------------------------------------- stored scores

/** An answer's score as the server stored it when the answer was saved. */
export const STORED_SCORE_VERSION = 2;

const storedScoreSchema = z.strictObject({
  version: z.literal(STORED_SCORE_VERSION),
  score: scoredSchema,
});

/** Version 1 was the score itself, without a version, judgements naming a `stemId`. */
const v1Score = z.looseObject({
  status: z.literal('scored'),
  judgements: z.array(z.looseObject({ stemId: z.string() })),
});

export function encodeScore(score: Scored): string {
  return JSON.stringify({ version: STORED_SCORE_VERSION, score });
}

/**
 * Reads a stored score. Version 1 kept no per-option detail for single-choice items, so its step
 * takes the detail from scoring the stored response again (`rescore`); the marks stay the stored
 * ones, which are what the student was given.
 */
export function readStoredScore(json: string, rescore: () => Score): ReadResult<Scored> {
  const raw = parseJson(json);
  if (!raw.ok) return raw;
  const envelope = versioned.safeParse(raw.value);
  const from = envelope.success ? envelope.data.version : 1;
  const steps: Migrations = {
    1: (data) => {
      const { judgements, detail: _old, ...score } = v1Score.parse(data);
      const again = rescore();
      if (again.status !== 'scored') throw new Error(`cannot score it again: ${again.message}`);
      return {
        version: 2,
        score: {
          ...score,
          judgements: judgements.map(({ stemId, ...j }) => ({ ...j, scenarioId: stemId })),
          detail: again.detail,
        },
      };
    },
  };
  const read = migrate(raw.value, from, STORED_SCORE_VERSION, steps, storedScoreSchema);
  return read.ok ? { ok: true, value: read.value.score } : read;
}

// ---------------------------------------------------------------- helpers for readers of other formats

export { migrate as migrateVersioned, parseJson, type Migrations };

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreItem } from '@/lib/items/registry';
import { responseSchema } from '@/lib/items/response';
import {
  encodeScore,
  encodeSnapshot,
  readSnapshot,
  readStoredScore,
  SNAPSHOT_VERSION,
} from '@/lib/items/stored';
import { readPracticeBank } from '@/lib/practice/bank-schema';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'stored', name), 'utf8');

function snapshotV1() {
  const read = readSnapshot(fixture('snapshot-v1.json'));
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

describe('assignment snapshots', () => {
  it('reads a version-1 snapshot, written before the item model had one word for one thing', () => {
    const items = snapshotV1();
    expect(items.map((i) => i.kind)).toEqual([
      'classify',
      'distinguish',
      'attribute',
      'classify-many',
      'two-tier',
      'sort',
    ]);
    const [classify, , , many, twoTier, board] = items;
    expect(classify).toMatchObject({
      id: 'pla-donation-2017.pajtinka',
      scenario: { id: 'pla-donation-2017' },
      answerKey: { best: expect.any(String), accepted: expect.any(Array) },
    });
    expect(many).toMatchObject({
      answerKey: { applies: expect.any(Array), primary: expect.any(String) },
    });
    expect(twoTier).toMatchObject({ answerKey: { reason: expect.any(String) } });
    if (board?.kind !== 'sort') throw new Error('expected a board');
    expect(board.scenarios).toHaveLength(4);
    for (const scenario of board.scenarios) {
      expect(board.answerKey.placements[scenario.id]).toMatchObject({ best: expect.any(String) });
      expect(board.teaching.scenarios[scenario.id]).toMatchObject({
        explanation: expect.any(String),
      });
    }
  });

  it('writes the current version and reads it back unchanged', () => {
    const items = snapshotV1();
    const json = encodeSnapshot(items);
    expect(JSON.parse(json)).toMatchObject({ version: SNAPSHOT_VERSION });
    expect(readSnapshot(json)).toEqual({ ok: true, value: items });
  });

  it('says what is wrong with a damaged snapshot instead of throwing', () => {
    expect(readSnapshot('{not json')).toEqual({ ok: false, error: 'not valid JSON' });
    expect(readSnapshot('{"items":[]}')).toEqual({ ok: false, error: 'no snapshot version' });
    expect(readSnapshot('{"version":99,"items":[]}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('newer than this app'),
    });
    const damaged = JSON.parse(encodeSnapshot(snapshotV1()));
    delete damaged.items[0].answerKey;
    const read = readSnapshot(JSON.stringify(damaged));
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('answerKey') });
  });
});

describe('stored scores', () => {
  const items = snapshotV1();
  const rows: { itemId: string; certaintyBased: boolean; response: string; score: string }[] =
    JSON.parse(fixture('scores-v1.json'));

  it('reads every version-1 score with its marks as stored and the detail feedback needs', () => {
    expect(rows).toHaveLength(items.length);
    for (const row of rows) {
      const item = items.find((i) => i.id === row.itemId)!;
      const response = responseSchema.parse(JSON.parse(row.response));
      const old = JSON.parse(row.score);
      const read = readStoredScore(row.score, () =>
        scoreItem(item, response, { certaintyBased: row.certaintyBased }),
      );
      if (!read.ok) throw new Error(`${row.itemId}: ${read.error}`);
      expect(read.value).toMatchObject({ earned: old.earned, max: old.max, outcome: old.outcome });
      expect(read.value.judgements.map((j) => j.scenarioId)).toEqual(
        old.judgements.map((j: { stemId: string }) => j.stemId),
      );
      expect(['options', 'tiers', 'placements']).toContain(read.value.detail.kind);
    }
  });

  it('reads the current version without scoring again', () => {
    const item = items[0]!;
    const score = scoreItem(item, { kind: 'choice', choice: 'cooperation' });
    if (score.status !== 'scored') throw new Error('expected a score');
    const rescore = () => {
      throw new Error('must not be called');
    };
    expect(readStoredScore(encodeScore(score), rescore)).toEqual({ ok: true, value: score });
  });

  it('gives a clear error for a damaged score', () => {
    const never = () => ({ status: 'invalid' as const, message: 'unused' });
    expect(readStoredScore('nope', never)).toEqual({ ok: false, error: 'not valid JSON' });
    expect(readStoredScore('{"version":2,"score":{"status":"scored"}}', never)).toMatchObject({
      ok: false,
    });
  });
});

describe('the practice asset', () => {
  it('reads a version-1 asset into the current model', () => {
    const read = readPracticeBank(JSON.parse(fixture('practice-bank-v1.json')));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.version).toBe(2);
    expect(read.value.items.length).toBe(5);
    expect(read.value.items[0]).toMatchObject({ scenario: { id: 'pla-donation-2017' } });
  });

  it('refuses an asset from a newer app or without a version', () => {
    expect(readPracticeBank({ items: [] })).toMatchObject({ ok: false });
    expect(readPracticeBank({ version: 99, frameworks: [], items: [] })).toMatchObject({
      ok: false,
    });
  });
});

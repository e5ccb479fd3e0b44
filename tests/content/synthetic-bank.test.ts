import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { generateItems } from '@/lib/bank/generate';
import { loadBank } from '@/lib/bank/load';
import { heldBackIds, publicBank } from '@/lib/bank/pools';
import { readBankFiles } from '@/lib/bank/read-files';
import { scenarioFileSchema, writeSyntheticBank } from '../../scripts/synthetic-bank';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function bankIn(dir: string) {
  const loaded = loadBank(readBankFiles(dir));
  if (!loaded.ok) throw new Error(`the bank in ${dir} does not load`);
  return loaded.bank;
}

describe('the synthetic bank the bench measures practice with', () => {
  it('copies every public scenario but the compare pairs, and no held-back one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-synthetic-'));
    dirs.push(dir);
    const real = bankIn('questions');
    const pairs = scenarioFileSchema.parse(
      parse(readFileSync('questions/scenarios/compare-pairs.yaml', 'utf8')),
    );
    const pairIds = new Set(pairs.scenarios.map((s) => s.id));

    const count = writeSyntheticBank(dir, 2);

    const synthetic = bankIn(dir);
    const ids = new Set(synthetic.scenarios.map((s) => s.id));
    const heldBack = heldBackIds(real);
    for (const { id } of real.scenarios) {
      const copied = !pairIds.has(id) && !heldBack.has(id);
      expect(ids.has(`${id}-copy1`), id).toBe(copied);
      expect(ids.has(`${id}-copy2`), id).toBe(copied);
    }
    expect(count).toBe(generateItems(publicBank(synthetic)).length);
    expect(count).toBeGreaterThan(2.5 * generateItems(publicBank(real)).length);
  });
});

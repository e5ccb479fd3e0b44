/**
 * A large practice bank for measuring, built from the real one: every public scenario file
 * copied N times with new ids and titles (so the texts, lenses and keys are the bank's own),
 * beside the original files. `npm run bench -- --bank-copies 10` serves practice from it
 * (about 10,000 items); on its own: `npx tsx scripts/synthetic-bank.ts <dir> <copies>`.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import * as z from 'zod';
import { generateItems } from '../lib/bank/generate';
import { loadBank } from '../lib/bank/load';
import { publicBank } from '../lib/bank/pools';
import { readBankFiles } from '../lib/bank/read-files';
import { formatIssue } from '../lib/bank/yaml-source';

export const scenarioFileSchema = z.looseObject({
  scenarios: z.array(z.looseObject({ id: z.string(), title: z.string() })),
});

/** How many copies a command line may ask for. */
export const copiesSchema = z.coerce.number().int().min(1).max(100);

/** Copies questions/ to `dir` with `copies` more of each public scenario; the public item count. */
export function writeSyntheticBank(dir: string, copies: number, source = 'questions'): number {
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  const scenarios = join(dir, 'scenarios');
  // Files directly in scenarios/ are public (held-back/ is not); compare pairs name each other.
  const files = readdirSync(scenarios, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.yaml') && f.name !== 'compare-pairs.yaml')
    .map((f) => f.name);
  for (const name of files) {
    const file = scenarioFileSchema.parse(parse(readFileSync(join(scenarios, name), 'utf8')));
    for (let copy = 1; copy <= copies; copy++) {
      const copied = file.scenarios.map((s) => ({
        ...s,
        id: `${s.id}-copy${copy}`,
        title: `${s.title} (copy ${copy})`,
      }));
      writeFileSync(
        join(scenarios, `copy${copy}-${name}`),
        stringify({ ...file, scenarios: copied }),
      );
    }
  }
  const loaded = loadBank(readBankFiles(dir));
  if (!loaded.ok) {
    throw new Error(`The synthetic bank has errors:\n${loaded.errors.map(formatIssue).join('\n')}`);
  }
  return generateItems(publicBank(loaded.bank)).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, copies] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: npx tsx scripts/synthetic-bank.ts <dir> <copies>');
    process.exit(2);
  }
  const count = writeSyntheticBank(dir, copiesSchema.parse(copies));
  console.warn(`${dir}: ${count} public items`);
}

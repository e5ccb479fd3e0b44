/**
 * Blind review, step 2: compares the blind answers with the bank's keys.
 *
 *   tsx scripts/review/agreement.ts <round-dir> [--json]
 *
 * Reads <round-dir>/map.json and every answers-*.json there; prints agreement and Cohen's kappa
 * overall and per framework, strict (the reviewer's best = the key) and counting accepted
 * alternatives and co-applying keys; writes <round-dir>/disagreements.md for fixing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadBank } from '../../lib/bank/load';
import { readBankFiles } from '../../lib/bank/read-files';
import { agreementRate, cohenKappa, type RatedPair } from '../../lib/review/agreement';

const dir = process.argv[2];
if (!dir) throw new Error('usage: agreement.ts <round-dir> [--json]');

const mapSchema = z.array(
  z.strictObject({ blindId: z.string(), scenarioId: z.string(), lens: z.string() }),
);
const answersSchema = z.record(
  z.string(),
  z.object({
    best: z.string(),
    also: z.array(z.string()).default([]),
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().optional(),
  }),
);

const map = mapSchema.parse(JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8')));
const answers = Object.assign(
  {},
  ...readdirSync(dir)
    .filter((f) => /^answers-\d+\.json$/.test(f))
    .map((f) => answersSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')))),
) as z.infer<typeof answersSchema>;

const result = loadBank(readBankFiles('questions'));
if (!result.ok) throw new Error('the bank does not load');
const scenarios = new Map(result.bank.scenarios.map((s) => [s.id, s]));

type Row = { framework: string; strict: RatedPair; lenient: RatedPair; line: string };
const rows: Row[] = [];
let missing = 0;
for (const entry of map) {
  const answer = answers[entry.blindId];
  const lens = scenarios.get(entry.scenarioId)?.lenses[entry.lens];
  if (!lens) continue; // scenario or lens removed since the export
  if (!answer) {
    missing++;
    continue;
  }
  const key = lens.key ?? lens.keys![0]!;
  const acceptable = new Set([key, ...(lens.keys ?? []), ...lens.accepted]);
  const lenientSecond = acceptable.has(answer.best) ? key : answer.best;
  rows.push({
    framework: entry.lens,
    strict: { key, second: answer.best },
    lenient: { key, second: lenientSecond },
    line:
      lenientSecond === key
        ? ''
        : `- **${entry.scenarioId}** · ${entry.lens} · key ${[...acceptable].join('/')} · blind ${answer.best}` +
          `${answer.also.length ? ` (also ${answer.also.join(', ')})` : ''} · ${answer.confidence}` +
          `${answer.note ? `\n  > ${answer.note}` : ''}`,
  });
}

const summarise = (subset: Row[]) => ({
  items: subset.length,
  strictAgreement: agreementRate(subset.map((r) => r.strict)),
  strictKappa: cohenKappa(subset.map((r) => r.strict)),
  agreement: agreementRate(subset.map((r) => r.lenient)),
  kappa: cohenKappa(subset.map((r) => r.lenient)),
});
const frameworks = [...new Set(rows.map((r) => r.framework))];
const report = {
  overall: summarise(rows),
  frameworks: Object.fromEntries(
    frameworks.map((f) => [f, summarise(rows.filter((r) => r.framework === f))]),
  ),
  missing,
};
const disagreements = rows.filter((r) => r.line);
writeFileSync(
  join(dir, 'disagreements.md'),
  `# Disagreements (${disagreements.length} of ${rows.length})\n\n${disagreements.map((r) => r.line).join('\n')}\n`,
);

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const line = (name: string, s: ReturnType<typeof summarise>) =>
    `${name.padEnd(16)} ${String(s.items).padStart(4)} items  agreement ${pct(s.agreement)} (κ ${s.kappa.toFixed(2)})  strict ${pct(s.strictAgreement)} (κ ${s.strictKappa.toFixed(2)})`;
  console.log(line('overall', report.overall));
  for (const [f, s] of Object.entries(report.frameworks)) console.log(line(f, s));
  if (missing) console.log(`${missing} entries without a blind answer`);
  console.log(`${disagreements.length} disagreements listed in ${join(dir, 'disagreements.md')}`);
}

/**
 * npm run bank:check [-- --json] [-- --dir path]
 * Validates the whole bank; exits 1 on any error. With --json, prints counts on stdout.
 */
import { resolve } from 'node:path';
import { generateItems } from '../lib/bank/generate';
import { loadBank } from '../lib/bank/load';
import { readBankFiles } from '../lib/bank/read-files';
import {
  COVERAGE_MINIMUMS,
  HELD_BACK_MINIMUMS,
  lintBank,
  NEAR_MISS_MIN_SHARE,
} from '../lib/bank/lint';
import { heldBackBank, publicBank } from '../lib/bank/pools';
import { bankStats } from '../lib/bank/stats';
import { formatIssue } from '../lib/bank/yaml-source';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dirFlag = args.indexOf('--dir');
const root = resolve(dirFlag >= 0 && args[dirFlag + 1] ? args[dirFlag + 1]! : 'questions');

const result = loadBank(readBankFiles(root));
if (!result.ok) {
  for (const issue of result.errors) console.error(`error ${formatIssue(issue)}`);
  console.error(`\n${result.errors.length} error(s) in the bank at ${root}`);
  process.exit(1);
}
const items = generateItems(result.bank);
const shown = publicBank(result.bank);
const stats = bankStats(shown, generateItems(shown));
const held = heldBackBank(result.bank);
const heldStats = bankStats(held, generateItems(held));
const lint = lintBank(result.bank, items);

const where = (subject: string) => {
  const origin = result.bank.origins[subject];
  return origin ? `${origin.file}${origin.line ? `:${origin.line}` : ''} ${subject}` : subject;
};
// Findings go to stderr so that --json output stays parseable.
for (const issue of lint.issues) {
  console.error(`${issue.severity} [${issue.rule}] ${where(issue.subject)}: ${issue.message}`);
}

if (json) {
  process.stdout.write(
    `${JSON.stringify({ ok: lint.counts.errors === 0, errors: lint.counts.errors, ...stats, heldBack: heldStats, lint: lint.counts, minimums: { coverage: COVERAGE_MINIMUMS, heldBack: HELD_BACK_MINIMUMS, nearMissShare: NEAR_MISS_MIN_SHARE } }, null, 2)}\n`,
  );
} else {
  const verdict = lint.counts.errors === 0 ? 'bank ok' : 'bank has lint errors';
  console.log(
    `${verdict}: ${stats.scenarios} public scenarios (${stats.items} items) and ${heldStats.scenarios} held back (${heldStats.items} items), ${lint.counts.contrastPairs} contrast pairs; lint ${lint.counts.errors} errors, ${lint.counts.warnings} warnings`,
  );
  for (const [pool, counts] of [
    ['public', stats],
    ['held back', heldStats],
  ] as const) {
    console.log(`${pool}:`);
    for (const [id, fw] of Object.entries(counts.frameworks)) {
      const cats = Object.entries(fw.categories)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ');
      console.log(`  ${id}: ${fw.scenarios} scenarios, ${fw.items} items; ${cats}`);
    }
  }
  const shares = Object.entries(lint.counts.nearMiss)
    .map(([id, n]) => `${id} ${Math.round(n.share * 100)} %`)
    .join(', ');
  console.log(`near misses named: ${shares}`);
}
if (lint.counts.errors > 0) process.exit(1);

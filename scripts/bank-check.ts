/**
 * npm run bank:check [-- --json] [-- --dir path]
 * Validates the whole bank; exits 1 on any error. With --json, prints counts on stdout.
 */
import { resolve } from 'node:path';
import { generateItems } from '../lib/bank/generate';
import { loadBank } from '../lib/bank/load';
import { readBankFiles } from '../lib/bank/read-files';
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
const stats = bankStats(result.bank, items);
if (json) {
  process.stdout.write(`${JSON.stringify({ ok: true, errors: 0, ...stats }, null, 2)}\n`);
} else {
  console.log(`bank ok: ${stats.scenarios} scenarios, ${stats.items} items`);
  for (const [id, fw] of Object.entries(stats.frameworks)) {
    const cats = Object.entries(fw.categories)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    console.log(`  ${id}: ${fw.items} items; ${cats}`);
  }
}

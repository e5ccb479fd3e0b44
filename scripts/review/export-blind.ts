/**
 * Blind review, step 1: writes packets a second classifier can work from without seeing a key.
 * Each packet holds the frameworks' definitions and, for every scenario × lens, only what a
 * learner sees before answering, under an opaque id. The id → (scenario, lens) map is written
 * apart, for scripts/review/agreement.ts.
 *
 *   tsx scripts/review/export-blind.ts <out-dir> [packets=6] [--since <git-rev>]
 *
 * With --since, only the scenario × lens entries that are new or changed since that revision
 * (text, title, key, keys, accepted alternatives or question) go into the packets.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../lib/bank/schema';
import { loadBank } from '../../lib/bank/load';
import { readBankFiles } from '../../lib/bank/read-files';
import { shuffle } from '../../lib/random/seeded';

const args = process.argv.slice(2);
const sinceFlag = args.indexOf('--since');
const since = sinceFlag >= 0 ? args[sinceFlag + 1] : undefined;
const positional = args.filter((_, i) => sinceFlag < 0 || (i !== sinceFlag && i !== sinceFlag + 1));
const outDir = positional[0];
const packetCount = Number(positional[1] ?? 6);
if (!outDir) throw new Error('usage: export-blind.ts <out-dir> [packets] [--since <git-rev>]');

/** The bank's scenarios as they were at a git revision. */
function scenariosAt(rev: string): Map<string, Scenario> {
  const dir = mkdtempSync(join(tmpdir(), 'bank-'));
  execFileSync('sh', ['-c', `git archive ${rev} questions | tar -x -C ${dir}`]);
  const old = loadBank(readBankFiles(join(dir, 'questions')));
  if (!old.ok) throw new Error(`the bank at ${rev} does not load`);
  return new Map(old.bank.scenarios.map((s) => [s.id, s]));
}

const before = since === undefined ? undefined : scenariosAt(since);
const changed = (scenario: Scenario, lens: string): boolean => {
  const old = before?.get(scenario.id);
  if (!before) return true;
  if (!old || !old.lenses[lens]) return true;
  const now = scenario.lenses[lens]!;
  const then = old.lenses[lens]!;
  return (
    old.text !== scenario.text ||
    old.title !== scenario.title ||
    then.key !== now.key ||
    JSON.stringify(then.keys) !== JSON.stringify(now.keys) ||
    JSON.stringify(then.accepted) !== JSON.stringify(now.accepted) ||
    then.question !== now.question
  );
};

const result = loadBank(readBankFiles('questions'));
if (!result.ok) throw new Error('the bank does not load; run npm run bank:check');
const { frameworks, scenarios } = result.bank;

type Entry = { blindId: string; scenarioId: string; lens: string };
const entries: Entry[] = [];
for (const scenario of scenarios) {
  for (const lens of Object.keys(scenario.lenses)) {
    if (changed(scenario, lens)) entries.push({ blindId: '', scenarioId: scenario.id, lens });
  }
}
const order = shuffle(entries, 'blind-review');
order.forEach((entry, i) => (entry.blindId = `R${String(i + 1).padStart(3, '0')}`));

const definitions = frameworks
  .map(
    (f) =>
      `## ${f.id}: ${f.label}\n\n${f.categories
        .map((c) => `- **${c.id}** (${c.label}): ${c.definition}`)
        .join('\n')}`,
  )
  .join('\n\n');

mkdirSync(outDir, { recursive: true });
const perPacket = Math.ceil(order.length / packetCount);
for (let p = 0; p < packetCount; p++) {
  const chunk = order.slice(p * perPacket, (p + 1) * perPacket);
  const body = chunk
    .map((entry) => {
      const scenario = scenarios.find((s) => s.id === entry.scenarioId)!;
      const framework = frameworks.find((f) => f.id === entry.lens)!;
      const lens = scenario.lenses[entry.lens]!;
      const facts = [
        'year' in scenario && scenario.year ? `Year: ${scenario.year}` : '',
        'actors' in scenario && scenario.actors?.length
          ? `Actors: ${scenario.actors.join('; ')}`
          : '',
      ]
        .filter(Boolean)
        .join(' · ');
      return [
        `### ${entry.blindId} — framework: ${framework.id}`,
        `**${scenario.title}**`,
        scenario.text.trim(),
        facts,
        `Question: ${lens.question ?? framework.question}`,
        `Options: ${framework.categories.map((c) => c.id).join(', ')}`,
      ]
        .filter(Boolean)
        .join('\n\n');
    })
    .join('\n\n---\n\n');
  writeFileSync(
    join(outDir, `packet-${p + 1}.md`),
    `# Blind classification packet ${p + 1}\n\n# Framework definitions\n\n${definitions}\n\n# Items\n\n${body}\n`,
  );
}
writeFileSync(join(outDir, 'map.json'), JSON.stringify(order, null, 2));
console.warn(`${order.length} entries in ${packetCount} packets under ${outDir}`);

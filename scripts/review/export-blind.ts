/**
 * Blind review, step 1: writes packets a second classifier can work from without seeing a key.
 * Each packet holds the frameworks' definitions and, for every scenario × lens, only what a
 * learner sees before answering, under an opaque id. The id → (scenario, lens) map is written
 * apart, for scripts/review/agreement.ts.
 *
 *   tsx scripts/review/export-blind.ts <out-dir> [packets=6]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../../lib/bank/load';
import { readBankFiles } from '../../lib/bank/read-files';
import { shuffle } from '../../lib/random/seeded';

const outDir = process.argv[2];
const packetCount = Number(process.argv[3] ?? 6);
if (!outDir) throw new Error('usage: export-blind.ts <out-dir> [packets]');

const result = loadBank(readBankFiles('questions'));
if (!result.ok) throw new Error('the bank does not load; run npm run bank:check');
const { frameworks, scenarios } = result.bank;

type Entry = { blindId: string; scenarioId: string; lens: string };
const entries: Entry[] = [];
for (const scenario of scenarios) {
  for (const lens of Object.keys(scenario.lenses)) {
    entries.push({ blindId: '', scenarioId: scenario.id, lens });
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

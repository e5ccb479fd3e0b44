/**
 * tsx scripts/cpu-profile-top.ts FILE.cpuprofile [N]: the N (20) frames with the most self time
 * in a V8 CPU profile (`node --cpu-prof`, or `npm run bench:load -- --cpu-prof DIR`), as a
 * Markdown table. "(idle)" is time the process waited for work; the shares are of busy time.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

const [file, count = '20'] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/cpu-profile-top.ts FILE.cpuprofile [N]');
const profile = profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

const frameOf = new Map(
  profile.nodes.map((node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${shorten(url)}:${lineNumber + 1}` : '';
    return [node.id, `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`];
  }),
);

/** node_modules/<package>/… or the path under the working directory. */
function shorten(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  return inModules >= 0 ? path.slice(inModules + 'node_modules/'.length) : relative('.', path);
}

const selfUs = new Map<string, number>();
profile.samples.forEach((nodeId, i) => {
  const frame = frameOf.get(nodeId) ?? '?';
  selfUs.set(frame, (selfUs.get(frame) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const idle = selfUs.get('(idle)') ?? 0;
const busy = total - idle;
console.log(`profile ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s\n`);
console.log('| self ms | % of busy | frame |\n| ---: | ---: | --- |');
[...selfUs]
  .filter(([frame]) => frame !== '(idle)')
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(count))
  .forEach(([frame, us]) => {
    const share = ((100 * us) / busy).toFixed(1);
    console.log(`| ${(us / 1000).toFixed(0)} | ${share} | \`${frame.replaceAll('|', '\\|')}\` |`);
  });

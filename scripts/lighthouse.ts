/**
 * Lighthouse for `npm run bench`: the default mobile configuration (simulated Slow 4G, 4× CPU
 * slowdown) against Attaché's learner pages and, in the same run, two floors: an empty Next.js 16
 * page built from this repo's `next` (the framework's own cost) and a static one-question HTML
 * page with no JavaScript (the limit). Each page is measured `runs` times in a fresh headless
 * Chromium; the report keeps the median of each metric.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join, parse, resolve, sep } from 'node:path';
import * as z from 'zod';
import { startServer, type Server } from './serve';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** No first-run downloads, no component updates: nothing may leave the machine. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** The targets (issue 15). */
export const TARGETS = { performance: 95, tbtRatio: 1.25, lcpMs: 1800, cls: 0 } as const;

/** The denominator of the TBT ratio: always measured when Lighthouse runs. */
export const EMPTY_PAGE = 'empty-next';

export type LighthousePage = {
  name: string;
  /** Shown in the table, e.g. "/quiz?scope=mixed…". */
  label: string;
  /** Resolved just before the first run (the attempt page needs a student first). */
  target: () => Promise<{ url: string; headers?: Record<string, string> }>;
};

export type PageFigures = {
  name: string;
  label: string;
  url: string;
  /** 0–100. */
  performance: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  cls: number;
  /** Transfer size of every script the page loaded, as Lighthouse's resource summary counts it. */
  jsKiB: number;
  /** TBT ÷ the empty Next.js page's TBT; null when that is 0 ms. */
  tbtRatio: number | null;
  targets: { performance: boolean; tbt: boolean; lcp: boolean; cls: boolean };
  /** The figures of each run, in order, to show the spread behind the median. */
  runs: { performance: number; tbtMs: number; lcpMs: number; fcpMs: number; cls: number }[];
  /** The full report of the run whose TBT is the median. */
  report: string;
};

export type TbtContributors = {
  page: string;
  report: string;
  /** bootup-time: main-thread time per script, ms. */
  scripts: { url: string; totalMs: number; scriptingMs: number; parseCompileMs: number }[];
  /** mainthread-work-breakdown: main-thread time per kind of work, ms. */
  work: { group: string; ms: number }[];
  /** long-tasks: the longest tasks (each one blocks for its duration minus 50 ms). */
  longTasks: { url: string; startMs: number; durationMs: number }[];
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Starts headless Chromium with a DevTools port for Lighthouse to drive. */
async function launchChromium(): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'attache-lh-chromium-'));
  const child = spawn(
    CHROMIUM,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    // A process group of its own: the browser's helpers go with it (they kept writing the
    // profile's cache after the browser had exited, and the folder could not be removed).
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group is gone already.
    }
    await exited;
    // Never fail a run over a temp folder.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      console.warn(`could not remove ${profile}: ${String(error)}`);
    }
  };
  let stderr = '';
  const port = await new Promise<number>((found, fail) => {
    const timer = setTimeout(
      () => fail(new Error('Chromium gave no DevTools port in 30 s')),
      30_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^/]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        found(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${code}) before listening: ${stderr.slice(-500)}`));
    });
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

/**
 * The parts of a Lighthouse report (LHR) this bench reads. Audit details are loosely typed
 * unions; the rows each breakdown needs are read through the schemas below.
 */
const reportSchema = z.looseObject({
  finalDisplayedUrl: z.string(),
  runtimeError: z.optional(z.object({ code: z.string(), message: z.string() })),
  categories: z.looseObject({
    performance: z.looseObject({ score: z.nullable(z.number()) }),
  }),
  audits: z.record(
    z.string(),
    z.looseObject({
      numericValue: z.optional(z.number()),
      details: z.optional(z.looseObject({ items: z.optional(z.array(z.unknown())) })),
    }),
  ),
});
type Report = z.infer<typeof reportSchema>;

/**
 * One Lighthouse run (performance category only) in a Chromium of its own. Lighthouse runs in a
 * plain Node child (scripts/lighthouse-run.mjs), which also gives every run a fresh process.
 */
async function runOnce(
  url: string,
  headers: Record<string, string> | undefined,
): Promise<{ report: Report; json: string }> {
  const chromium = await launchChromium();
  const out = join(mkdtempSync(join(tmpdir(), 'attache-lh-')), 'report.json');
  try {
    const args = [RUNNER, url, String(chromium.port), out];
    if (headers) args.push(JSON.stringify(headers));
    // Asynchronous: the static page is served from this very process.
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    if (code !== 0) throw new Error(`Lighthouse on ${url} failed (${code}):\n${stderr}`);
    const json = readFileSync(out, 'utf8');
    const report = reportSchema.parse(JSON.parse(json));
    if (report.runtimeError) {
      throw new Error(
        `Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`,
      );
    }
    return { report, json };
  } finally {
    await chromium.close();
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

const RUNNER = join(import.meta.dirname, 'lighthouse-run.mjs');

/** A numeric audit; a missing one means the report is not what this code was written for. */
function numeric(lhr: Report, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (typeof value !== 'number') throw new Error(`${lhr.finalDisplayedUrl}: no ${audit} value`);
  return value;
}

// Audit details are loosely typed unions: read the rows this report needs through a schema.
const resourceRows = z.array(z.looseObject({ resourceType: z.string(), transferSize: z.number() }));
const bootupRows = z.array(
  z.looseObject({
    url: z.string(),
    total: z.number(),
    scripting: z.number(),
    scriptParseCompile: z.number(),
  }),
);
const workRows = z.array(
  z.looseObject({ group: z.string(), groupLabel: z.string().optional(), duration: z.number() }),
);
const longTaskRows = z.array(
  z.looseObject({ url: z.string(), startTime: z.number(), duration: z.number() }),
);

function detailItems<T>(lhr: Report, audit: string, schema: z.ZodType<T>): T {
  const items = lhr.audits[audit]?.details?.items ?? [];
  const parsed = schema.safeParse(items);
  if (!parsed.success) {
    throw new Error(`${audit} in ${lhr.finalDisplayedUrl}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function figuresOf(lhr: Report) {
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    jsBytes:
      detailItems(lhr, 'resource-summary', resourceRows).find((r) => r.resourceType === 'script')
        ?.transferSize ?? 0,
  };
}

/** The three biggest of each main-thread breakdown in one report: where the blocking time goes. */
export function tbtContributors(page: string, report: string, lhr: Report): TbtContributors {
  const top = <T>(rows: T[], by: (row: T) => number) =>
    [...rows].sort((a, b) => by(b) - by(a)).slice(0, 3);
  return {
    page,
    report,
    scripts: top(detailItems(lhr, 'bootup-time', bootupRows), (r) => r.total).map((r) => ({
      url: r.url,
      totalMs: r.total,
      scriptingMs: r.scripting,
      parseCompileMs: r.scriptParseCompile,
    })),
    work: top(detailItems(lhr, 'mainthread-work-breakdown', workRows), (r) => r.duration).map(
      (r) => ({ group: r.groupLabel ?? r.group, ms: r.duration }),
    ),
    longTasks: top(detailItems(lhr, 'long-tasks', longTaskRows), (r) => r.duration).map((r) => ({
      url: r.url,
      startMs: r.startTime,
      durationMs: r.duration,
    })),
  };
}

/**
 * Runs every page `runs` times, one round of all pages after another so that a burst of load on
 * this shared machine lands on every page rather than on all the runs of one. Writes the report
 * of each page's median-TBT run to `reportDir`.
 */
export async function measurePages(
  pages: LighthousePage[],
  { runs, reportDir, log }: { runs: number; reportDir: string; log: (line: string) => void },
): Promise<{ pages: PageFigures[]; worst: TbtContributors | undefined }> {
  if (!pages.some((p) => p.name === EMPTY_PAGE)) throw new Error(`${EMPTY_PAGE} is required`);
  mkdirSync(reportDir, { recursive: true });
  const targets = new Map<string, { url: string; headers?: Record<string, string> }>();
  for (const page of pages) targets.set(page.name, await page.target());
  const reports = new Map<string, { report: Report; json: string }[]>(
    pages.map((p) => [p.name, []]),
  );
  for (let round = 1; round <= runs; round++) {
    for (const page of pages) {
      const { url, headers } = targets.get(page.name)!;
      const started = Date.now();
      // One retry: on this shared machine a server can vanish under a run (another engineer's
      // restart) and Chromium then shows an interstitial; a second failure ends the bench.
      const run = await runOnce(url, headers).catch(async (error: unknown) => {
        log(`  run ${round}/${runs} ${page.name} failed, retried in 5 s: ${String(error)}`);
        await new Promise((wait) => setTimeout(wait, 5000));
        return runOnce(url, headers);
      });
      reports.get(page.name)!.push(run);
      const f = figuresOf(run.report);
      log(
        `  run ${round}/${runs} ${page.name.padEnd(10)} perf ${f.performance} TBT ${Math.round(f.tbtMs)} ms LCP ${Math.round(f.lcpMs)} ms (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }

  const measured = pages.map((page) => {
    const lhrs = reports.get(page.name)!;
    const all = lhrs.map((r) => figuresOf(r.report));
    const tbtMs = median(all.map((f) => f.tbtMs));
    // The run closest to the median TBT stands for the page in the saved report.
    const representative = lhrs.reduce((best, run, i) =>
      Math.abs(all[i]!.tbtMs - tbtMs) < Math.abs(figuresOf(best.report).tbtMs - tbtMs) ? run : best,
    );
    const report = join(reportDir, `${page.name}.json`);
    writeFileSync(report, representative.json);
    return {
      page,
      url: targets.get(page.name)!.url,
      representative,
      report,
      all,
      performance: median(all.map((f) => f.performance)),
      tbtMs,
      lcpMs: median(all.map((f) => f.lcpMs)),
      fcpMs: median(all.map((f) => f.fcpMs)),
      cls: median(all.map((f) => f.cls)),
      jsKiB: median(all.map((f) => f.jsBytes)) / 1024,
    };
  });

  const emptyTbt = measured.find((m) => m.page.name === EMPTY_PAGE)!.tbtMs;
  const figures: PageFigures[] = measured.map((m) => ({
    name: m.page.name,
    label: m.page.label,
    url: m.url,
    performance: m.performance,
    tbtMs: m.tbtMs,
    lcpMs: m.lcpMs,
    fcpMs: m.fcpMs,
    cls: m.cls,
    jsKiB: m.jsKiB,
    tbtRatio: emptyTbt > 0 ? m.tbtMs / emptyTbt : null,
    targets: {
      performance: m.performance >= TARGETS.performance,
      tbt: m.tbtMs <= TARGETS.tbtRatio * emptyTbt,
      lcp: m.lcpMs <= TARGETS.lcpMs,
      // "CLS 0" as Lighthouse shows it (three decimals).
      cls: m.cls < 0.0005,
    },
    runs: m.all.map(({ jsBytes: _, ...f }) => f),
    report: m.report,
  }));

  // The worst of our pages (not the floors) by median TBT: where optimisation should start.
  const ours = measured.filter((m) => !FLOORS.has(m.page.name));
  const worst = ours.reduce<(typeof measured)[number] | undefined>(
    (w, m) => (!w || m.tbtMs > w.tbtMs ? m : w),
    undefined,
  );
  return {
    pages: figures,
    worst: worst && tbtContributors(worst.page.name, worst.report, worst.representative.report),
  };
}

const FLOORS = new Set([EMPTY_PAGE, 'static']);

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The results as a Markdown table, targets marked ✓/✗ beside each figure. */
export function markdownTable(pages: PageFigures[]): string {
  const rows = [
    [
      'Page',
      `Performance (≥ ${TARGETS.performance})`,
      'TBT',
      `TBT ÷ empty (≤ ${TARGETS.tbtRatio})`,
      `LCP (≤ ${TARGETS.lcpMs / 1000} s)`,
      'CLS (0)',
      'JS transfer',
    ],
    ...pages.map((p) => [
      `${p.name} \`${p.label}\``,
      `${p.performance} ${mark(p.targets.performance)}`,
      `${Math.round(p.tbtMs)} ms`,
      `${p.tbtRatio === null ? '—' : p.tbtRatio.toFixed(2)} ${mark(p.targets.tbt)}`,
      `${(p.lcpMs / 1000).toFixed(2)} s ${mark(p.targets.lcp)}`,
      `${p.cls.toFixed(3)} ${mark(p.targets.cls)}`,
      `${p.jsKiB.toFixed(1)} KiB`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

export function describeContributors(c: TbtContributors): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  return [
    `Where the main thread goes on ${c.page} (median-TBT run; full report ${c.report}):`,
    '  bootup-time (per script: total / scripting / parse+compile):',
    ...c.scripts.map(
      (s) => `    ${ms(s.totalMs)} / ${ms(s.scriptingMs)} / ${ms(s.parseCompileMs)}  ${s.url}`,
    ),
    '  mainthread-work-breakdown:',
    ...c.work.map((w) => `    ${ms(w.ms).padStart(7)}  ${w.group}`),
    '  long-tasks:',
    ...c.longTasks.map((t) => `    ${ms(t.durationMs).padStart(7)} at ${ms(t.startMs)}  ${t.url}`),
  ].join('\n');
}

/** The machine's load averages (1, 5, 15 min), as `uptime` prints them. */
export const machineLoad = () => loadavg().map((n) => Number(n.toFixed(2)));

/**
 * Waits until the 1-minute load average is under `below`, checking every 5 s, or until `maxMs`
 * have passed. The bench's own builds (the app, the empty page) leave a load of 2-4 on two cores
 * that decays over a minute or two, and the first runs measured in it were the slowest.
 */
export async function settleLoad(
  below: number,
  maxMs: number,
  log: (line: string) => void,
): Promise<void> {
  const until = Date.now() + maxMs;
  const now = () => loadavg()[0] ?? 0;
  if (now() < below || maxMs <= 0) return;
  log(
    `Lighthouse: waiting up to ${Math.round(maxMs / 1000)} s for the load (${now().toFixed(2)}) to fall under ${below}…`,
  );
  while (now() >= below && Date.now() < until) await sleep(5000);
}

/** The longest common directory of two absolute paths ("/" at worst). */
function commonRoot(a: string, b: string): string {
  const [pa, pb] = [resolve(a).split(sep), resolve(b).split(sep)];
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(sep) || parse(a).root;
}

/**
 * Builds and serves an empty Next.js app (a layout and a page with one paragraph) in a temp
 * directory, with this repo's node_modules linked in: the same `next`, nothing downloaded.
 * Turbopack compiles nothing outside its root, so the root is set to a directory holding both
 * the app and the linked node_modules.
 */
export async function startEmptyNext(repo: string): Promise<Server & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-empty-next-'));
  mkdirSync(join(dir, 'app'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'empty-next', private: true }),
    'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(commonRoot(dir, repo))} } };\n`,
    'app/layout.tsx': [
      "export const metadata = { title: 'Empty Next.js page' };",
      'export default function RootLayout({ children }: { children: React.ReactNode }) {',
      '  return (<html lang="en"><body>{children}</body></html>);',
      '}',
      '',
    ].join('\n'),
    'app/page.tsx': [
      'export default function Page() {',
      '  return <main><p>An empty Next.js page: the framework and nothing else.</p></main>;',
      '}',
      '',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const next = join(repo, 'node_modules', 'next', 'dist', 'bin', 'next');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const build = spawnSync(process.execPath, [next, 'build'], { cwd: dir, env, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`next build of the empty page failed:\n${build.stdout}\n${build.stderr}`);
  }
  const server = await startServer({
    command: [process.execPath, next, 'start'],
    cwd: dir,
    timeoutMs: 60_000,
  });
  return {
    ...server,
    dir,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One classify question as plain HTML: no script, no web font, no image. */
const STATIC_QUESTION = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="One question, no JavaScript: the floor Attaché measures itself against.">
<title>One question</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
fieldset { border: 1px solid #767676; border-radius: .5rem; padding: .75rem; }
label { display: block; padding: .5rem 0; }
button { font: inherit; padding: .6rem 1.2rem; margin-top: 1rem; color: #fff; background: #1d4ed8; border: 0; border-radius: .5rem; }
</style>
</head>
<body>
<main>
<h1>Which function of defence diplomacy is this?</h1>
<p>In May, a frigate of a visiting navy spends three days in a friendly port. Its captain gives a reception for local officials and the press; the ship is open to visitors on the weekend. No agreement is signed and nothing is asked of the host.</p>
<form method="get" action="/">
<fieldset>
<legend>Choose one</legend>
<label><input type="radio" name="answer" value="presence"> Presence</label>
<label><input type="radio" name="answer" value="pressure"> Pressure</label>
<label><input type="radio" name="answer" value="cooperation"> Cooperation</label>
<label><input type="radio" name="answer" value="information"> Information</label>
</fieldset>
<button type="submit">Check</button>
</form>
</main>
</body>
</html>
`;

/** Serves the static question at / on a free port. */
export async function startStaticPage(): Promise<{ base: string; stop: () => Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url?.split('?')[0] !== '/') {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
      .end(STATIC_QUESTION);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static page has no port');
  return {
    base: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/**
 * npm run bench: performance figures a reviewer can reproduce.
 *  1. First-load JS per route: builds the app (unless --no-build or --url), serves it, opens each
 *     route in Chromium and sums the gzip sizes of the scripts the page loads until the network is
 *     idle, lazy chunks included (Next 16's build no longer prints it).
 *  2. Practice: the time to choose the next item on a 10,000-item synthetic bank.
 *  3. Lighthouse (default mobile settings) on the learner pages, beside an empty Next.js 16 page
 *     and a static one-question page built and served in the same run: median of --runs (5) per
 *     page, as a Markdown table and JSON, with the issue's targets marked ✓/✗. --pages a,b picks
 *     pages (the empty page is always measured: TBT is reported against it); --no-lighthouse
 *     skips it. The runs first wait, up to --settle seconds (120), for the load the builds left to
 *     fall under 1. The report of each page's median run is written to bench-results/lighthouse/.
 * Prints text, or JSON with --json. Budget: 150 KB of first-load JS on every learner route.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import * as z from 'zod';
import { createAssignment, joinAsStudent, signUpInstructor } from './classroom';
import {
  EMPTY_PAGE,
  TARGETS,
  describeContributors,
  machineLoad,
  settleLoad,
  markdownTable,
  measurePages,
  startEmptyNext,
  startStaticPage,
  type LighthousePage,
} from './lighthouse';
import { startServer, waitUntilUp, type Server } from './serve';
import { copiesSchema, writeSyntheticBank } from './synthetic-bank';
import { review } from '../lib/practice/schedule';
import { buildPracticeIndex, selectNext, type PracticeItemRef } from '../lib/practice/select';
import { conceptId } from '../lib/items/ids';
import type { PracticeAnswer, StoredCard } from '../lib/practice/types';

const { values: flags } = parseArgs({
  options: {
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string' },
    settle: { type: 'string', default: '120' },
    'bank-copies': { type: 'string' },
  },
});
const runs = z.coerce.number().int().min(1).max(50).parse(flags.runs);
/** At most this long, the Lighthouse runs wait for the load left by the builds to fall under 1. */
const settleSeconds = z.coerce.number().int().min(0).max(900).parse(flags.settle);
const urlArg = flags.url;
/** Serve a bank with this many more copies of every public scenario (scripts/synthetic-bank.ts). */
const bankCopies =
  flags['bank-copies'] === undefined ? undefined : copiesSchema.parse(flags['bank-copies']);
if (bankCopies !== undefined && (urlArg || flags['no-build'])) {
  throw new Error(
    '--bank-copies builds the app with its bank: it cannot go with --url or --no-build',
  );
}
const BUDGET_KB = 150;

/** The learner routes, plus the concept pages. */
const ROUTES = [
  { name: 'home', path: '/', learner: true },
  { name: 'quiz', path: '/quiz?scope=mixed&n=10&seed=bench', learner: true },
  {
    name: 'quiz-sort',
    path: '/quiz?items=sort.pajtinka.pla-donation-2017~bilateral-programme-2018~fk3-purchase-2019~vucic-chinese-arms-purchase-2019',
    learner: true,
  },
  { name: 'practice', path: '/practice', learner: true },
  { name: 'progress', path: '/progress', learner: true },
  { name: 'concepts', path: '/concepts', learner: true },
  { name: 'concept', path: '/concepts/pajtinka/information', learner: true },
  { name: 'join', path: '/join', learner: true },
  // A student's open attempt at a class assignment (made through the API before loading it).
  { name: 'attempt', path: '/a/', learner: true, prepare: studentAttempt },
  { name: 'instructor', path: '/instructor/assignments/', learner: false, prepare: instructorPage },
];

type Prepared = { path: string; cookie: { name: string; value: string } };

type Classroom = { code: string; id: string; session: string; participant: string };
let classroom: Promise<Classroom> | undefined;

/** One instructor, one assignment from a curated set, one student who has joined it. */
function setUpClassroom(base: string): Promise<Classroom> {
  classroom ??= (async () => {
    const instructor = await signUpInstructor(base, 'Bench');
    const { id, joinCode } = await createAssignment(base, instructor, {
      title: 'Bench',
      items: { source: 'set', set: 'five-functions' },
    });
    const participant = await joinAsStudent(base, joinCode, 'Student');
    return { code: joinCode, id, session: instructor.cookie, participant };
  })();
  return classroom;
}

/** A "name=value" pair as a cookie for the browser context. */
function asCookie(pair: string): Prepared['cookie'] {
  const [name, ...value] = pair.split('=');
  return { name: name!, value: value.join('=') };
}

async function studentAttempt(base: string): Promise<Prepared> {
  const room = await setUpClassroom(base);
  return { path: `/a/${room.code}`, cookie: asCookie(room.participant) };
}

async function instructorPage(base: string): Promise<Prepared> {
  const room = await setUpClassroom(base);
  return { path: `/instructor/assignments/${room.id}`, cookie: asCookie(room.session) };
}

export type RouteWeight = {
  name: string;
  path: string;
  scripts: number;
  /** Scripts named in the HTML: what the page needs to hydrate. */
  gzipBytes: number;
  /** Chunks fetched after, until the network is idle (e.g. the drag-and-drop library). */
  lazyGzipBytes: number;
  htmlGzipBytes: number;
};

/** Loads each route in Chromium and sums the gzip size of every script it fetches until idle. */
async function firstLoadJs(base: string): Promise<RouteWeight[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const results: RouteWeight[] = [];
  try {
    for (const route of ROUTES) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const prepared = 'prepare' in route && route.prepare ? await route.prepare(base) : undefined;
      if (prepared) await context.addCookies([{ ...prepared.cookie, url: base }]);
      const path = prepared?.path ?? route.path;
      const page = await context.newPage();
      const scripts = new Map<string, Promise<number>>();
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        scripts.set(
          response.url(),
          response.body().then((body) => gzipSync(body).length),
        );
      });
      const response = await page.goto(new URL(path, base).href, {
        waitUntil: 'networkidle',
      });
      const html = (await response?.body()) ?? Buffer.alloc(0);
      // Scripts named in the HTML are needed to hydrate; the rest are lazy chunks fetched after.
      const inHtml = new Set(
        [...html.toString().matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(
          (m) => new URL(m[1]!, base).href,
        ),
      );
      let gzipBytes = 0;
      let lazyGzipBytes = 0;
      for (const [url, size] of scripts) {
        if (inHtml.has(url)) gzipBytes += await size;
        else lazyGzipBytes += await size;
      }
      results.push({
        name: route.name,
        path,
        scripts: scripts.size,
        gzipBytes,
        lazyGzipBytes,
        htmlGzipBytes: gzipSync(html).length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * Next-item selection on a synthetic bank of 10,000 items (5 frameworks × 5 categories × 400
 * scenarios), with 3,000 answers of history and a card for every concept, half of them due.
 * Median and worst of 51 runs, in milliseconds.
 */
function selectionBenchmark(): { items: number; medianMs: number; maxMs: number } {
  const items: PracticeItemRef[] = [];
  for (let f = 0; f < 5; f++) {
    for (let c = 0; c < 5; c++) {
      for (let s = 0; s < 400; s++) {
        items.push({
          id: `s${f}-${c}-${s}.f${f}`,
          scenarioId: `s${f}-${c}-${s}`,
          frameworkId: `f${f}`,
          key: `c${c}`,
        });
      }
    }
  }
  const index = buildPracticeIndex(items);
  const now = Date.UTC(2026, 10, 28);
  const cards: Record<string, StoredCard> = {};
  index.concepts.forEach((concept, i) => {
    cards[concept] = {
      ...review(undefined, 'good', now - 5 * 86_400_000, { fuzz: false }),
      due: now + (i % 2 ? 1 : -1) * 3_600_000 * (i + 1),
    };
  });
  const history: PracticeAnswer[] = Array.from({ length: 3000 }, (_, i) => {
    const item = items[(i * 7919) % items.length]!;
    return {
      itemId: item.id,
      scenarioId: item.scenarioId,
      frameworkId: item.frameworkId,
      key: item.key,
      given: item.key,
      credit: 1,
      at: now - (3000 - i) * 60_000,
    };
  });
  const times: number[] = [];
  for (let run = 0; run < 51; run++) {
    const start = performance.now();
    const next = selectNext({
      index,
      cards,
      history,
      remediation: [],
      scope: 'mixed',
      now: now + run,
    });
    times.push(performance.now() - start);
    if (!next || !cards[conceptId(next.item.frameworkId, next.item.key)])
      throw new Error('no selection');
  }
  times.sort((a, b) => a - b);
  return { items: items.length, medianMs: times[25]!, maxMs: times[50]! };
}

/** Lighthouse's pages: the learner routes of issue 15, then the two floors. */
function lighthousePages(
  base: string,
  floors: { emptyNext: string; staticPage: string },
): LighthousePage[] {
  const at = (name: string, path: string): LighthousePage => ({
    name,
    label: path,
    target: async () => ({ url: new URL(path, base).href }),
  });
  return [
    at('home', '/'),
    at('quiz', '/quiz?scope=mixed&n=10&seed=bench'),
    at('practice', '/practice'),
    at('progress', '/progress'),
    at('concept', '/concepts/pajtinka/information'),
    at('join', '/join'),
    {
      name: 'attempt',
      label: '/a/<code>',
      // The student's cookie goes in a header: Lighthouse clears the origin's storage per run.
      target: async () => {
        const room = await setUpClassroom(base);
        return {
          url: new URL(`/a/${room.code}`, base).href,
          headers: { Cookie: room.participant },
        };
      },
    },
    {
      name: EMPTY_PAGE,
      label: 'empty Next.js 16 page',
      target: async () => ({ url: `${floors.emptyNext}/` }),
    },
    {
      name: 'static',
      label: 'static one-question HTML',
      target: async () => ({ url: `${floors.staticPage}/` }),
    },
  ];
}

async function lighthouseBench(base: string) {
  const started = Date.now();
  // Progress goes to stderr: stdout carries the table and the JSON.
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log('Lighthouse: building the empty Next.js page…');
  const emptyNext = await startEmptyNext(process.cwd());
  const staticPage = await startStaticPage();
  try {
    const all = lighthousePages(base, { emptyNext: emptyNext.base, staticPage: staticPage.base });
    const wanted = flags.pages?.split(',').map((p) => p.trim());
    const unknown = wanted?.filter((name) => !all.some((p) => p.name === name)) ?? [];
    if (unknown.length > 0) {
      throw new Error(
        `unknown page(s) ${unknown.join(', ')}; pages: ${all.map((p) => p.name).join(', ')}`,
      );
    }
    const pages = wanted
      ? all.filter((p) => p.name === EMPTY_PAGE || wanted.includes(p.name))
      : all;
    await settleLoad(1, settleSeconds * 1000, log);
    const loadBefore = machineLoad();
    log(`Lighthouse: ${pages.length} pages × ${runs} runs, load ${loadBefore.join(', ')}`);
    const measured = await measurePages(pages, {
      runs,
      reportDir: join('bench-results', 'lighthouse'),
      log,
    });
    return {
      date: new Date().toISOString(),
      runs,
      targets: TARGETS,
      loadBefore,
      loadAfter: machineLoad(),
      seconds: Math.round((Date.now() - started) / 1000),
      ...measured,
    };
  } finally {
    await staticPage.stop();
    await emptyNext.stop();
  }
}

async function main() {
  const benchStarted = Date.now();
  let bankDir: string | undefined;
  if (bankCopies !== undefined) {
    bankDir = mkdtempSync(join(tmpdir(), 'attache-bank-'));
    const items = writeSyntheticBank(bankDir, bankCopies);
    process.stderr.write(
      `Bank: ${items} public items (${bankCopies} copies of every public scenario) in ${bankDir}\n`,
    );
  }
  const bankEnv: Record<string, string> = bankDir ? { BANK_DIR: bankDir } : {};
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...bankEnv };
  let base = urlArg;
  let server: Server | undefined;
  if (!base) {
    if (!flags['no-build']) {
      const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env });
      if (build.status !== 0) throw new Error('next build failed');
    }
    // A throw-away database: the bench makes an instructor, an assignment and a student.
    const dataDir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
    server = await startServer({ env: { DATA_DIR: dataDir, DATABASE_URL: '', ...bankEnv } });
    base = server.base;
  }
  try {
    await waitUntilUp(base, 60_000);
    const routes = await firstLoadJs(base);
    const selection = selectionBenchmark();
    const lighthouse = flags['no-lighthouse'] ? undefined : await lighthouseBench(base);
    const overBudget = routes.filter(
      (r) => ROUTES.find((x) => x.name === r.name)?.learner && r.gzipBytes > BUDGET_KB * 1024,
    );
    const seconds = Math.round((Date.now() - benchStarted) / 1000);
    if (flags.json) {
      process.stdout.write(
        `${JSON.stringify({ routes, selection, lighthouse, seconds }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(
        'First-load JS: gzip sum of the scripts in the served page; lazy = chunks fetched after, until idle\n',
      );
      for (const r of routes) {
        process.stdout.write(
          `  ${r.name.padEnd(11)} ${kb(r.gzipBytes).padStart(7)} KB  + lazy ${kb(r.lazyGzipBytes).padStart(5)} KB  ${String(r.scripts).padStart(3)} scripts  HTML ${kb(r.htmlGzipBytes)} KB  ${r.path}\n`,
        );
      }
      process.stdout.write(
        `Next practice item, ${selection.items} items: median ${selection.medianMs.toFixed(2)} ms, worst ${selection.maxMs.toFixed(2)} ms (51 runs)\n`,
      );
      if (lighthouse) {
        process.stdout.write(
          `\nLighthouse ${lighthouse.date.slice(0, 10)}, default mobile settings (simulated Slow 4G, 4× CPU): median of ${lighthouse.runs} runs per page; load average ${lighthouse.loadBefore.join(', ')} before, ${lighthouse.loadAfter.join(', ')} after; ${lighthouse.seconds} s\n\n`,
        );
        process.stdout.write(`${markdownTable(lighthouse.pages)}\n\n`);
        if (lighthouse.worst) process.stdout.write(`${describeContributors(lighthouse.worst)}\n\n`);
        process.stdout.write(`${JSON.stringify(lighthouse, null, 2)}\n`);
      }
      process.stdout.write(`Bench took ${(seconds / 60).toFixed(1)} min\n`);
    }
    if (overBudget.length > 0) {
      console.error(`Over the ${BUDGET_KB} KB budget: ${overBudget.map((r) => r.name).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await server?.stop();
    if (bankDir) {
      // The build holds the synthetic bank's pages: the next `npm start` must build again.
      rmSync(join('.next', 'BUILD_ID'), { force: true });
      rmSync(bankDir, { recursive: true, force: true });
    }
  }
}

void main();

/**
 * npm run bench:load: a class answering one assignment at once, against the production server
 * on SQLite and on PostgreSQL (the load requirement of the project's issue).
 *  1. Starts the server (scripts/start.mjs builds when stale) on a throw-away database.
 *  2. An instructor makes an assignment of N classify items from different scenarios.
 *  3. S students join at once and each answers every item in turn, with ~10% double taps (the
 *     same answer sent twice at once) and ~5% answers changed a few items later, then submits.
 *  4. Reads the database directly: one row per (attempt, item), holding the last answer sent.
 *  5. Times the results page and the item analysis of the assignment.
 * Prints a Markdown table, then the figures as JSON; progress goes to stderr. Exits 1 on any
 * error, lost, duplicated or stale answer.
 *
 * Flags: --engine sqlite|postgres|both (both), --students N (300), --items N (30),
 * --think MS (0: each student sends the next answer as soon as the last is saved; MS: each
 * pauses MS on average, half to one and a half times it, before each answer, as a class reading
 * its questions would), --html (each student also loads the attempt page's HTML after joining,
 * as a browser does, rendered by Next.js; counted with the attempt read), --assets (with the
 * page, the scripts and styles it names too, as a browser with an empty cache fetches them:
 * six at a time, asking for brotli as Chromium does over https; counted with the attempt read),
 * --warm N (N students take another assignment first, unmeasured: a server up for a while), --cpu-prof DIR (the server runs under `node --cpu-prof` and writes its profile there when it
 * stops; read it with `tsx scripts/cpu-profile-top.ts DIR/<file>.cpuprofile`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { generateItems } from '../lib/bank/generate';
import { classifyItemsOf } from '../lib/items/registry';
import { loadBank } from '../lib/bank/load';
import { readBankFiles } from '../lib/bank/read-files';
import { openDb, type DbTarget } from '../server/db/connect';
import { createPostgresSchema } from '../tests/server/support/engines';
import { attemptPage, createAssignment, signUpInstructor } from './classroom';
import { groupCpuSeconds, startServer, type Server } from './serve';

type EngineName = 'sqlite' | 'postgres';
type Options = {
  engines: EngineName[];
  students: number;
  items: number;
  thinkMs: number;
  html: boolean;
  /** With the page, the scripts and styles it names. */
  assets: boolean;
  /** Students of an unmeasured class first (0: the measured class meets a cold server). */
  warm: number;
  cpuProfDir: string | undefined;
};

/** A classify item: its id, its key and the options that are plainly wrong. */
type BenchItem = { id: string; title: string; key: string; options: string[]; wrong: string[] };

/** One answer request a student sends; `copies: 2` is a double tap (both sent at once). */
type Send = { itemId: string; choice: string; copies: 1 | 2; pauseMs: number };

/** What one student sends, and what the database must hold afterwards. */
type Plan = {
  name: string;
  sends: Send[];
  /** Item id → the last choice sent: what must be stored. */
  last: Map<string, string>;
  /** Items answered a second time with another choice (stored revision 2). */
  changed: Set<string>;
};

/** A reply, or status 0 with the error's name when the request failed on the network. */
type Reply = { status: number; ms: number; text: string; setCookies: string[] };

type Timing = { medianMs: number; maxMs: number; runs: number };

type Check = {
  attempts: number;
  submitted: number;
  rows: number;
  expectedRows: number;
  lost: number;
  duplicated: number;
  /** Rows whose stored choice is not the last one sent. */
  stale: number;
  revisionMismatches: number;
};

type EngineResult = {
  engine: EngineName;
  students: number;
  thinkMs: number;
  /** Whether each student also loaded the attempt page's HTML. */
  html: boolean;
  /** …and its scripts and styles. */
  assets: boolean;
  /** Students of the unmeasured class before. */
  warm: number;
  items: number;
  answersSent: number;
  doubleTaps: number;
  changedAnswers: number;
  wallMs: number;
  answersPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  answersSlowerThan5s: number;
  /** The other requests of a student: joining, reading the attempt, submitting. */
  otherRequestsMs: Record<OtherRequest, { p99: number; max: number }>;
  /** CPU the server used while the students joined, answered and submitted, per answer sent (ms). */
  serverCpuMsPerAnswer: number | undefined;
  errors: number;
  errorsByKind: Record<string, number>;
  errorSamples: string[];
  check: Check;
  resultsPage: Timing;
  analysisPage: Timing;
  /** Server output lines that look like errors (SQLITE_BUSY, stack traces…). */
  serverErrors: string[];
};

// The app's own client sets no timeout (a browser waits); past two minutes counts as a failure.
const REQUEST_TIMEOUT_MS = 120_000;
/** Answers slower than this are counted apart: the tail a student notices. */
const SLOW_MS = 5_000;
const PAGE_RUNS = 5;

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'both' },
      students: { type: 'string', default: '300' },
      think: { type: 'string', default: '0' },
      html: { type: 'boolean', default: false },
      assets: { type: 'boolean', default: false },
      warm: { type: 'string', default: '0' },
      items: { type: 'string', default: '30' },
      'cpu-prof': { type: 'string' },
    },
  });
  const engines: Record<string, EngineName[]> = {
    sqlite: ['sqlite'],
    postgres: ['postgres'],
    both: ['sqlite', 'postgres'],
  };
  const chosen = engines[values.engine];
  const students = Number(values.students);
  const items = Number(values.items);
  if (!chosen) throw new Error('--engine must be sqlite, postgres or both');
  if (!Number.isInteger(students) || students < 1) throw new Error('--students must be ≥ 1');
  // An assignment holds at most 60 picked items.
  if (!Number.isInteger(items) || items < 1 || items > 60) throw new Error('--items: 1 to 60');
  const thinkMs = Number(values.think);
  if (!Number.isFinite(thinkMs) || thinkMs < 0) throw new Error('--think must be ≥ 0 ms');
  const warm = Number(values.warm);
  if (!Number.isInteger(warm) || warm < 0) throw new Error('--warm must be a whole number ≥ 0');
  const cpuProfDir = values['cpu-prof'] === undefined ? undefined : resolve(values['cpu-prof']);
  return {
    engines: chosen,
    students,
    items,
    thinkMs,
    html: values.html || values.assets,
    assets: values.assets,
    warm,
    cpuProfDir,
  };
}

/** Classify items of different scenarios, from the bank the server serves. */
function pickItems(count: number): BenchItem[] {
  const loaded = loadBank(readBankFiles(join(process.cwd(), 'questions')));
  if (!loaded.ok) throw new Error('the question bank does not load: run npm run bank:check');
  const picked: BenchItem[] = [];
  const scenarios = new Set<string>();
  for (const item of classifyItemsOf('pajtinka', generateItems(loaded.bank))) {
    if (scenarios.has(item.scenario.id)) continue;
    scenarios.add(item.scenario.id);
    const options = item.options.map((o) => o.id);
    const right = new Set([item.answerKey.best, ...item.answerKey.accepted]);
    const wrong = options.filter((id) => !right.has(id));
    picked.push({
      id: item.id,
      title: item.scenario.title,
      key: item.answerKey.best,
      options,
      wrong,
    });
    if (picked.length === count) return picked;
  }
  throw new Error(`the bank has only ${picked.length} classify items of different scenarios`);
}

/** A deterministic 0–99 from (student, item, salt): every run sends exactly the same answers. */
function roll(student: number, item: number, salt: number): number {
  let h =
    Math.imul(student + 1, 0x9e3779b1) ^
    Math.imul(item + 1, 0x85ebca6b) ^
    Math.imul(salt, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return (h >>> 0) % 100;
}

/**
 * About 65% right; ~10% double taps; ~5% changed to another option three items later; a pause
 * of 0.5–1.5 × `thinkMs` before each answer.
 */
function planFor(student: number, items: BenchItem[], thinkMs: number): Plan {
  const plan: Plan = {
    name: `Student ${String(student + 1).padStart(3, '0')}`,
    sends: [],
    last: new Map(),
    changed: new Set(),
  };
  const pending: { after: number; send: Send }[] = [];
  const add = (send: Send) => {
    plan.sends.push(send);
    plan.last.set(send.itemId, send.choice);
  };
  items.forEach((item, j) => {
    const wrong = item.wrong[roll(student, j, 2) % Math.max(item.wrong.length, 1)];
    const choice = roll(student, j, 1) < 65 || !wrong ? item.key : wrong;
    const pauseMs = (thinkMs * (50 + roll(student, j, 5))) / 100;
    add({ itemId: item.id, choice, copies: roll(student, j, 3) < 10 ? 2 : 1, pauseMs });
    if (roll(student, j, 4) < 5) {
      const other = item.options[(item.options.indexOf(choice) + 1) % item.options.length]!;
      const send: Send = { itemId: item.id, choice: other, copies: 1, pauseMs: thinkMs / 2 };
      pending.push({ after: j + 3, send });
      plan.changed.add(item.id);
    }
    for (const change of pending.filter((p) => p.after === j)) add(change.send);
  });
  // Changes due after the last item go just before submitting.
  for (const change of pending.filter((p) => p.after >= items.length)) add(change.send);
  return plan;
}

/** One HTTP request, timed; network failures and timeouts come back as status 0. */
async function request(
  url: string,
  init: { method?: string; body?: unknown; cookie?: string; acceptEncoding?: string },
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (init.acceptEncoding) headers['accept-encoding'] = init.acceptEncoding;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  const start = performance.now();
  try {
    const response = await fetch(url, {
      method: init.method ?? 'POST',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      // A redirect (e.g. to sign-in) is a failure here, not a page to follow.
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return {
      status: response.status,
      ms: performance.now() - start,
      text,
      setCookies: response.headers.getSetCookie(),
    };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return { status: 0, ms: performance.now() - start, text, setCookies: [] };
  }
}

/** The scripts and styles a page's HTML names, which a browser fetches before it can hydrate. */
function assetsOf(html: string): string[] {
  const named = html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/_next\/static\/[^"]+)"/g);
  return [...new Set([...named].map((match) => match[1]!.replaceAll('&amp;', '&')))];
}

/** "name=value" of the first Set-Cookie whose name starts with `prefix`. */
function cookieOf(reply: Reply, prefix: string): string | undefined {
  return reply.setCookies.map((c) => c.split(';')[0]!).find((pair) => pair.startsWith(prefix));
}

type OtherRequest = 'join' | 'attempt' | 'submit';

/** Errors and latencies of the load phase. */
class Tally {
  readonly latencies: number[] = [];
  readonly others: Record<OtherRequest, number[]> = { join: [], attempt: [], submit: [] };
  answersSent = 0;
  readonly errors = new Map<string, number>();
  readonly samples: string[] = [];

  /** Counts a non-2xx reply or a network error against `what`; true when it succeeded. */
  record(what: 'join' | 'attempt' | 'answer' | 'submit', reply: Reply): boolean {
    if (reply.status >= 200 && reply.status < 300) return true;
    const kind = `${what} ${reply.status === 0 ? reply.text.split(':')[0] : reply.status}`;
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
    if (this.samples.length < 10) this.samples.push(`${kind}: ${reply.text.slice(0, 300)}`);
    return false;
  }

  get errorCount(): number {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }
}

async function answer(
  base: string,
  code: string,
  cookie: string,
  itemId: string,
  send: Send,
  tally: Tally,
) {
  tally.answersSent++;
  const reply = await request(`${base}/api/a/${code}/answers`, {
    cookie,
    body: { itemId, response: { kind: 'choice', choice: send.choice } },
  });
  tally.latencies.push(reply.ms);
  tally.record('answer', reply);
}

/** One student: join, answer every item in turn (double taps at once), submit. */
async function runStudent(
  base: string,
  code: string,
  plan: Plan,
  titles: ReadonlyMap<string, string>,
  tally: Tally,
  { html, assets }: Pick<Options, 'html' | 'assets'>,
): Promise<void> {
  const joined = await request(`${base}/api/join`, { body: { code, name: plan.name } });
  tally.others.join.push(joined.ms);
  const cookie = cookieOf(joined, 'attache_p_');
  if (!tally.record('join', joined) || !cookie) return;
  // The page names items by opaque ids: find each bank item by its scenario's title.
  const reading = performance.now();
  if (html) {
    const response = await request(`${base}/a/${code}`, { method: 'GET', cookie });
    if (!tally.record('attempt', response)) return;
    if (assets) {
      // As a browser does: at most six connections to one host at a time.
      const paths = assetsOf(response.text);
      const fetchNext = async (): Promise<boolean> => {
        for (let path = paths.shift(); path !== undefined; path = paths.shift()) {
          const file = await request(`${base}${path}`, {
            method: 'GET',
            acceptEncoding: 'gzip, deflate, br, zstd',
          });
          if (!tally.record('attempt', file)) return false;
        }
        return true;
      };
      const lanes = await Promise.all(Array.from({ length: 6 }, fetchNext));
      if (!lanes.every(Boolean)) return;
    }
  }
  const page = await attemptPage(base, code, cookie);
  tally.others.attempt.push(performance.now() - reading);
  const idOnPage = new Map(page.items.map((item) => [item.scenario?.title ?? '', item.id]));
  for (const send of plan.sends) {
    if (send.pauseMs > 0) await sleep(send.pauseMs);
    const itemId = idOnPage.get(titles.get(send.itemId) ?? '') ?? send.itemId;
    const copies = Array.from({ length: send.copies }, () =>
      answer(base, code, cookie, itemId, send, tally),
    );
    await Promise.all(copies);
  }
  const submitted = await request(`${base}/api/a/${code}/submit`, { cookie });
  tally.others.submit.push(submitted.ms);
  tally.record('submit', submitted);
}

function tailOf(latencies: number[]): { p99: number; max: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Reads what the server stored and compares it with what the students sent. */
async function verify(target: DbTarget, assignmentId: string, plans: Plan[]): Promise<Check> {
  const db = openDb(target);
  try {
    const attempts = await db
      .selectFrom('attempt')
      .select(['id', 'display_name', 'submitted_at'])
      .where('assignment_id', '=', assignmentId)
      .execute();
    const rows = await db
      .selectFrom('answer')
      .innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
      .select(['answer.attempt_id', 'answer.item_id', 'answer.response', 'answer.revision'])
      .where('attempt.assignment_id', '=', assignmentId)
      .execute();
    const stored = new Map<string, { response: string; revision: number }[]>();
    for (const row of rows) {
      const key = `${row.attempt_id} ${row.item_id}`;
      stored.set(key, [...(stored.get(key) ?? []), row]);
    }
    const attemptOf = new Map(attempts.map((a) => [a.display_name, a.id]));
    const check: Check = {
      attempts: attempts.length,
      submitted: attempts.filter((a) => a.submitted_at !== null).length,
      rows: rows.length,
      expectedRows: plans.reduce((sum, plan) => sum + plan.last.size, 0),
      lost: 0,
      duplicated: [...stored.values()].reduce((sum, group) => sum + group.length - 1, 0),
      stale: 0,
      revisionMismatches: 0,
    };
    for (const plan of plans) {
      for (const [itemId, choice] of plan.last) {
        const row = stored.get(`${attemptOf.get(plan.name)} ${itemId}`)?.[0];
        if (!row) {
          check.lost++;
          continue;
        }
        const response = JSON.parse(row.response) as { choice?: string };
        if (response.choice !== choice) check.stale++;
        if (row.revision !== (plan.changed.has(itemId) ? 2 : 1)) check.revisionMismatches++;
      }
    }
    return check;
  } finally {
    await db.destroy();
  }
}

/** Median and worst of a few sequential loads of an instructor page (status 200 required). */
async function timePage(base: string, path: string, cookie: string): Promise<Timing> {
  const times: number[] = [];
  for (let run = 0; run < PAGE_RUNS; run++) {
    const reply = await request(`${base}${path}`, { method: 'GET', cookie });
    if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.text}`);
    times.push(reply.ms);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 50), maxMs: times.at(-1)!, runs: PAGE_RUNS };
}

type FreshDatabase = {
  env: Record<string, string>;
  target: DbTarget;
  dispose: () => Promise<void>;
};

/** An empty database for one run: a temp SQLite directory, or a PostgreSQL schema of its own. */
async function freshDatabase(engine: EngineName): Promise<FreshDatabase> {
  // A data directory in both cases, so the server never writes into the repository's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'attache-bench-load-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'sqlite') {
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      target: { engine: 'sqlite', file: join(dataDir, 'attache.sqlite') },
      dispose: removeDir,
    };
  }
  const schema = await createPostgresSchema();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: schema.url },
    target: { engine: 'postgres', url: schema.url },
    dispose: async () => {
      await schema.drop();
      await removeDir();
    },
  };
}

/** Lines of server output that report a failure. */
function errorLines(output: string[]): string[] {
  return output.filter((line) => /error|SQLITE_BUSY|locked|timeout|ECONN|⨯/i.test(line));
}

/**
 * --warm N: N students take another assignment of the same items first, unmeasured, so that the
 * measured class meets a server that has already run this code (V8 has optimised it), as a
 * server that has been up for a while has. A failure here fails the run.
 */
async function warmUp(
  engine: EngineName,
  base: string,
  instructor: Awaited<ReturnType<typeof signUpInstructor>>,
  items: BenchItem[],
  titles: ReadonlyMap<string, string>,
  options: Options,
): Promise<void> {
  console.error(`[${engine}] warming up: ${options.warm} students on another assignment…`);
  const warm = await createAssignment(base, instructor, {
    title: 'Load bench, warm-up',
    items: { source: 'picked', items: items.map((i) => i.id) },
    settings: { feedback: 'after-close', shuffleItems: true, shuffleOptions: true },
  });
  const tally = new Tally();
  await Promise.all(
    Array.from({ length: options.warm }, (_, s) =>
      runStudent(base, warm.joinCode, planFor(s, items, 0), titles, tally, options),
    ),
  );
  if (tally.errorCount > 0) throw new Error(`warm-up: ${tally.errorCount} errors`);
}

async function benchEngine(
  engine: EngineName,
  options: Options,
  items: BenchItem[],
): Promise<EngineResult> {
  const database = await freshDatabase(engine);
  let server: Server | undefined;
  try {
    console.error(`[${engine}] starting the server (building first if the build is stale)…`);
    const profiling: Record<string, string> = options.cpuProfDir
      ? { ATTACHE_CPU_PROF_DIR: options.cpuProfDir }
      : {};
    server = await startServer({ env: { ...database.env, ...profiling } });
    const { base } = server;
    const instructor = await signUpInstructor(base, 'Load bench');
    const assignment = await createAssignment(base, instructor, {
      title: `Load bench, ${items.length} items`,
      items: { source: 'picked', items: items.map((i) => i.id) },
      // Deferred feedback: a student may change an answer until submitting.
      settings: { feedback: 'after-close', shuffleItems: true, shuffleOptions: true },
    });
    const plans = Array.from({ length: options.students }, (_, s) =>
      planFor(s, items, options.thinkMs),
    );
    const titles = new Map(items.map((item) => [item.id, item.title]));
    if (options.warm > 0) await warmUp(engine, base, instructor, items, titles, options);
    const tally = new Tally();

    console.error(`[${engine}] ${options.students} students answering ${items.length} items…`);
    const cpuBefore = groupCpuSeconds(server.group);
    const start = performance.now();
    await Promise.all(
      plans.map((plan) => runStudent(base, assignment.joinCode, plan, titles, tally, options)),
    );
    const wallMs = performance.now() - start;
    const cpuAfter = groupCpuSeconds(server.group);

    console.error(`[${engine}] checking the database, timing the instructor pages…`);
    const check = await verify(database.target, assignment.id, plans);
    const pagePath = `/instructor/assignments/${assignment.id}`;
    const resultsPage = await timePage(base, pagePath, instructor.cookie);
    const analysisPage = await timePage(base, `${pagePath}/analysis`, instructor.cookie);

    const sorted = [...tally.latencies].sort((a, b) => a - b);
    return {
      engine,
      students: options.students,
      thinkMs: options.thinkMs,
      html: options.html,
      assets: options.assets,
      warm: options.warm,
      items: items.length,
      answersSent: tally.answersSent,
      doubleTaps: plans.reduce((n, p) => n + p.sends.filter((s) => s.copies === 2).length, 0),
      changedAnswers: plans.reduce((n, p) => n + p.changed.size, 0),
      wallMs,
      answersPerSecond: tally.latencies.length / (wallMs / 1000),
      latencyMs: {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? NaN,
      },
      answersSlowerThan5s: sorted.filter((ms) => ms > SLOW_MS).length,
      otherRequestsMs: {
        join: tailOf(tally.others.join),
        attempt: tailOf(tally.others.attempt),
        submit: tailOf(tally.others.submit),
      },
      serverCpuMsPerAnswer:
        cpuBefore === undefined || cpuAfter === undefined
          ? undefined
          : ((cpuAfter - cpuBefore) * 1000) / tally.answersSent,
      errors: tally.errorCount,
      errorsByKind: Object.fromEntries(tally.errors),
      errorSamples: tally.samples,
      check,
      resultsPage,
      analysisPage,
      serverErrors: errorLines(server.output).slice(0, 50),
    };
  } finally {
    await server?.stop();
    await database.dispose();
  }
}

function failed(result: EngineResult): boolean {
  const { check } = result;
  return (
    result.errors > 0 ||
    check.lost > 0 ||
    check.duplicated > 0 ||
    check.stale > 0 ||
    check.rows !== check.expectedRows ||
    check.attempts !== result.students ||
    check.submitted !== result.students
  );
}

function table(results: EngineResult[]): string {
  const ms = (n: number) => n.toFixed(1);
  const header = [
    'engine',
    'students',
    'think ms',
    'HTML page',
    'answers sent',
    'answers/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'slowest join / attempt read / submit ms',
    'server CPU ms/answer',
    'errors',
    'lost',
    'duplicated',
    'stale',
    'results page ms (median / max)',
    'analysis page ms (median / max)',
  ];
  const rows = results.map((r) => [
    r.engine,
    r.warm > 0 ? `${r.students} (after ${r.warm})` : String(r.students),
    String(r.thinkMs),
    r.assets ? 'with scripts' : r.html ? 'yes' : 'no',
    String(r.answersSent),
    r.answersPerSecond.toFixed(0),
    ms(r.latencyMs.p50),
    ms(r.latencyMs.p95),
    ms(r.latencyMs.p99),
    ms(r.latencyMs.max),
    (['join', 'attempt', 'submit'] as const).map((k) => ms(r.otherRequestsMs[k].max)).join(' / '),
    r.serverCpuMsPerAnswer === undefined ? '–' : r.serverCpuMsPerAnswer.toFixed(2),
    String(r.errors),
    String(r.check.lost),
    String(r.check.duplicated),
    String(r.check.stale),
    `${ms(r.resultsPage.medianMs)} / ${ms(r.resultsPage.maxMs)}`,
    `${ms(r.analysisPage.medianMs)} / ${ms(r.analysisPage.maxMs)}`,
  ]);
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main() {
  const options = parseOptions();
  const items = pickItems(options.items);
  const results: EngineResult[] = [];
  for (const engine of options.engines) {
    results.push(await benchEngine(engine, options, items));
  }
  console.log(table(results));
  console.log();
  console.log(JSON.stringify(results, null, 2));
  for (const result of results.filter(failed)) {
    console.error(`[${result.engine}] FAILED: errors, lost, duplicated or stale answers above.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

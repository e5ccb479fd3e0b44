/**
 * Bad requests of every shape, generated from a fixed seed, against every route of the running
 * server: wrong methods, undecodable paths, odd query strings, malformed or hostile bodies,
 * forged cookies and tokens. Whatever comes in, the answer is never a 5xx.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptPage,
  createAssignment,
  joinAsStudent,
  signUpInstructor,
} from '../../scripts/classroom';
import { setupBrowser } from './support/browser';

const { baseURL } = setupBrowser();
const SEED = 20261205;
const RUNS = 1200;

type Target = { method: string; path: string; body?: string; headers: Record<string, string> };

const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '%ZZ',
    '%',
    '%E0%A4%A',
    '..%2F..%2Fetc%2Fpasswd',
    '<script>alert(1)</script>',
    '\u202e\u0000',
    'a'.repeat(5000),
    '8.7e15',
    '-1',
    'NaN',
    'null',
    '{}',
    'K9QM4P',
    'q0123456789abcdef0123',
  ),
);

const jsonish = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom(
    '{"code":"K9QM4P","name":"\\u202eSam"}',
    '{"itemId":"q0123456789abcdef0123","response":{"kind":"sort","placements":{"__proto__":"x"}}}',
    '{"title":"x","items":{"source":"filters","frameworks":[],"categories":[],"difficulties":[],"kinds":[],"count":60,"seed":"abcd"},"settings":{"feedback":"immediate","maxAttempts":1,"timeLimitMinutes":null,"opensAt":8.7e15,"dueAt":null,"shuffleItems":false,"shuffleOptions":false,"certaintyBased":false}}',
    '{"email":"a@b.c","password":"' + 'x'.repeat(300) + '"}',
    '[1,2,3]',
    '{"action":"explode"}',
  ),
);

describe('every route, under bad input', () => {
  it(`answers ${RUNS} generated bad requests without a single 5xx`, async () => {
    const instructor = await signUpInstructor(baseURL, 'Fuzz');
    const { id, joinCode } = await createAssignment(baseURL, instructor, {
      title: 'Fuzzed',
      items: {
        source: 'picked',
        items: ['stoffel-berlin-reports-1868.pajtinka', 'beibu-unity-2023.pajtinka'],
      },
    });
    const student = await joinAsStudent(baseURL, joinCode, 'Fuzzy');

    const segment = fc.oneof(fc.constantFrom(id, joinCode), nasty);
    const route = fc.oneof(
      fc.constant('/api/assignments'),
      segment.map((s) => `/api/assignments/${s}`),
      segment.map((s) => `/api/assignments/${s}/export`),
      fc.constantFrom('/api/auth/sign-in', '/api/auth/sign-up', '/api/auth/sign-out', '/api/join'),
      fc
        .tuple(segment, fc.constantFrom('answers', 'attempt', 'submit'))
        .map(([s, r]) => `/api/a/${s}/${r}`),
      segment.map((s) => `/a/${s}`),
      segment.map((s) => `/instructor/assignments/${s}`),
      segment.map((s) => `/instructor/assignments/${s}/analysis`),
      fc.tuple(segment, segment).map(([a, b]) => `/instructor/assignments/${a}/attempts/${b}`),
      fc.tuple(segment, segment).map(([a, b]) => `/concepts/${a}/${b}`),
      fc.constantFrom('/quiz', '/practice/bank', '/join', '/instructor/assignments/new'),
    );
    const query = fc.oneof(
      fc.constant(''),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'format',
              'rows',
              'attempts',
              'items',
              'scope',
              'set',
              'n',
              'seed',
              'q',
              'cbm',
              'next',
            ),
            nasty,
          ),
          { maxLength: 4 },
        )
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
      nasty.map((raw) => `?${raw}`),
    );
    const headers = fc.record({
      cookie: fc.constantFrom(
        '',
        instructor.cookie,
        student,
        `${instructor.cookie}; ${student}`,
        'attache_session=forged',
        `attache_p_${id}=${'x'.repeat(200)}`,
      ),
      'x-csrf-token': fc.constantFrom('', instructor.csrfToken, 'forged'),
      'content-type': fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-16',
        '',
      ),
      origin: fc.constantFrom(baseURL, 'https://evil.example', ''),
    });
    const target: fc.Arbitrary<Target> = fc.record({
      method: fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'HEAD', 'OPTIONS'),
      path: fc.tuple(route, query).map(([p, q]) => p + q),
      body: fc.option(jsonish, { nil: undefined }),
      headers,
    });

    const failures: string[] = [];
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(target, async ({ method, path, body, headers: raw }) => {
        const sendable = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
        const withBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
        const response = await fetch(`${baseURL}${path}`, {
          method,
          headers: sendable,
          body: withBody ? body : undefined,
          redirect: 'manual',
        });
        await response.arrayBuffer();
        sent++;
        if (response.status >= 500) failures.push(`${method} ${path} → ${response.status}`);
        return response.status < 500;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    expect(sent).toBe(RUNS);
  }, 600_000);
});

describe('made-up addresses', () => {
  it('are a 404 that leaves nothing in the route cache on disk', async () => {
    const token = `made-up-${Date.now().toString(36)}`;
    for (const path of [
      `/concepts/${token}`,
      `/concepts/pajtinka/${token}`,
      `/concepts/${token}/information`,
      `/compare/pajtinka/${token}`,
    ]) {
      const response = await fetch(`${baseURL}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Not found');
    }
    // The server under test runs from this checkout (tests/e2e/support/global-setup.ts).
    const cache = join(process.cwd(), '.next', 'server', 'route-cache');
    const written = existsSync(cache)
      ? readdirSync(cache, { recursive: true, encoding: 'utf8' })
      : [];
    expect(written.filter((path) => path.includes(token))).toEqual([]);
  });
});

describe('the student API served straight from the HTTP server', () => {
  /** The same route through Next.js's router: one character of the code %-escaped. */
  function viaNext(code: string, route: string): string {
    return `/api/a/%${code.charCodeAt(0).toString(16).toUpperCase()}${code.slice(1)}/${route}`;
  }

  type Reply = { status: number; body: unknown; headers: Record<string, string | null> };
  const KEPT = ['content-security-policy', 'cache-control', 'x-frame-options', 'content-type'];

  async function bothWays(route: string, code: string, init: RequestInit): Promise<Reply[]> {
    const replies: Reply[] = [];
    for (const path of [`/api/a/${code}/${route}`, viaNext(code, route)]) {
      const response = await fetch(`${baseURL}${path}`, init);
      replies.push({
        status: response.status,
        body: await response.json(),
        headers: Object.fromEntries(KEPT.map((name) => [name, response.headers.get(name)])),
      });
    }
    return replies;
  }

  it('answers exactly as the routes do through Next.js: status, body and headers', async () => {
    const instructor = await signUpInstructor(baseURL, 'Twin paths');
    const { joinCode } = await createAssignment(baseURL, instructor, {
      title: 'Twin paths',
      items: { source: 'picked', items: ['stoffel-berlin-reports-1868.pajtinka'] },
      settings: { feedback: 'immediate' },
    });
    const student = await joinAsStudent(baseURL, joinCode, 'Twin');
    const [item] = (await attemptPage(baseURL, joinCode, student)).items;
    const answer = JSON.stringify({
      itemId: item!.id,
      response: { kind: 'choice', choice: item!.options![0]!.id },
    });
    const json = { 'content-type': 'application/json' };
    const cases: { what: string; code?: string; body: string; headers: Record<string, string> }[] =
      [
        { what: 'unknown code', code: 'ZZZZZZ', body: answer, headers: json },
        { what: 'no attempt', body: answer, headers: json },
        { what: 'forged cookie', body: answer, headers: { ...json, cookie: 'attache_p_x=y' } },
        {
          what: 'another site',
          body: answer,
          headers: { ...json, cookie: student, origin: 'https://evil.example' },
        },
        {
          what: 'a form post',
          body: answer,
          headers: { cookie: student, 'content-type': 'text/plain' },
        },
        { what: 'malformed JSON', body: '{"itemId":', headers: { ...json, cookie: student } },
        {
          what: 'unknown item',
          body: answer.replace(item!.id, 'nope'),
          headers: { ...json, cookie: student },
        },
        // Sent straight, then again through Next.js: a retry, stored once, answered alike.
        { what: 'an answer', body: answer, headers: { ...json, cookie: student } },
      ];
    for (const { what, code = joinCode, body, headers } of cases) {
      const replies = await bothWays('answers', code, { method: 'POST', headers, body });
      expect(replies[0], what).toEqual(replies[1]);
      if (what === 'an answer') expect(replies[0]).toMatchObject({ status: 200 });
      // The production policy, whatever NODE_ENV the test runner has.
      expect(replies[1]!.headers['content-security-policy']).not.toContain('unsafe-eval');
    }
    for (const [what, code, cookie] of [
      ['the attempt, answered', joinCode, student],
      ['no attempt', joinCode, ''],
      ['unknown code', 'ZZZZZZ', student],
    ] as const) {
      const replies = await bothWays('attempt', code, { headers: cookie ? { cookie } : {} });
      expect(replies[0], what).toEqual(replies[1]);
    }
  });
});

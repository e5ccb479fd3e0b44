/**
 * The student API served straight from the HTTP server (server/http/direct-routes.ts): over a
 * real socket it answers exactly as the route handlers do under Next.js, with the headers
 * Next.js would add, and leaves every other request to Next.js.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import * as answers from '@/app/api/a/[code]/answers/route';
import * as joinRoute from '@/app/api/join/route';
import { closeDb } from '@/server/db';
import { createRequestListener, directRouteOf } from '@/server/http/direct-routes';
import { apiHeaders } from '@/server/http/security-headers';
import { ORIGIN, params } from './support/http';
import { leaveToNext, listen, rawRequest } from './support/raw-http';
import { choiceItem, wrongOption } from './support/factories';
import { idOnPage, joinedStudent, newAssignment, signedUpInstructor } from './support/classroom';

const STEM = 'stoffel-berlin-reports-1868.pajtinka';
let dataDir: string;

let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'attache-direct-'));
  process.env.DATA_DIR = dataDir;
  process.env.TRUST_PROXY = '1';
  delete process.env.DATABASE_URL;
  server = await listen(createRequestListener(leaveToNext));
});
afterAll(async () => {
  await server.close();
  delete process.env.TRUST_PROXY;
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
});

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
};

/** A raw request from our own pages' origin (POST unless told). */
async function send(
  path: string,
  {
    method = 'POST',
    headers = {},
    body,
    port = server.port,
  }: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | string[];
    port?: number;
  } = {},
): Promise<Reply> {
  const reply = await rawRequest(port, path, {
    method,
    headers: { origin: ORIGIN, host: 'attache.test', ...headers },
    body,
  });
  return { status: reply.status, headers: reply.headers, text: reply.body.toString('utf8') };
}

function json(headers: Record<string, string> = {}) {
  return { 'content-type': 'application/json', ...headers };
}

describe('which requests the direct path takes', () => {
  it('takes only the join, attempt and answer routes, exactly as Next.js would name them', () => {
    for (const [method, url] of [
      ['POST', '/api/a/K7M2QX/answers'],
      ['POST', '/api/a/k7m2qx/answers?retry=1'],
      ['GET', '/api/a/K7M2QX/attempt'],
      ['POST', '/api/join'],
    ] as const) {
      expect(directRouteOf(method, url), `${method} ${url}`).toBeTypeOf('function');
    }
    for (const [method, url] of [
      ['GET', '/api/a/K7M2QX/answers'],
      ['HEAD', '/api/a/K7M2QX/attempt'],
      ['POST', '/api/a/K7M2QX/attempt'],
      ['PUT', '/api/a/K7M2QX/answers'],
      ['GET', '/api/join'],
      ['POST', '/api/join/'],
      ['POST', '/api/a/K7M2QX/answers/'],
      ['POST', '/api/a/K7%4DQX/answers'],
      ['POST', '/api/a//answers'],
      ['POST', '/api/a/K7M2QX/submit'],
      ['POST', '/api/a/../a/K7M2QX/answers'],
      ['POST', '//api/a/K7M2QX/answers'],
      ['POST', 'http://evil.example/api/a/K7M2QX/answers'],
      ['POST', `/api/a/${'A'.repeat(21)}/answers`],
      ['POST', '/api/a/K7M2QX/answers#x'],
      [undefined, '/api/a/K7M2QX/answers'],
      ['POST', undefined],
    ] as const) {
      expect(directRouteOf(method, url), `${method} ${url}`).toBeUndefined();
    }
  });

  it('leaves every other request to Next.js', async () => {
    for (const [method, path] of [
      ['GET', '/api/a/K7M2QX/answers'],
      ['POST', '/api/a/K7M2QX/answers/'],
      ['POST', '/api/a/K7%4DQX/answers'],
      ['POST', '/api/join/'],
      ['POST', '/api/a/K7M2QX/submit'],
    ] as const) {
      const body = method === 'GET' ? undefined : '{}';
      const reply = await send(path, { method, headers: json(), body });
      expect(reply.status, `${method} ${path}`).toBe(299);
    }
  });
});

describe('an answer over a real socket', () => {
  it('joins, shows the attempt and saves an answer once, as the routes do under Next.js', async () => {
    const instructor = await signedUpInstructor();
    const { joinCode } = await newAssignment(instructor, { feedback: 'immediate' });
    const twin = await joinedStudent(joinCode, 'Twin');
    const item = choiceItem(STEM);

    const joined = await send('/api/join', {
      headers: json({ 'x-forwarded-for': '10.200.0.1' }),
      body: JSON.stringify({ code: joinCode, name: 'Sam' }),
    });
    expect(joined.status).toBe(201);
    expect(JSON.parse(joined.text)).toEqual({ url: `/a/${joinCode}`, resumed: false });
    const setCookie = joined.headers['set-cookie'] ?? [];
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(/^attache_p_[^=]+=[^;]+;.*HttpOnly/i);
    const cookie = setCookie[0]!.split(';')[0]!;

    const page = await send(`/api/a/${joinCode}/attempt`, { method: 'GET', headers: { cookie } });
    expect(page.status).toBe(200);
    const view = JSON.parse(page.text) as { items: { id: string; scenario?: { title: string } }[] };
    const onPage = view.items.find((i) => i.scenario?.title === item.scenario.title);
    expect(onPage).toBeDefined();
    const body = { itemId: onPage!.id, response: { kind: 'choice', choice: item.answerKey.best } };

    const direct = await send(`/api/a/${joinCode}/answers`, {
      headers: json({ cookie }),
      body: JSON.stringify(body),
    });
    expect(direct.status).toBe(200);
    for (const { key, value } of apiHeaders) expect(direct.headers[key.toLowerCase()]).toBe(value);
    expect(direct.headers['content-type']).toMatch(/^application\/json/);

    // The same answer from a twin, through the route handler as Next.js calls it.
    const viaNext = await twin.send(
      answers.POST,
      {
        path: `/api/a/${joinCode}/answers`,
        body: { ...body, itemId: await idOnPage(twin, joinCode, STEM) },
      },
      params({ code: joinCode }),
    );
    const directBody = JSON.parse(direct.text) as { saved: boolean; revision: number };
    expect(directBody).toMatchObject({ saved: true, revision: 1 });
    expect(Object.keys(directBody).sort()).toEqual(Object.keys(await viaNext.json()).sort());

    // Sent again (a double tap): still one answer, the one sent.
    const again = await send(`/api/a/${joinCode}/answers`, {
      headers: json({ cookie }),
      body: JSON.stringify(body),
    });
    expect(again.status).toBe(200);
    const after = JSON.parse(
      (await send(`/api/a/${joinCode}/attempt`, { method: 'GET', headers: { cookie } })).text,
    ) as { answers: Record<string, { response: { choice: string } }> };
    expect(Object.keys(after.answers)).toEqual([body.itemId]);
    expect(after.answers[body.itemId]?.response.choice).toBe(item.answerKey.best);
  });

  it('refuses what the route refuses: unknown code, other site, wrong type, bad JSON, no attempt', async () => {
    const instructor = await signedUpInstructor();
    const { joinCode } = await newAssignment(instructor);
    const path = `/api/a/${joinCode}/answers`;
    const valid = JSON.stringify({
      itemId: 'x',
      response: { kind: 'choice', choice: wrongOption(choiceItem(STEM)) },
    });
    const cases: [string, Reply, number][] = [
      ['unknown code', await send('/api/a/ZZZZZZ/answers', { headers: json(), body: valid }), 404],
      [
        'another site',
        await send(path, { headers: json({ origin: 'https://evil.example' }), body: valid }),
        403,
      ],
      [
        'a form post',
        await send(path, { headers: { 'content-type': 'text/plain' }, body: valid }),
        415,
      ],
      ['malformed JSON', await send(path, { headers: json(), body: '{"itemId":' }), 400],
      ['no attempt', await send(path, { headers: json(), body: valid }), 404],
    ];
    for (const [what, reply, status] of cases) {
      expect(reply.status, what).toBe(status);
      expect((JSON.parse(reply.text) as { error: string }).error, what).toMatch(/\w/);
      for (const { key, value } of apiHeaders) expect(reply.headers[key.toLowerCase()]).toBe(value);
    }
  });

  it('stops reading a body past the limit even without Content-Length', async () => {
    const chunk = `"${'x'.repeat(8 * 1024)}",`;
    const reply = await send('/api/a/K7M2QX/answers', {
      headers: json(),
      body: ['{"itemId":[', ...Array.from({ length: 16 }, () => chunk), '"x"]}'],
    });
    // The code is unknown, but the body limit is checked only once the assignment is found:
    // either refusal is fine; what matters is an answer, not a hang or a crash.
    expect([404, 413]).toContain(reply.status);
    // …and the connection closes, since the rest of the body was never read.
    expect(reply.headers.connection).toBe('close');
  });

  it('refuses a body past the limit of a real assignment with 413, and goes on serving', async () => {
    const instructor = await signedUpInstructor();
    const { joinCode } = await newAssignment(instructor);
    const student = await send('/api/join', {
      headers: json(),
      body: JSON.stringify({ code: joinCode, name: 'Ola' }),
    });
    const cookie = (student.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
    const chunk = `"${'x'.repeat(4 * 1024)}",`;
    const reply = await send(`/api/a/${joinCode}/answers`, {
      headers: json({ cookie }),
      body: ['{"itemId":[', ...Array.from({ length: 8 }, () => chunk), '"x"]}'],
    });
    expect(reply.status).toBe(413);
    // Closed only if the body was still arriving when the refusal went out (the test above).
    const page = await send(`/api/a/${joinCode}/attempt`, { method: 'GET', headers: { cookie } });
    expect(page.status).toBe(200);
  });

  it('sets the student cookie as the route under Next.js does, Secure behind https', async () => {
    const instructor = await signedUpInstructor();
    const { joinCode } = await newAssignment(instructor);
    const direct = await send('/api/join', {
      headers: json({ 'x-forwarded-proto': 'https', origin: 'https://attache.test' }),
      body: JSON.stringify({ code: joinCode, name: 'Kai' }),
    });
    expect(direct.status).toBe(201);
    const viaNext = await joinRoute.POST(
      new NextRequest('https://attache.test/api/join', {
        method: 'POST',
        headers: json({ origin: 'https://attache.test', 'x-forwarded-proto': 'https' }),
        body: JSON.stringify({ code: joinCode, name: 'Lee' }),
      }),
    );
    expect(viaNext.status).toBe(201);
    // The same attributes; the values (each student's token) and the Expires second differ.
    const attributes = (header: string) =>
      header
        .split('; ')
        .slice(1)
        .filter((part) => !part.startsWith('Expires='));
    const directCookie = (direct.headers['set-cookie'] ?? [])[0]!;
    expect(attributes(directCookie)).toEqual(attributes(viaNext.headers.getSetCookie()[0]!));
    expect(attributes(directCookie)).toEqual([
      'Path=/',
      `Max-Age=${180 * 24 * 3600}`,
      'Secure',
      'HttpOnly',
      'SameSite=lax',
    ]);
  });

  it('refuses with 503 and Retry-After once too many wait, whatever the route', async () => {
    const full = await listen(createRequestListener(leaveToNext, { maxWaiting: 0 }));
    try {
      for (const path of ['/api/a/K7M2QX/answers', '/api/a/K7M2QX/submit']) {
        const busy = await send(path, { headers: json(), body: '{}', port: full.port });
        expect(busy.status, path).toBe(503);
        expect(busy.headers['retry-after']).toBe('1');
        expect(JSON.parse(busy.text)).toEqual({
          error: 'The server is busy: try again in a moment.',
        });
        for (const { key, value } of apiHeaders)
          expect(busy.headers[key.toLowerCase()]).toBe(value);
      }
    } finally {
      await full.close();
    }
  });

  it('answers 400 to a Host header that makes no URL', async () => {
    const reply = await send('/api/a/K7M2QX/answers', {
      headers: json({ host: '[' }),
      body: '{}',
    });
    expect(reply.status).toBe(400);
  });
});

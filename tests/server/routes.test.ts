/** Route handlers on a throw-away SQLite file: every refusal a client can meet, with its status and reason. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as answers from '@/app/api/a/[code]/answers/route';
import * as attempt from '@/app/api/a/[code]/attempt/route';
import * as submit from '@/app/api/a/[code]/submit/route';
import * as exportRoute from '@/app/api/assignments/[id]/export/route';
import * as assignmentRoute from '@/app/api/assignments/[id]/route';
import * as assignments from '@/app/api/assignments/route';
import * as signIn from '@/app/api/auth/sign-in/route';
import * as signOut from '@/app/api/auth/sign-out/route';
import * as signUp from '@/app/api/auth/sign-up/route';
import * as join_ from '@/app/api/join/route';
import { DEFAULT_SETTINGS } from '@/lib/assignments/settings';
import { closeDb, getDb } from '@/server/db';
import { Browser, params } from './support/http';
import { choiceItem, PAJTINKA_ITEMS, wrongOption } from './support/factories';
import { idOnPage, joinedStudent, newAssignment, signedUpInstructor } from './support/classroom';

const STEM = 'stoffel-berlin-reports-1868.pajtinka';
const PAJTINKA_ITEM_COUNT = PAJTINKA_ITEMS.source === 'picked' ? PAJTINKA_ITEMS.items.length : 0;
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'attache-routes-'));
  process.env.DATA_DIR = dataDir;
  // As behind a proxy: each test browser is its own client, so throttles do not pile up.
  process.env.TRUST_PROXY = '1';
  delete process.env.DATABASE_URL;
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
});

async function errorOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error;
}

describe('sign-up and sign-in', () => {
  it('answers 400 naming the field when the e-mail address is not one', async () => {
    const response = await new Browser().send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: { name: 'Ada', email: 'not-an-address', password: 'correct horse battery' },
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toContain('email');
  });

  it('answers 400 for malformed JSON, 415 for a form post and 413 for an oversized body', async () => {
    const browser = new Browser();
    const malformed = await browser.send(signUp.POST, {
      path: '/api/auth/sign-up',
      rawBody: '{"name":',
    });
    expect(malformed.status).toBe(400);
    const form = await browser.send(signUp.POST, {
      path: '/api/auth/sign-up',
      rawBody: 'name=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const huge = await browser.send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: {
        name: 'x'.repeat(100_000),
        email: 'big@example.edu',
        password: 'correct horse battery',
      },
    });
    expect(huge.status).toBe(413);
  });

  it('refuses a sign-up posted from another site', async () => {
    const response = await new Browser().send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: { name: 'Eve', email: 'eve@example.edu', password: 'correct horse battery' },
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
  });

  it('sets an httpOnly, SameSite session cookie on sign-in, Secure behind https', async () => {
    const browser = new Browser();
    const credentials = { email: 'cookie@example.edu', password: 'correct horse battery' };
    const created = await browser.send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: { name: 'Ada', ...credentials },
    });
    expect(created.headers.getSetCookie()).toEqual([]);
    const response = await browser.send(signIn.POST, {
      path: '/api/auth/sign-in',
      body: credentials,
    });
    const cookie = response.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/attache_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('answers a sign-up for a taken address exactly as for a free one, and keeps the first password', async () => {
    const { email } = await signedUpInstructor();
    const fresh = await new Browser().send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: { name: 'Bea', email: 'bea-free@example.edu', password: 'a new passphrase' },
    });
    const taken = await new Browser().send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: { name: 'Mallory', email, password: 'a new passphrase' },
    });
    expect(taken.status).toBe(fresh.status);
    expect(await taken.json()).toEqual(await fresh.json());
    expect(taken.headers.getSetCookie()).toEqual(fresh.headers.getSetCookie());
    const hijack = await new Browser().send(signIn.POST, {
      path: '/api/auth/sign-in',
      body: { email, password: 'a new passphrase' },
    });
    expect(hijack.status).toBe(401);
  });

  it('answers 401 for a wrong password, and 429 with Retry-After once the queue is full', async () => {
    const { email } = await signedUpInstructor();
    const guesser = new Browser();
    const wrong = await guesser.send(signIn.POST, {
      path: '/api/auth/sign-in',
      body: { email, password: 'wrong password' },
    });
    expect(wrong.status).toBe(401);
    // As if this client had already queued guesses a minute ahead.
    const db = await getDb();
    await db
      .updateTable('throttle')
      .set({ attempts: 30, next_at: Date.now() + 60_000 })
      .where('key', '=', `sign-in:${email}|${guesser.ip}`)
      .execute();
    const queued = await guesser.send(signIn.POST, {
      path: '/api/auth/sign-in',
      body: { email, password: 'correct horse battery' },
    });
    expect(queued.status).toBe(429);
    expect(Number(queued.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    // The owner, from another client, is not held up by the guesser's queue.
    const owner = await new Browser().send(signIn.POST, {
      path: '/api/auth/sign-in',
      body: { email, password: 'correct horse battery' },
    });
    expect(owner.status).toBe(200);
  });

  it('signs out: the old session no longer works', async () => {
    const ada = await signedUpInstructor();
    expect((await ada.send(signOut.POST, { path: '/api/auth/sign-out' })).status).toBe(200);
    const after = await ada.send(assignments.GET, { method: 'GET', path: '/api/assignments' });
    expect(after.status).toBe(401);
  });
});

describe('assignments (instructor)', () => {
  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const anonymous = await new Browser().send(assignments.POST, {
      path: '/api/assignments',
      body: {},
    });
    expect(anonymous.status).toBe(401);
    const ada = await signedUpInstructor();
    const response = await ada.send(assignments.POST, {
      path: '/api/assignments',
      body: { title: 'x', items: PAJTINKA_ITEMS, settings: DEFAULT_SETTINGS },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(response.status).toBe(403);
  });

  it('answers 400 with the reason for bad settings and for an item the bank does not have', async () => {
    const ada = await signedUpInstructor();
    const badSettings = await ada.send(assignments.POST, {
      path: '/api/assignments',
      body: {
        title: 'x',
        items: PAJTINKA_ITEMS,
        settings: { ...DEFAULT_SETTINGS, maxAttempts: 0 },
      },
    });
    expect(badSettings.status).toBe(400);
    expect(await errorOf(badSettings)).toContain('settings.maxAttempts');
    const unknownItem = await ada.send(assignments.POST, {
      path: '/api/assignments',
      body: {
        title: 'x',
        items: { source: 'picked', items: ['no-such-scenario.pajtinka'] },
        settings: DEFAULT_SETTINGS,
      },
    });
    expect(unknownItem.status).toBe(400);
    expect(await errorOf(unknownItem)).toContain('no-such-scenario');
  });

  it('draws items by filters: only the framework and kinds asked for, as many as asked', async () => {
    const ada = await signedUpInstructor();
    const response = await ada.send(assignments.POST, {
      path: '/api/assignments',
      body: {
        title: 'Modes drill',
        items: {
          source: 'filters',
          frameworks: ['modes'],
          categories: [],
          difficulties: [],
          kinds: ['classify'],
          count: 7,
          seed: 'abcd1234',
        },
        settings: DEFAULT_SETTINGS,
      },
    });
    expect(response.status).toBe(201);
    const { id, itemCount } = (await response.json()) as { id: string; itemCount: number };
    expect(itemCount).toBe(7);
    const { assignment } = (await (
      await ada.send(
        assignmentRoute.GET,
        { method: 'GET', path: `/api/assignments/${id}` },
        params({ id }),
      )
    ).json()) as { assignment: { items: { frameworkId: string; kind: string }[] } };
    expect(new Set(assignment.items.map((i) => `${i.frameworkId}/${i.kind}`))).toEqual(
      new Set(['modes/classify']),
    );
  });

  it("lets instructor B neither read nor change instructor A's assignment", async () => {
    const a = await signedUpInstructor();
    const b = await signedUpInstructor();
    const { id } = await newAssignment(a);
    const path = `/api/assignments/${id}`;
    const read = await b.send(assignmentRoute.GET, { method: 'GET', path }, params({ id }));
    expect(read.status).toBe(404);
    const close = await b.send(
      assignmentRoute.POST,
      { path, body: { action: 'close' } },
      params({ id }),
    );
    expect(close.status).toBe(404);
    const remove = await b.send(assignmentRoute.DELETE, { method: 'DELETE', path }, params({ id }));
    expect(remove.status).toBe(404);
    const own = await a.send(assignmentRoute.GET, { method: 'GET', path }, params({ id }));
    expect(own.status).toBe(200);
  });

  it('answers 404 for a malformed id and 400 for an unknown action', async () => {
    const a = await signedUpInstructor();
    const { id } = await newAssignment(a);
    const bad = await a.send(
      assignmentRoute.GET,
      { method: 'GET', path: '/api/assignments/x' },
      params({ id: '../x' }),
    );
    expect(bad.status).toBe(404);
    const action = await a.send(
      assignmentRoute.POST,
      { path: `/api/assignments/${id}`, body: { action: 'explode' } },
      params({ id }),
    );
    expect(action.status).toBe(400);
  });
});

describe('students', () => {
  it('answers 404 for an unknown or malformed code and 400 for an empty name', async () => {
    const student = new Browser();
    expect(
      (await student.send(join_.POST, { path: '/api/join', body: { code: 'QQQQQQ', name: 'Sam' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await student.send(join_.POST, {
          path: '/api/join',
          body: { code: '<script>', name: 'Sam' },
        })
      ).status,
    ).toBe(404);
    const a = await signedUpInstructor();
    const { joinCode } = await newAssignment(a);
    const empty = await student.send(join_.POST, {
      path: '/api/join',
      body: { code: joinCode, name: '   ' },
    });
    expect(empty.status).toBe(400);
    expect(await errorOf(empty)).toContain('name');
  });

  it('accepts a code typed in lower case with spaces', async () => {
    const a = await signedUpInstructor();
    const { joinCode } = await newAssignment(a);
    const typed = `${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3).toLowerCase()}`;
    const response = await new Browser().send(join_.POST, {
      path: '/api/join',
      body: { code: typed, name: 'Sam' },
    });
    expect(response.status).toBe(201);
  });

  it('says a closed assignment is closed, to joiners and to answers', async () => {
    const a = await signedUpInstructor();
    const { id, joinCode } = await newAssignment(a);
    const student = await joinedStudent(joinCode);
    const itemId = await idOnPage(student, joinCode, STEM);
    await a.send(
      assignmentRoute.POST,
      { path: `/api/assignments/${id}`, body: { action: 'close' } },
      params({ id }),
    );
    const joining = await new Browser().send(join_.POST, {
      path: '/api/join',
      body: { code: joinCode, name: 'Late' },
    });
    expect(joining.status).toBe(409);
    expect(await errorOf(joining)).toBe('This assignment is closed.');
    const item = choiceItem(STEM);
    const answering = await student.send(
      answers.POST,
      {
        path: `/api/a/${joinCode}/answers`,
        body: { itemId, response: { kind: 'choice', choice: item.answerKey.best } },
      },
      params({ code: joinCode }),
    );
    expect(answering.status).toBe(409);
  });

  it('answers 400 for a malformed response, an unknown item and an incomplete answer', async () => {
    const a = await signedUpInstructor();
    const { joinCode } = await newAssignment(a);
    const student = await joinedStudent(joinCode);
    const post = (body: unknown) =>
      student.send(
        answers.POST,
        { path: `/api/a/${joinCode}/answers`, body },
        params({ code: joinCode }),
      );
    const itemId = await idOnPage(student, joinCode, STEM);
    const malformed = await post({ itemId, response: { kind: 'choice' } });
    expect(malformed.status).toBe(400);
    expect(await errorOf(malformed)).toContain('response');
    const unknown = await post({
      itemId: 'other.pajtinka',
      response: { kind: 'choice', choice: 'information' },
    });
    expect(unknown.status).toBe(400);
    const bankId = await post({
      itemId: STEM,
      response: { kind: 'choice', choice: 'information' },
    });
    expect(bankId.status).toBe(400);
    const notAnOption = await post({
      itemId,
      response: { kind: 'choice', choice: 'no-such-option' },
    });
    expect(notAnOption.status).toBe(400);
    const wrongKind = await post({ itemId, response: { kind: 'many', choices: [] } });
    expect(wrongKind.status).toBe(400);
  });

  it('lets no student read or change another attempt: requests without their own cookie find nothing', async () => {
    const a = await signedUpInstructor();
    const { joinCode } = await newAssignment(a, { feedback: 'after-close' });
    const x = await joinedStudent(joinCode, 'X');
    const y = await joinedStudent(joinCode, 'Y');
    const item = choiceItem(STEM);
    const itemId = await idOnPage(x, joinCode, STEM);
    const path = `/api/a/${joinCode}/answers`;
    await x.send(
      answers.POST,
      { path, body: { itemId, response: { kind: 'choice', choice: item.answerKey.best } } },
      params({ code: joinCode }),
    );
    await y.send(
      answers.POST,
      { path, body: { itemId, response: { kind: 'choice', choice: wrongOption(item) } } },
      params({ code: joinCode }),
    );
    const stranger = new Browser();
    const read = await stranger.send(
      attempt.GET,
      { method: 'GET', path: `/api/a/${joinCode}/attempt` },
      params({ code: joinCode }),
    );
    expect(read.status).toBe(404);
    const forged = new Browser();
    forged.cookies.set([...x.cookies.keys()][0]!, 'guessed-token');
    expect(
      (
        await forged.send(
          submit.POST,
          { path: `/api/a/${joinCode}/submit` },
          params({ code: joinCode }),
        )
      ).status,
    ).toBe(404);
    const yView = (await (
      await y.send(
        attempt.GET,
        { method: 'GET', path: `/api/a/${joinCode}/attempt` },
        params({ code: joinCode }),
      )
    ).json()) as {
      answers: Record<string, { response: { choice: string } }>;
    };
    expect(yView.answers[itemId]?.response.choice).toBe(wrongOption(item));
  });

  it('refuses a second submission and an answer sent from another site', async () => {
    const a = await signedUpInstructor();
    const { joinCode } = await newAssignment(a);
    const student = await joinedStudent(joinCode);
    const path = `/api/a/${joinCode}/submit`;
    expect((await student.send(submit.POST, { path }, params({ code: joinCode }))).status).toBe(
      200,
    );
    expect((await student.send(submit.POST, { path }, params({ code: joinCode }))).status).toBe(
      409,
    );
    const crossSite = await student.send(
      answers.POST,
      { path: `/api/a/${joinCode}/answers`, body: {}, headers: { origin: 'https://evil.example' } },
      params({ code: joinCode }),
    );
    expect(crossSite.status).toBe(403);
  });
});

describe('exports', () => {
  it('gives the owner a CSV with a byte-order mark, one row per attempt, formulas defused and markup kept as text', async () => {
    const a = await signedUpInstructor();
    const { id, joinCode } = await newAssignment(a);
    await joinedStudent(joinCode, '=HYPERLINK("https://evil.example","x")');
    await joinedStudent(joinCode, '<b>Zoë</b>');
    const response = await a.send(
      exportRoute.GET,
      { method: 'GET', path: `/api/assignments/${id}/export?format=csv&rows=students` },
      params({ id }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toMatch(/^attempt_id,name,attempt,status,score,max/);
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(
      lines.some((line) => line.includes('"\'=HYPERLINK(""https://evil.example"",""x"")"')),
    ).toBe(true);
    expect(lines.some((line) => line.includes(',<b>Zoë</b>,'))).toBe(true);
  });

  it('gives one CSV row per classified scenario, and the same records as JSON', async () => {
    const a = await signedUpInstructor();
    const { id, joinCode } = await newAssignment(a);
    const student = await joinedStudent(joinCode, 'Sam');
    const item = choiceItem(STEM);
    await student.send(
      answers.POST,
      {
        path: `/api/a/${joinCode}/answers`,
        body: {
          itemId: await idOnPage(student, joinCode, STEM),
          response: { kind: 'choice', choice: item.answerKey.best },
        },
      },
      params({ code: joinCode }),
    );
    const csv = await a.send(
      exportRoute.GET,
      { method: 'GET', path: `/api/assignments/${id}/export?format=csv&rows=answers` },
      params({ id }),
    );
    const rows = (await csv.text()).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(1 + PAJTINKA_ITEM_COUNT);
    expect(rows.find((r) => r.includes(STEM))).toContain(
      `,${item.answerKey.best},${item.answerKey.best},1,`,
    );
    const json = (await (
      await a.send(
        exportRoute.GET,
        { method: 'GET', path: `/api/assignments/${id}/export?format=json` },
        params({ id }),
      )
    ).json()) as {
      students: { name: string }[];
      answers: unknown[];
      analysis: { test: { students: number } };
    };
    expect(json.students.map((s) => s.name)).toEqual(['Sam']);
    expect(json.answers).toHaveLength(PAJTINKA_ITEM_COUNT);
  });

  it('refuses exports to strangers (401), other instructors (404) and bad queries (400)', async () => {
    const a = await signedUpInstructor();
    const b = await signedUpInstructor();
    const { id } = await newAssignment(a);
    const path = `/api/assignments/${id}/export?format=csv`;
    expect(
      (await new Browser().send(exportRoute.GET, { method: 'GET', path }, params({ id }))).status,
    ).toBe(401);
    expect((await b.send(exportRoute.GET, { method: 'GET', path }, params({ id }))).status).toBe(
      404,
    );
    const bad = await a.send(
      exportRoute.GET,
      { method: 'GET', path: `/api/assignments/${id}/export?format=xlsx` },
      params({ id }),
    );
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toContain('format');
  });
});

describe('values that cannot break a page', () => {
  const create = (browser: Browser, body: Record<string, unknown>) =>
    browser.send(assignments.POST, {
      path: '/api/assignments',
      body: { title: 'Week 3', items: PAJTINKA_ITEMS, settings: DEFAULT_SETTINGS, ...body },
    });

  it('refuses dates no page can show, and a due date before the opening', async () => {
    const ada = await signedUpInstructor();
    for (const settings of [
      { ...DEFAULT_SETTINGS, dueAt: 8.7e15 },
      { ...DEFAULT_SETTINGS, opensAt: -1 },
      { ...DEFAULT_SETTINGS, dueAt: Date.UTC(2150, 0, 1) },
      { ...DEFAULT_SETTINGS, opensAt: Date.UTC(2027, 1, 2), dueAt: Date.UTC(2027, 1, 1) },
    ]) {
      const response = await create(ada, { settings });
      expect(response.status, JSON.stringify(settings)).toBe(400);
    }
    const fine = await create(ada, {
      settings: { ...DEFAULT_SETTINGS, opensAt: Date.UTC(2027, 1, 1), dueAt: Date.UTC(2027, 1, 2) },
    });
    expect(fine.status).toBe(201);
  });

  it('refuses titles and names with control or text-direction characters, or nothing to see', async () => {
    const ada = await signedUpInstructor();
    for (const title of ['Week\u00003', '\u202eWeek 3', '\u200b']) {
      expect((await create(ada, { title })).status, title).toBe(400);
    }
    const { joinCode } = await newAssignment(ada);
    for (const name of ['\u2066Sam', 'Sam\u0007', '\u200b\u200b']) {
      const response = await new Browser().send(join_.POST, {
        path: '/api/join',
        body: { code: joinCode, name },
      });
      expect(response.status, name).toBe(400);
    }
    const instructorName = await new Browser().send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: { name: 'Ada\u202e', email: 'bidi@example.edu', password: 'correct horse battery' },
    });
    expect(instructorName.status).toBe(400);
  });

  it('refuses a sort board that names a card twice', async () => {
    const ada = await signedUpInstructor();
    const twice =
      'sort.pajtinka.stoffel-berlin-reports-1868~beibu-unity-2023~stoffel-berlin-reports-1868~zhang-youxia-receives-vulin-beijing-2018';
    const response = await create(ada, { items: { source: 'picked', items: [twice] } });
    expect(response.status).toBe(400);
  });

  it('issues a fresh token instead of adopting one that names no attempt', async () => {
    const ada = await signedUpInstructor();
    const { id, joinCode } = await newAssignment(ada);
    const student = new Browser();
    const cookieName = `attache_p_${id}`;
    student.cookies.set(cookieName, 'chosen-by-the-client');
    const response = await student.send(join_.POST, {
      path: '/api/join',
      body: { code: joinCode, name: 'Sam' },
    });
    expect(response.status).toBe(201);
    const issued = student.cookies.get(cookieName);
    expect(issued).toBeDefined();
    expect(issued).not.toBe('chosen-by-the-client');
  });
});

/**
 * LTI 1.3 through the tool's routes, against a test platform written from the 1EdTech specs, on
 * SQLite and PostgreSQL: dynamic registration, every launch check, deep linking, grades that
 * arrive once (also after the gradebook failed twice) and the course roster.
 */
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as submitRoute from '@/app/api/a/[code]/submit/route';
import * as signIn from '@/app/api/auth/sign-in/route';
import * as signUp from '@/app/api/auth/sign-up/route';
import * as deepLinkRoute from '@/app/api/lti/deep-link/[code]/route';
import * as platformsRoute from '@/app/api/lti/platforms/route';
import * as registrationsRoute from '@/app/api/lti/registrations/route';
import * as continueRoute from '@/app/lti/continue/[code]/route';
import * as jwksRoute from '@/app/lti/jwks/route';
import * as launchRoute from '@/app/lti/launch/route';
import * as loginRoute from '@/app/lti/login/route';
import * as registerRoute from '@/app/lti/register/route';
import { hashToken } from '@/server/auth/tokens';
import { closeDb, getDb } from '@/server/db';
import { SESSION_COOKIE } from '@/server/http/cookies';
import { scoresUrl, sendDueGrades } from '@/server/lti/grades';
import { rotateKey } from '@/server/lti/keys';
import { notStarted } from '@/server/lti/roster';
import { TestPlatform, type Tamper } from '../support/lti-platform';
import { routeEngines } from './support/engines';
import { Browser, ORIGIN, params } from './support/http';

const engines = routeEngines('lti');

async function toolJwks(): Promise<JSONWebKeySet> {
  return (await (await jwksRoute.GET()).json()) as JSONWebKeySet;
}

describe.each(engines)('LTI 1.3 on $name', ({ setUp }) => {
  let tearDown: () => Promise<void>;
  let platform: TestPlatform;
  let teacher: Browser;

  beforeAll(async () => {
    await closeDb();
    tearDown = await setUp();
    platform = await TestPlatform.start();
    platform.toolKeysFrom = toolJwks;
    teacher = new Browser();
    const credentials = {
      email: `ada-${Date.now()}@example.edu`,
      password: 'correct horse battery',
    };
    await teacher.send(signUp.POST, {
      path: '/api/auth/sign-up',
      body: { name: 'Ada', ...credentials },
    });
    const signedIn = await teacher.send(signIn.POST, {
      path: '/api/auth/sign-in',
      body: credentials,
    });
    teacher.csrfToken = ((await signedIn.json()) as { csrfToken: string }).csrfToken;
  });
  afterAll(async () => {
    await platform.stop();
    await closeDb();
    await tearDown();
    delete process.env.DATABASE_URL;
  });

  /** The whole launch as a browser goes through it; the platform's side is done in-process. */
  async function launch(
    browser: Browser,
    userId: string,
    what: { deepLink: true } | { link: string },
    options: {
      tamper?: Tamper;
      framed?: boolean;
      keepToken?: (token: string, state: string) => void;
    } = {},
  ): Promise<Response> {
    const login = new URLSearchParams({
      iss: platform.issuer,
      login_hint: userId,
      target_link_uri: `${ORIGIN}/lti/launch`,
      client_id: platform.clientId,
      lti_deployment_id: platform.deploymentId,
    });
    const started = await browser.send(loginRoute.GET, {
      method: 'GET',
      path: `/lti/login?${login}`,
    });
    expect(started.status, await started.clone().text()).toBe(302);
    const auth = new URL(started.headers.get('location')!);
    expect(auth.origin + auth.pathname).toBe(`${platform.base}/auth`);
    expect(auth.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/lti/launch`);
    const user = platform.users.find((u) => u.id === userId)!;
    const token = await platform.idToken(
      user,
      auth.searchParams.get('nonce')!,
      what,
      options.tamper,
    );
    const state = auth.searchParams.get('state')!;
    options.keepToken?.(token, state);
    return postLaunch(browser, token, state, options.framed);
  }

  function postLaunch(browser: Browser, token: string, state: string, framed = false) {
    return browser.send(launchRoute.POST, {
      path: '/lti/launch',
      rawBody: new URLSearchParams({ id_token: token, state }).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: platform.base,
        'sec-fetch-dest': framed ? 'iframe' : 'document',
      },
    });
  }

  it('registers dynamically from a one-time link, and refuses the link a second time', async () => {
    const made = await teacher.send(registrationsRoute.POST, {
      path: '/api/lti/registrations',
      body: {},
    });
    const { url } = (await made.json()) as { url: string };
    const registerPath = platform.registerUrl(url).replace(ORIGIN, '');
    const registered = await teacher.send(registerRoute.GET, { method: 'GET', path: registerPath });
    expect(registered.status).toBe(200);
    expect(await registered.text()).toContain('org.imsglobal.lti.close');
    expect(platform.tool?.launchUrl).toBe(`${ORIGIN}/lti/launch`);

    const again = await teacher.send(registerRoute.GET, { method: 'GET', path: registerPath });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('has been used or has expired');

    const list = await teacher.send(platformsRoute.GET, {
      method: 'GET',
      path: '/api/lti/platforms',
    });
    const { platforms } = (await list.json()) as {
      platforms: { clientId: string; deploymentIds: string[] }[];
    };
    expect(platforms).toEqual([
      expect.objectContaining({
        clientId: platform.clientId,
        deploymentIds: [platform.deploymentId],
      }),
    ]);
  });

  it('refuses a hand registration with a bad URL, field by field', async () => {
    const response = await teacher.send(platformsRoute.POST, {
      path: '/api/lti/platforms',
      body: { ...platform.registrationValues(), clientId: 'other', jwksUrl: 'javascript:alert(1)' },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('jwksUrl');
  });

  let linkId = '';
  let assignmentCode = '';

  it('lets an LMS instructor deep-link a curated set, signed so the platform accepts it', async () => {
    const lmsTeacher = new Browser();
    const response = await launch(lmsTeacher, 'teacher-1', { deepLink: true });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.pathname).toMatch(/^\/instructor\/lti\/deep-link\/[\w-]+$/);
    const code = location.pathname.split('/').pop()!;
    const db = await getDb();
    const session = await db
      .selectFrom('session')
      .select('csrf_token')
      .where('id', '=', hashToken(lmsTeacher.cookies.get(SESSION_COOKIE)!))
      .executeTakeFirstOrThrow();

    const pick = (csrf: string) =>
      lmsTeacher.send(
        deepLinkRoute.POST,
        {
          path: `/api/lti/deep-link/${code}`,
          rawBody: new URLSearchParams({ csrf, choice: 'set:five-functions' }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        },
        params({ code }),
      );
    expect((await pick('wrong')).status).toBe(403);
    const answer = await pick(session.csrf_token);
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain(`action="${platform.base}/deep-link-return"`);
    expect(answer.headers.get('content-security-policy')).toContain(`form-action ${platform.base}`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(html)![1]!;
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(await toolJwks()), {
      issuer: platform.clientId,
      audience: platform.issuer,
    });
    expect(payload['https://purl.imsglobal.org/spec/lti/claim/message_type']).toBe(
      'LtiDeepLinkingResponse',
    );
    expect(payload['https://purl.imsglobal.org/spec/lti-dl/claim/data']).toBe(
      'opaque-platform-data',
    );
    // The platform takes it: a resource link with a gradebook column.
    const returned = await fetch(`${platform.base}/deep-link-return`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ JWT: jwt }),
    });
    expect(returned.status).toBe(200);
    expect(platform.links).toHaveLength(1);
    linkId = platform.links[0]!.id;
    expect((await pick(session.csrf_token)).status).toBe(410);
  });

  it('takes a learner straight into the attempt, named as the LMS names them, and back again', async () => {
    const ana = new Browser();
    const response = await launch(ana, 'learner-1', { link: linkId });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.pathname).toMatch(/^\/a\/[A-Z0-9]+$/);
    assignmentCode = location.pathname.slice(3);
    const db = await getDb();
    const attempts = await db.selectFrom('attempt').select(['display_name', 'number']).execute();
    expect(attempts).toEqual([{ display_name: 'Ana Learner', number: 1 }]);
    // A second launch resumes the same attempt.
    const again = new Browser();
    expect((await launch(again, 'learner-1', { link: linkId })).status).toBe(303);
    expect(await db.selectFrom('attempt').select('id').execute()).toHaveLength(1);
  });

  it('refuses every spoiled launch with a page that says why, never a 500', async () => {
    const cases: [Tamper, number, string][] = [
      ['signature', 401, 'signature is not valid'],
      ['unknown-kid', 401, 'unknown key id'],
      ['audience', 401, 'meant for another tool'],
      ['expired', 401, 'expired'],
      ['deployment', 403, 'is not registered for this LMS'],
    ];
    for (const [tamper, status, message] of cases) {
      const response = await launch(new Browser(), 'learner-2', { link: linkId }, { tamper });
      expect(response.status, tamper).toBe(status);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text(), tamper).toContain(message);
    }
    // The platform rotates: once its new key is published, launches signed with it pass.
    platform.publishSecondKey();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await launch(new Browser(), 'learner-2', { link: linkId })).status).toBe(303);
  });

  it('uses a state and its nonce once, and needs the cookie of the browser that logged in', async () => {
    let kept: [string, string] = ['', ''];
    const browser = new Browser();
    await launch(browser, 'learner-2', { link: linkId }, { keepToken: (t, s) => (kept = [t, s]) });
    const replay = await postLaunch(browser, ...kept);
    expect(replay.status).toBe(401);
    expect(await replay.text()).toContain('used already');

    // The same token with a fresh login's state: its nonce answers another login.
    const fresh = await browser.send(loginRoute.GET, {
      method: 'GET',
      path: `/lti/login?${new URLSearchParams({ iss: platform.issuer, login_hint: 'learner-2', target_link_uri: `${ORIGIN}/lti/launch`, client_id: platform.clientId })}`,
    });
    const state = new URL(fresh.headers.get('location')!).searchParams.get('state')!;
    const mismatch = await postLaunch(browser, kept[0], state);
    expect(mismatch.status).toBe(401);
    expect(await mismatch.text()).toContain('nonce');

    // No cookie came back (a frame that blocks them): start again in a new window.
    const cookieless = new Browser();
    let token = '';
    let lost = '';
    await launch(
      cookieless,
      'learner-2',
      { link: linkId },
      { keepToken: (t, s) => ((token = t), (lost = s)) },
    ).catch(() => undefined);
    const other = new Browser();
    const page = await postLaunch(other, token, lost);
    // (The first browser used its state already; a second, cookieless post is refused.)
    expect(page.status).toBe(401);
  });

  it('carries a framed launch into a new window with a one-time code', async () => {
    const ben = new Browser();
    const framed = await launch(ben, 'learner-2', { link: linkId }, { framed: true });
    expect(framed.status).toBe(200);
    expect(framed.headers.get('content-security-policy')).toContain(
      `frame-ancestors ${platform.base}`,
    );
    const html = await framed.text();
    expect(html).toContain('Open Attaché in a new window');
    const code = /\/lti\/continue\/([\w-]+)/.exec(html)![1]!;
    const window = new Browser();
    const opened = await window.send(
      continueRoute.GET,
      { method: 'GET', path: `/lti/continue/${code}` },
      params({ code }),
    );
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toContain(`/a/${assignmentCode}`);
    const twice = await new Browser().send(
      continueRoute.GET,
      { method: 'GET', path: `/lti/continue/${code}` },
      params({ code }),
    );
    expect(twice.status).toBe(410);
  });

  it('sends each hand-in to the gradebook once, retrying when it is down', async () => {
    const ana = new Browser();
    await launch(ana, 'learner-1', { link: linkId });
    platform.failNextScores = 2;
    const submitted = await ana.send(
      submitRoute.POST,
      { path: `/api/a/${assignmentCode}/submit`, body: {} },
      params({ code: assignmentCode }),
    );
    expect(submitted.status).toBe(200);
    await expect.poll(() => platform.failedScorePosts, { timeout: 10_000 }).toBe(1);
    const db = await getDb();
    const later = Date.now() + 3600_000;
    expect(await sendDueGrades(db, later)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await sendDueGrades(db, later + 3600_000)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await sendDueGrades(db, later + 7200_000)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(platform.scores).toEqual([
      expect.objectContaining({
        userId: 'learner-1',
        scoreGiven: 0,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      }),
    ]);
    expect(platform.scores[0]!.scoreMaximum).toBeGreaterThan(0);
    const grade = await db.selectFrom('lti_grade').selectAll().executeTakeFirstOrThrow();
    expect(grade).toMatchObject({ status: 'sent', tries: 3 });
  });

  it('lists the course’s learners who have not started, from the roster service', async () => {
    const db = await getDb();
    const link = await db.selectFrom('lti_link').select('assignment_id').executeTakeFirstOrThrow();
    const roster = await notStarted(db, link.assignment_id, Date.now());
    // Ana and Ben launched (Ben through the framed launch); Cleo never did.
    expect(roster).toEqual({ kind: 'members', total: 3, notStarted: ['Cleo Absent'] });
  });

  it('rotates its own key without breaking what platforms cached', async () => {
    const db = await getDb();
    const before = await toolJwks();
    const kid = await rotateKey(db, Date.now());
    const after = await toolJwks();
    expect(after.keys.map((k) => k.kid)).toEqual([kid, ...before.keys.map((k) => k.kid)]);
    expect(after.keys.every((k) => !('d' in k))).toBe(true);
  });

  it('deep-links a draw from the held-back pool, with the number of questions asked', async () => {
    const lmsTeacher = new Browser();
    const response = await launch(lmsTeacher, 'teacher-1', { deepLink: true });
    const code = new URL(response.headers.get('location')!).pathname.split('/').pop()!;
    const db = await getDb();
    const { csrf_token } = await db
      .selectFrom('session')
      .select('csrf_token')
      .where('id', '=', hashToken(lmsTeacher.cookies.get(SESSION_COOKIE)!))
      .executeTakeFirstOrThrow();
    const pick = (fields: Record<string, string>) =>
      lmsTeacher.send(
        deepLinkRoute.POST,
        {
          path: `/api/lti/deep-link/${code}`,
          rawBody: new URLSearchParams({ csrf: csrf_token, ...fields }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        },
        params({ code }),
      );
    expect((await pick({ choice: 'draw:pajtinka', count: '500' })).status).toBe(400);
    expect((await pick({ choice: 'draw:no-such-framework', count: '5' })).status).toBe(400);
    expect((await pick({ choice: 'draw:pajtinka', count: '5' })).status).toBe(200);
    const made = await db
      .selectFrom('assignment')
      .select(['title', 'item_count'])
      .where('title', 'like', '%: 5 questions')
      .executeTakeFirstOrThrow();
    expect(made.item_count).toBe(5);
  });

  it('keeps the state in the LMS’s storage frame when asked, and resumes only from its own page', async () => {
    const browser = new Browser();
    const login = new URLSearchParams({
      iss: platform.issuer,
      login_hint: 'learner-2',
      target_link_uri: `${ORIGIN}/lti/launch`,
      client_id: platform.clientId,
      lti_storage_target: '_parent',
    });
    const page = await browser.send(loginRoute.GET, { method: 'GET', path: `/lti/login?${login}` });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lti.put_data');
    expect(page.headers.get('content-security-policy')).toContain(
      `frame-ancestors ${platform.base}`,
    );
    const next = new URL(/"next":"([^"]+)"/.exec(html)![1]!.replace(/\\u0026/g, '&'));
    const state = next.searchParams.get('state')!;
    const token = await platform.idToken(platform.users[2]!, next.searchParams.get('nonce')!, {
      link: linkId,
    });
    // The frame sent no cookie: the answer reads the state from the LMS's storage.
    const cookieless = new Browser();
    const check = await postLaunch(cookieless, token, state, true);
    const checkHtml = await check.text();
    expect(checkHtml).toContain('lti.get_data');
    const code = /name="resume" value="([^"]+)"/.exec(checkHtml)![1]!;
    const resume = (site: string) =>
      cookieless.send(launchRoute.POST, {
        path: '/lti/launch',
        rawBody: new URLSearchParams({ resume: code }).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'sec-fetch-site': site,
          'sec-fetch-dest': 'iframe',
        },
      });
    // Another site cannot post the code in the learner's browser…
    expect((await resume('cross-site')).status).toBe(403);
    // …the page itself can, once.
    const resumed = await resume('same-origin');
    expect(resumed.status).toBe(200);
    expect(await resumed.text()).toContain('/lti/continue/');
    expect((await resume('same-origin')).status).toBe(401);
  });
});

describe('the scores URL of a line item', () => {
  it('puts /scores before the query, as AGS says', () => {
    expect(scoresUrl('https://lms.example.edu/api/lineitems/7?type_id=2')).toBe(
      'https://lms.example.edu/api/lineitems/7/scores?type_id=2',
    );
    expect(scoresUrl('https://lms.example.edu/lineitems/7/')).toBe(
      'https://lms.example.edu/lineitems/7/scores',
    );
  });
});

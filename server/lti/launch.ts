/**
 * OIDC third-party login and the LTI launch: every check LTI 1.3 asks of a tool, then where the
 * user goes. A framed launch is carried into a new window by a one-time code, so no cookie has
 * to live inside the LMS's frame.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { errors, jwtVerify } from 'jose';
import { z } from 'zod';
import {
  intentOf,
  isTeachingRole,
  launchClaimsSchema,
  LTI,
  AGS,
  NRPS,
  nameOf,
  type LaunchClaims,
  type LaunchProblem,
} from '@/lib/lti/claims';
import { loadAssignment } from '../assignments/load';
import { joinAssignment } from '../attempts/service';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { Db } from '../db/connect';
import { insertInstructor } from '../db/repositories/instructors';
import {
  framersOf,
  platformById,
  platformForLogin,
  platformKeys,
  type Platform,
  type ToolUrls,
} from './platforms';

/** Holds the login's state between the LMS's two requests, to tie the launch to this browser. */
export const LTI_STATE_COOKIE = 'attache_lti_state';
const LOGIN_MINUTES = 10;
const HANDOFF_MINUTES = 5;
/** A deep-linking choice may take a while: the instructor looks through sets. */
const DEEP_LINK_MINUTES = 60;

export const loginParamsSchema = z.object({
  iss: z.url().max(2000),
  login_hint: z.string().min(1).max(2000),
  target_link_uri: z.url().max(2000),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().min(1).max(255).optional(),
  lti_deployment_id: z.string().min(1).max(255).optional(),
  /** The LMS's frame that keeps data for the tool (LTI client-side postMessage storage). */
  lti_storage_target: z
    .string()
    .regex(/^(_parent|[\w-]{1,64})$/)
    .optional(),
});
export type LoginParams = z.infer<typeof loginParamsSchema>;

/** What the tool's page asks the LMS's storage frame to keep: the state, under a key of ours. */
export type StoragePut = { target: string; origin: string; key: string; value: string };

export type LoginResult =
  | { ok: true; redirectTo: string; state: string; storage?: StoragePut }
  | { ok: false; problem: LaunchProblem };

/** Step 1: the LMS asks us to log in; we remember a state and a nonce and send the user to its authoriser. */
export async function startLogin(
  db: Db,
  params: LoginParams,
  urls: ToolUrls,
  now: number,
): Promise<LoginResult> {
  const platform = await platformForLogin(db, params.iss, params.client_id);
  if (platform === 'ambiguous')
    return {
      ok: false,
      problem: {
        status: 400,
        message: 'This LMS has several registrations here and did not say which (client_id).',
      },
    };
  if (!platform)
    return {
      ok: false,
      problem: {
        status: 400,
        message: `The LMS ${params.iss} is not registered with Attaché. An instructor registers it on the “Use it from your LMS” page.`,
      },
    };
  if (new URL(params.target_link_uri).origin !== urls.origin)
    return {
      ok: false,
      problem: { status: 400, message: 'The launch is meant for another tool (target_link_uri).' },
    };
  const state = newToken();
  const nonce = newToken();
  await db.deleteFrom('lti_login').where('expires_at', '<', now).execute();
  await db
    .insertInto('lti_login')
    .values({
      state,
      nonce,
      platform_id: platform.id,
      params: JSON.stringify(params),
      expires_at: now + LOGIN_MINUTES * 60_000,
    })
    .execute();
  const redirect = new URL(platform.authUrl);
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: urls.launch,
    login_hint: params.login_hint,
    state,
    nonce,
    ...(params.lti_message_hint === undefined ? {} : { lti_message_hint: params.lti_message_hint }),
  };
  for (const [key, value] of Object.entries(query)) redirect.searchParams.set(key, value);
  return {
    ok: true,
    redirectTo: redirect.toString(),
    state,
    ...(params.lti_storage_target
      ? {
          storage: {
            target: params.lti_storage_target,
            origin: redirect.origin,
            key: storageKey(state),
            value: state,
          },
        }
      : {}),
  };
}

const storageKey = (state: string) => `attache-state-${state}`;

/** Where a launch takes its user, decided once and carried to a new window if need be. */
export const entrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('learner'),
    assignmentId: z.string(),
    platformId: z.string(),
    sub: z.string(),
  }),
  z.object({
    kind: z.literal('instructor'),
    instructorId: z.string(),
    location: z.string().startsWith('/'),
  }),
]);
export type Entry = z.infer<typeof entrySchema>;

export type LaunchResult =
  | { ok: true; entry: Entry }
  | { ok: false; problem: LaunchProblem }
  /** The browser did not send back the login's cookie (a frame that blocks cookies). */
  | { ok: false; relaunch: string }
  /** …but the LMS keeps data for us: the page checks the state there, then resumes by code. */
  | { ok: false; relaunch: string; storageCheck: StoragePut & { resumeCode: string } };

function problem(status: LaunchProblem['status'], message: string): LaunchResult {
  return { ok: false, problem: { status, message } };
}

/** Step 2: the LMS posts the id_token back. */
export async function completeLaunch(
  db: Db,
  input: { idToken: string; state: string; cookieState: string | undefined; urls: ToolUrls },
  now: number,
): Promise<LaunchResult> {
  const login = await db
    .deleteFrom('lti_login')
    .where('state', '=', input.state)
    .returning(['nonce', 'platform_id', 'params', 'expires_at'])
    .executeTakeFirst();
  if (!login || login.expires_at <= now) return expired();
  if (input.cookieState !== input.state) {
    const params = loginParamsSchema.parse(JSON.parse(login.params));
    const again = new URL(input.urls.login);
    for (const [key, value] of Object.entries(params))
      if (value !== undefined) again.searchParams.set(key, value);
    if (!params.lti_storage_target) return { ok: false, relaunch: again.toString() };
    const platform = await platformById(db, login.platform_id);
    if (!platform) return problem(403, 'This LMS is no longer registered with Attaché.');
    const resumeCode = await newHandoff(
      db,
      {
        kind: 'storage-check',
        idToken: input.idToken,
        nonce: login.nonce,
        platformId: login.platform_id,
      },
      now,
      2,
    );
    return {
      ok: false,
      relaunch: again.toString(),
      storageCheck: {
        target: params.lti_storage_target,
        origin: new URL(platform.authUrl).origin,
        key: storageKey(input.state),
        value: input.state,
        resumeCode,
      },
    };
  }
  return verifyLaunch(db, { ...login, idToken: input.idToken }, now);
}

/**
 * After the page found the state in the LMS's storage. Its form is the only same-origin way to
 * send the code (the route checks Sec-Fetch-Site), so another site cannot replay it in a
 * victim's browser.
 */
export async function resumeLaunch(
  db: Db,
  code: string,
  now: number,
): Promise<{ result: LaunchResult; frameAncestors: string[] }> {
  const handoff = await readHandoff(db, code, now, true);
  if (handoff?.kind !== 'storage-check') return { result: expired(), frameAncestors: [] };
  const platform = await platformById(db, handoff.platformId);
  return {
    result: await verifyLaunch(
      db,
      { platform_id: handoff.platformId, nonce: handoff.nonce, idToken: handoff.idToken },
      now,
    ),
    frameAncestors: platform ? framersOf(platform) : [],
  };
}

function expired(): LaunchResult {
  return problem(
    401,
    'This launch has expired or was used already. Open the activity again from your LMS.',
  );
}

async function verifyLaunch(
  db: Db,
  login: { platform_id: string; nonce: string; idToken: string },
  now: number,
): Promise<LaunchResult> {
  const platform = await platformById(db, login.platform_id);
  if (!platform) return problem(403, 'This LMS is no longer registered with Attaché.');

  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(login.idToken, platformKeys(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256'],
      maxTokenAge: '10 minutes',
      clockTolerance: 60,
      requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
    }));
  } catch (error) {
    return problem(401, verificationMessage(error));
  }
  const claims = launchClaimsSchema.safeParse(payload);
  if (!claims.success)
    return problem(
      400,
      `The launch is missing what LTI 1.3 requires: ${claims.error.issues[0]?.path.join('.') ?? 'claims'}.`,
    );
  const intent = intentOf(claims.data, platform, login.nonce);
  if (intent.kind === 'problem') return { ok: false, problem: intent.problem };

  const teaching = isTeachingRole(claims.data[`${LTI}roles`]);
  if (intent.kind === 'deep-link') {
    if (!teaching) return problem(403, 'Only teaching staff can add Attaché activities.');
    const instructorId = await accountFor(db, platform, claims.data, now);
    const code = await newHandoff(
      db,
      {
        kind: 'deep-link',
        instructorId,
        platformId: platform.id,
        deploymentId: claims.data[`${LTI}deployment_id`],
        returnUrl: intent.returnUrl,
        ...(intent.data === undefined ? {} : { data: intent.data }),
      },
      now,
      DEEP_LINK_MINUTES,
    );
    return {
      ok: true,
      entry: { kind: 'instructor', instructorId, location: `/instructor/lti/deep-link/${code}` },
    };
  }

  const link = await db
    .selectFrom('lti_link')
    .selectAll()
    .where('id', '=', intent.linkId)
    .where('platform_id', '=', platform.id)
    .executeTakeFirst();
  if (!link)
    return problem(
      404,
      'This activity is not known to Attaché. Add it again from the LMS with “Select content”.',
    );
  await noteServices(db, link.id, claims.data);

  if (teaching) {
    const instructorId = await accountFor(db, platform, claims.data, now);
    const assignment = await loadAssignment(db, { id: link.assignment_id });
    if (!assignment) return problem(404, 'The assignment behind this activity has been deleted.');
    if (assignment.instructorId !== instructorId)
      return problem(
        403,
        'This activity belongs to the Attaché account of the instructor who added it. Ask them to share the results, or add your own activity with “Select content”.',
      );
    return {
      ok: true,
      entry: {
        kind: 'instructor',
        instructorId,
        location: `/instructor/assignments/${assignment.id}`,
      },
    };
  }

  const assignment = await loadAssignment(db, { id: link.assignment_id });
  if (!assignment) return problem(404, 'The assignment behind this activity has been deleted.');
  const token = learnerToken(assignment.secret, platform.id, claims.data.sub);
  const name = nameOf(claims.data);
  const participantHash = hashToken(token);
  await db
    .insertInto('lti_learner')
    .values({
      link_id: link.id,
      sub: claims.data.sub,
      participant_hash: participantHash,
      display_name: name,
    })
    .onConflict((oc) => oc.columns(['link_id', 'sub']).doUpdateSet({ display_name: name }))
    .execute();
  const joined = await joinAssignment(db, assignment, token, name, now, token);
  if (!joined.ok) {
    const hasAttempt = await db
      .selectFrom('attempt')
      .select('id')
      .where('assignment_id', '=', assignment.id)
      .where('participant_hash', '=', participantHash)
      .executeTakeFirst();
    // A student who already took it may still come back to their results.
    if (!hasAttempt) return problem(403, JOIN_REFUSALS[joined.reason]);
  }
  return {
    ok: true,
    entry: {
      kind: 'learner',
      assignmentId: assignment.id,
      platformId: platform.id,
      sub: claims.data.sub,
    },
  };
}

const JOIN_REFUSALS = {
  'not-open-yet': 'This assignment is not open yet.',
  'past-due': 'This assignment is past its due date.',
  closed: 'This assignment is closed.',
  'no-attempts-left': 'You have used every attempt this assignment allows.',
} as const;

function verificationMessage(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return 'The launch token has expired. Open the activity again from your LMS.';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'The launch was signed with a key the LMS does not publish (unknown key id).';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'The launch’s signature is not valid.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return error.claim === 'aud'
      ? 'The launch was meant for another tool (its audience is not our client id).'
      : `The launch’s “${error.claim}” claim is not valid: ${error.reason}.`;
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'The launch is signed with an algorithm Attaché does not accept.';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError)
    return 'The launch token could not be checked against the LMS’s keys.';
  return 'The launch token could not be read.';
}

/**
 * The same learner always gets the same participant token for an assignment: derived from the
 * assignment's secret, so it needs no storing and cannot be guessed from the LMS user id.
 */
export function learnerToken(secret: string, platformId: string, sub: string): string {
  return createHmac('sha256', secret)
    .update(`lti-learner\0${platformId}\0${sub}`)
    .digest('base64url');
}

/** The Attaché account of an LMS instructor, made on their first launch; never matched by e-mail. */
async function accountFor(
  db: Db,
  platform: Platform,
  claims: LaunchClaims,
  now: number,
): Promise<string> {
  const find = () =>
    db
      .selectFrom('lti_account')
      .select('instructor_id')
      .where('platform_id', '=', platform.id)
      .where('sub', '=', claims.sub)
      .executeTakeFirst();
  const existing = await find();
  if (existing) return existing.instructor_id;
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await insertInstructor(trx, {
        id,
        // Not an address anyone can sign in with: the account is reached through the LMS only.
        email: `${hashToken(`${platform.id}\0${claims.sub}`).slice(0, 32)}@lti.invalid`,
        display_name: nameOf(claims),
        password_hash: '!',
        created_at: now,
      });
      await trx
        .insertInto('lti_account')
        .values({ platform_id: platform.id, sub: claims.sub, instructor_id: id })
        .execute();
    });
    return id;
  } catch (error) {
    // Two first launches at once: the other one made the account.
    const made = await find();
    if (made) return made.instructor_id;
    throw error;
  }
}

/** The gradebook column and roster URLs come with launches; keep the latest. */
async function noteServices(db: Db, linkId: string, claims: LaunchClaims): Promise<void> {
  const endpoint = claims[`${AGS}claim/endpoint`];
  const roster = claims[`${NRPS}claim/namesroleservice`];
  const context = claims[`${LTI}context`];
  const changes = {
    ...(endpoint?.lineitem ? { lineitem_url: endpoint.lineitem } : {}),
    ...(roster ? { memberships_url: roster.context_memberships_url } : {}),
    ...(context?.title ? { context_title: context.title } : {}),
  };
  if (Object.keys(changes).length > 0)
    await db.updateTable('lti_link').set(changes).where('id', '=', linkId).execute();
}

// ---- one-time codes ------------------------------------------------------------------------

export const handoffSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), entry: entrySchema }),
  z.object({
    kind: z.literal('storage-check'),
    idToken: z.string(),
    nonce: z.string(),
    platformId: z.string(),
  }),
  z.object({
    kind: z.literal('deep-link'),
    instructorId: z.string(),
    platformId: z.string(),
    deploymentId: z.string(),
    returnUrl: z.string(),
    data: z.string().optional(),
  }),
]);
export type Handoff = z.infer<typeof handoffSchema>;

export async function newHandoff(
  db: Db,
  handoff: Handoff,
  now: number,
  minutes = HANDOFF_MINUTES,
): Promise<string> {
  const code = randomBytes(24).toString('base64url');
  await db.deleteFrom('lti_handoff').where('expires_at', '<', now).execute();
  await db
    .insertInto('lti_handoff')
    .values({
      code_hash: hashToken(code),
      payload: JSON.stringify(handoff),
      expires_at: now + minutes * 60_000,
    })
    .execute();
  return code;
}

/** Reads a code; `consume` deletes it so it works once. */
export async function readHandoff(
  db: Db,
  code: string,
  now: number,
  consume: boolean,
): Promise<Handoff | undefined> {
  if (code.length > 100) return undefined;
  const row = consume
    ? await db
        .deleteFrom('lti_handoff')
        .where('code_hash', '=', hashToken(code))
        .returning(['payload', 'expires_at'])
        .executeTakeFirst()
    : await db
        .selectFrom('lti_handoff')
        .select(['payload', 'expires_at'])
        .where('code_hash', '=', hashToken(code))
        .executeTakeFirst();
  if (!row || row.expires_at <= now) return undefined;
  const parsed = handoffSchema.safeParse(JSON.parse(row.payload));
  return parsed.success ? parsed.data : undefined;
}

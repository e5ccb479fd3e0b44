/**
 * Grades owed to LMS gradebooks (LTI Assignment and Grade Services). What is owed is worked out
 * from the attempts (so nothing is lost if a process stops), kept in lti_grade, and sent with an
 * OAuth 2 token got by a signed JWT assertion; a failure waits longer each time and shows on the
 * results page.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { feedbackReleased } from '@/lib/assignments/status';
import { MAX_GRADE_TRIES, retryDelayMs, SCOPES, scoreBody } from '@/lib/lti/claims';
import { loadAssignment } from '../assignments/load';
import type { Db } from '../db/connect';
import { readEnv } from '../env';
import { signingKey } from './keys';
import { platformById, type Platform } from './platforms';

type Fetch = typeof fetch;

/** The LMS learners of an assignment's links. */
function learnersOf(db: Db, assignmentId: string) {
  return db
    .selectFrom('lti_learner')
    .innerJoin('lti_link', 'lti_link.id', 'lti_learner.link_id')
    .where('lti_link.assignment_id', '=', assignmentId);
}

/** The same, with each of their attempts at it. */
export function learnerAttempts(db: Db, assignmentId: string) {
  return learnersOf(db, assignmentId).innerJoin('attempt', (join) =>
    join
      .onRef('attempt.participant_hash', '=', 'lti_learner.participant_hash')
      .onRef('attempt.assignment_id', '=', 'lti_link.assignment_id'),
  );
}

/** Brings lti_grade up to date for one assignment: a learner's best submitted score, once it may be shown. */
export async function syncGrades(db: Db, assignmentId: string, now: number): Promise<number> {
  const assignment = await loadAssignment(db, { id: assignmentId });
  if (!assignment || !feedbackReleased(assignment, now)) return 0;
  const rows = await learnerAttempts(db, assignmentId)
    .leftJoin('lti_grade', (join) =>
      join
        .onRef('lti_grade.link_id', '=', 'lti_learner.link_id')
        .onRef('lti_grade.sub', '=', 'lti_learner.sub'),
    )
    .select([
      'lti_learner.link_id',
      'lti_learner.sub',
      'attempt.earned',
      'attempt.max',
      'lti_grade.score_given',
      'lti_grade.score_maximum',
    ])
    .where('lti_link.lineitem_url', 'is not', null)
    .where('attempt.submitted_at', 'is not', null)
    .execute();
  const best = new Map<
    string,
    { linkId: string; sub: string; given: number; max: number; known?: [number, number] }
  >();
  for (const row of rows) {
    const key = `${row.link_id}\0${row.sub}`;
    const given = Math.max(0, row.earned ?? 0);
    const seen = best.get(key);
    if (!seen || given / (row.max || 1) > seen.given / (seen.max || 1)) {
      best.set(key, {
        linkId: row.link_id,
        sub: row.sub,
        given,
        max: row.max,
        ...(row.score_given === null || row.score_maximum === null
          ? {}
          : { known: [row.score_given, row.score_maximum] as [number, number] }),
      });
    }
  }
  let changed = 0;
  for (const grade of best.values()) {
    if (grade.known && grade.known[0] === grade.given && grade.known[1] === grade.max) continue;
    const values = {
      score_given: grade.given,
      score_maximum: grade.max,
      status: 'pending',
      tries: 0,
      next_try_at: now,
      last_error: null,
      updated_at: now,
    };
    await db
      .insertInto('lti_grade')
      .values({ link_id: grade.linkId, sub: grade.sub, sent_at: null, ...values })
      .onConflict((oc) => oc.columns(['link_id', 'sub']).doUpdateSet(values))
      .execute();
    changed++;
  }
  return changed;
}

/** Syncs every assignment that has LMS links (cheap: a course has a handful). */
export async function syncAllGrades(db: Db, now: number): Promise<void> {
  const assignments = await db.selectFrom('lti_link').select('assignment_id').distinct().execute();
  for (const { assignment_id } of assignments) await syncGrades(db, assignment_id, now);
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().optional(),
});
const tokens = new Map<string, { token: string; expiresAt: number }>();

/** An AGS access token (RFC 7523 client assertion signed with the tool's key), cached until near expiry. */
export async function accessToken(
  db: Db,
  platform: Platform,
  now: number,
  fetchImpl: Fetch,
): Promise<string> {
  const cached = tokens.get(platform.id);
  if (cached && cached.expiresAt > now + 30_000) return cached.token;
  const { kid, key } = await signingKey(db, now);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 300)
    .setJti(randomBytes(16).toString('base64url'))
    .sign(key);
  const response = await fetchImpl(platform.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: [SCOPES.score, SCOPES.memberships].join(' '),
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const parsed = tokenResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!response.ok || !parsed.success)
    throw new SendError(`token endpoint answered HTTP ${response.status}`, response.status);
  tokens.set(platform.id, {
    token: parsed.data.access_token,
    expiresAt: now + (parsed.data.expires_in ?? 3600) * 1000,
  });
  return parsed.data.access_token;
}

class SendError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The scores URL of a line item: "/scores" before its query, as AGS says. */
export function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.toString();
}

export type SendReport = { sent: number; retrying: number; failed: number };

/** Sends every grade that is due; each is claimed first, so two processes never send one twice. */
export async function sendDueGrades(
  db: Db,
  now: number,
  fetchImpl: Fetch = fetch,
): Promise<SendReport> {
  const baseMs = readEnv().LTI_RETRY_SECONDS * 1000;
  const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
  const due = await db
    .selectFrom('lti_grade')
    .innerJoin('lti_link', 'lti_link.id', 'lti_grade.link_id')
    .select([
      'lti_grade.link_id',
      'lti_grade.sub',
      'lti_grade.score_given',
      'lti_grade.score_maximum',
      'lti_grade.tries',
      'lti_grade.next_try_at',
      'lti_grade.updated_at',
      'lti_link.platform_id',
      'lti_link.lineitem_url',
    ])
    .where('lti_grade.status', '=', 'pending')
    .where('lti_grade.next_try_at', '<=', now)
    .orderBy('lti_grade.next_try_at')
    .limit(50)
    .execute();
  for (const grade of due) {
    // The claim: push the next try a minute on; only the process whose update matched sends.
    const claimed = await db
      .updateTable('lti_grade')
      .set({ next_try_at: now + 60_000 })
      .where('link_id', '=', grade.link_id)
      .where('sub', '=', grade.sub)
      .where('status', '=', 'pending')
      .where('next_try_at', '=', grade.next_try_at)
      .where('updated_at', '=', grade.updated_at)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) continue;
    const tries = grade.tries + 1;
    let outcome: { ok: true } | { ok: false; error: string; final: boolean };
    try {
      const platform = await platformById(db, grade.platform_id);
      if (!platform || !grade.lineitem_url)
        throw new SendError('the LMS or its gradebook column is gone', 404);
      const token = await accessToken(db, platform, now, fetchImpl);
      const response = await fetchImpl(scoresUrl(grade.lineitem_url), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/vnd.ims.lis.v1.score+json',
        },
        body: JSON.stringify(
          scoreBody({
            userId: grade.sub,
            scoreGiven: grade.score_given,
            scoreMaximum: grade.score_maximum,
            timestamp: grade.updated_at,
          }),
        ),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 401) tokens.delete(platform.id);
      if (!response.ok)
        throw new SendError(`the gradebook answered HTTP ${response.status}`, response.status);
      outcome = { ok: true };
    } catch (error) {
      const status = error instanceof SendError ? error.status : undefined;
      // A refusal that will not change by waiting (bad request, not found) fails at once.
      const final = status !== undefined && [400, 403, 404, 422].includes(status);
      const message = error instanceof Error ? error.message : 'the LMS could not be reached';
      outcome = {
        ok: false,
        error: message.slice(0, 300),
        final: final || tries >= MAX_GRADE_TRIES,
      };
    }
    // Written only if the score was not changed meanwhile (a newer one is then pending anew).
    const unchanged = (q: ReturnType<typeof db.updateTable<'lti_grade'>>) =>
      q
        .where('link_id', '=', grade.link_id)
        .where('sub', '=', grade.sub)
        .where('updated_at', '=', grade.updated_at);
    if (outcome.ok) {
      await unchanged(
        db.updateTable('lti_grade').set({ status: 'sent', tries, sent_at: now, last_error: null }),
      ).execute();
      report.sent++;
    } else {
      await unchanged(
        db.updateTable('lti_grade').set({
          status: outcome.final ? 'failed' : 'pending',
          tries,
          last_error: outcome.error,
          next_try_at: now + retryDelayMs(tries, baseMs),
        }),
      ).execute();
      if (outcome.final) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

/** An instructor sends a failed grade again (after fixing the LMS side). */
export async function retryFailedGrades(
  db: Db,
  assignmentId: string,
  now: number,
): Promise<number> {
  const links = db.selectFrom('lti_link').select('id').where('assignment_id', '=', assignmentId);
  const result = await db
    .updateTable('lti_grade')
    .set({ status: 'pending', tries: 0, next_try_at: now })
    .where('status', '=', 'failed')
    .where('link_id', 'in', links)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export type GradeStatus = {
  displayName: string;
  participantHash: string;
  status: 'pending' | 'sent' | 'failed' | 'not yet';
  scoreGiven: number | null;
  scoreMaximum: number | null;
  tries: number;
  lastError: string | null;
  sentAt: number | null;
};

/** What the results page shows per LMS learner. */
export async function gradeStatuses(db: Db, assignmentId: string): Promise<GradeStatus[]> {
  const rows = await learnersOf(db, assignmentId)
    .leftJoin('lti_grade', (join) =>
      join
        .onRef('lti_grade.link_id', '=', 'lti_learner.link_id')
        .onRef('lti_grade.sub', '=', 'lti_learner.sub'),
    )
    .select([
      'lti_learner.display_name',
      'lti_learner.participant_hash',
      'lti_grade.status',
      'lti_grade.score_given',
      'lti_grade.score_maximum',
      'lti_grade.tries',
      'lti_grade.last_error',
      'lti_grade.sent_at',
    ])
    .orderBy('lti_learner.display_name')
    .execute();
  return rows.map((row) => ({
    displayName: row.display_name,
    participantHash: row.participant_hash,
    status:
      row.status === 'pending' || row.status === 'sent' || row.status === 'failed'
        ? row.status
        : 'not yet',
    scoreGiven: row.score_given,
    scoreMaximum: row.score_maximum,
    tries: row.tries ?? 0,
    lastError: row.last_error,
    sentAt: row.sent_at,
  }));
}

let timer: NodeJS.Timeout | undefined;

/** Started with the server: works out and sends what is owed, every few seconds. */
export function startGradeSender(getDb: () => Promise<Db>): void {
  if (timer) return;
  const every = Math.min(15_000, readEnv().LTI_RETRY_SECONDS * 1000);
  let running = false;
  timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDb();
      const now = Date.now();
      await syncAllGrades(db, now);
      await sendDueGrades(db, now);
    } catch (error) {
      console.error('LTI grade sender:', error);
    } finally {
      running = false;
    }
  }, every);
  timer.unref();
}

/** Right after a hand-in or a close: sync and send now rather than at the next tick. */
export async function gradesChanged(db: Db, assignmentId: string): Promise<void> {
  try {
    const now = Date.now();
    if ((await syncGrades(db, assignmentId, now)) > 0) await sendDueGrades(db, now);
  } catch (error) {
    console.error('LTI grades:', error);
  }
}

/** Whether an LMS activity opens this assignment (then the results page shows the gradebook). */
export async function hasLmsLinks(db: Db, assignmentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('lti_link')
    .select('id')
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
  return row !== undefined;
}

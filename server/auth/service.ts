/** Instructor accounts: sign-up, sign-in with rate limiting, sessions. */
import { z } from 'zod';
import type { Db } from '../db/connect';
import { findInstructorByEmail, insertInstructor } from '../db/repositories/instructors';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  insertSession,
} from '../db/repositories/sessions';
import { nameProblem } from '@/lib/text/rules';
import { reserve, type Reservation, type ThrottlePolicy } from '@/lib/throttle';
import {
  clearThrottle,
  deleteThrottlesIdleSince,
  updateThrottle,
} from '../db/repositories/throttles';
import { hashPassword, verifyPassword } from './password';
import { hashToken, newId, newToken } from './tokens';

export const SESSION_DAYS = 30;
export const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;
const WINDOW_MS = 15 * 60 * 1000;
/**
 * Sign-in attempts per account and client: five at once, then 1, 2, 4 … 30 s apart. A correct
 * password is accepted after its wait, so an attacker elsewhere cannot lock the owner out.
 */
export const SIGN_IN_POLICY: ThrottlePolicy = {
  free: 5,
  baseMs: 1000,
  capMs: 30_000,
  horizonMs: 30_000,
  windowMs: WINDOW_MS,
};
/** Per client (behind a trusted proxy): enough for a class sharing one address, not for a sweep. */
export const SIGN_IN_CLIENT_POLICY: ThrottlePolicy = { ...SIGN_IN_POLICY, free: 20 };
/** New accounts per client (or, without a trusted proxy, for the whole server). */
export const SIGN_UP_POLICY: ThrottlePolicy = { ...SIGN_IN_POLICY, free: 5 };

/** Waits, and the clock, are parameters so tests can run throttling without waiting. */
export type Timing = { sleep: (ms: number) => Promise<void>; policy?: Partial<ThrottlePolicy> };
const realTiming: Timing = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

type Throttled = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Books one attempt on every bucket and waits for the latest slot; refused past the horizon. */
async function takeTurn(
  db: Db,
  buckets: readonly { key: string; policy: ThrottlePolicy }[],
  now: number,
  timing: Timing,
): Promise<Throttled> {
  let slot = now;
  for (const { key, policy } of buckets) {
    const effective = { ...policy, ...timing.policy };
    const reservation = await updateThrottle<Reservation>(db, key, (current) => {
      const booked = reserve(
        current && {
          attempts: current.attempts,
          nextAt: current.next_at,
          windowStart: current.window_start,
        },
        now,
        effective,
      );
      return booked.ok
        ? {
            next: {
              key,
              attempts: booked.next.attempts,
              next_at: booked.next.nextAt,
              window_start: booked.next.windowStart,
            },
            result: booked,
          }
        : { next: current, result: booked };
    });
    if (!reservation.ok) {
      return { ok: false, retryAfterSeconds: Math.ceil(reservation.retryAfterMs / 1000) };
    }
    slot = Math.max(slot, reservation.slot);
  }
  if (slot > now) await timing.sleep(slot - now);
  return { ok: true };
}

const email = z
  .email('an e-mail address such as ada@example.edu')
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const signUpSchema = z.strictObject({
  /** Shown to students on the assignments, e.g. "Dr Ada Lovelace". */
  name: z
    .string()
    .trim()
    .min(1, 'your name')
    .max(80)
    .superRefine((name, ctx) => {
      if (name === '') return; // min(1) has said it
      const problem = nameProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  email,
  /** At least 10 characters (NIST SP 800-63B asks for 8; we ask a little more). */
  password: z.string().min(10, 'a password of at least 10 characters').max(256),
});

export const signInSchema = z.strictObject({
  email,
  password: z.string().min(1, 'your password').max(256),
});

export type Instructor = { id: string; email: string; name: string };
export type SignedIn = { instructor: Instructor; sessionToken: string; csrfToken: string };

/**
 * The same answer whether or not the address already had an account, so that sign-up does not
 * tell anyone which addresses are registered; the caller signs in next.
 */
export type SignUpResult =
  { ok: true } | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/** Addresses are compared lower-cased, whoever calls (the route's schema does it too). */
const normalised = <T extends { email: string }>(input: T): T => ({
  ...input,
  email: input.email.trim().toLowerCase(),
});

export async function signUp(
  db: Db,
  raw: z.infer<typeof signUpSchema>,
  clientIp: string | undefined,
  now: number,
  timing: Timing = realTiming,
): Promise<SignUpResult> {
  const input = normalised(raw);
  const turn = await takeTurn(
    db,
    [{ key: `sign-up:${clientIp ?? 'direct'}`, policy: SIGN_UP_POLICY }],
    now,
    timing,
  );
  if (!turn.ok)
    return { ok: false, reason: 'rate-limited', retryAfterSeconds: turn.retryAfterSeconds };
  // Hashed whether or not the address is taken: the time taken tells nothing either.
  const passwordHash = await hashPassword(input.password);
  if (await findInstructorByEmail(db, input.email)) return { ok: true };
  try {
    await insertInstructor(db, {
      id: newId(),
      email: input.email,
      display_name: input.name,
      password_hash: passwordHash,
      created_at: now,
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (!(await findInstructorByEmail(db, input.email))) throw error;
  }
  return { ok: true };
}

export type SignInResult =
  | { ok: true; signedIn: SignedIn }
  | { ok: false; reason: 'wrong-credentials' }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

export async function signIn(
  db: Db,
  raw: z.infer<typeof signInSchema>,
  clientIp: string | undefined,
  now: number,
  timing: Timing = realTiming,
): Promise<SignInResult> {
  const input = normalised(raw);
  const accountKey = `sign-in:${input.email}|${clientIp ?? 'direct'}`;
  const turn = await takeTurn(
    db,
    [
      { key: accountKey, policy: SIGN_IN_POLICY },
      ...(clientIp === undefined
        ? []
        : [{ key: `sign-in-client:${clientIp}`, policy: SIGN_IN_CLIENT_POLICY }]),
    ],
    now,
    timing,
  );
  if (!turn.ok)
    return { ok: false, reason: 'rate-limited', retryAfterSeconds: turn.retryAfterSeconds };
  const row = await findInstructorByEmail(db, input.email);
  // Verify against a real hash even for an unknown address, so timing does not reveal accounts.
  const valid = await verifyPassword(
    row?.password_hash ?? (await unknownUserHash()),
    input.password,
  );
  if (!row || !valid) {
    await deleteThrottlesIdleSince(db, now - WINDOW_MS);
    return { ok: false, reason: 'wrong-credentials' };
  }
  await clearThrottle(db, accountKey);
  return {
    ok: true,
    signedIn: await startSession(db, { id: row.id, email: row.email, name: row.display_name }, now),
  };
}

let dummyHash: Promise<string> | undefined;
function unknownUserHash(): Promise<string> {
  dummyHash ??= hashPassword(newToken());
  return dummyHash;
}

/** A new session for an instructor who has proved who they are (a password, or an LMS launch). */
export async function startSession(db: Db, instructor: Instructor, now: number): Promise<SignedIn> {
  const sessionToken = newToken();
  const csrfToken = newToken();
  await deleteExpiredSessions(db, now);
  await insertSession(db, {
    id: hashToken(sessionToken),
    instructorId: instructor.id,
    csrfToken,
    createdAt: now,
    expiresAt: now + SESSION_MS,
  });
  return { instructor, sessionToken, csrfToken };
}

export type CurrentSession = { instructor: Instructor; csrfToken: string; sessionId: string };

export async function sessionOf(
  db: Db,
  sessionToken: string | undefined,
  now: number,
): Promise<CurrentSession | undefined> {
  if (!sessionToken || sessionToken.length > 100) return undefined;
  const found = await findLiveSession(db, hashToken(sessionToken), now);
  if (!found) return undefined;
  return {
    instructor: {
      id: found.instructor.id,
      email: found.instructor.email,
      name: found.instructor.display_name,
    },
    csrfToken: found.session.csrfToken,
    sessionId: found.session.id,
  };
}

export async function signOut(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

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
import {
  clearSignInFailures,
  countSignInFailures,
  deleteSignInFailuresBefore,
  recordSignInFailure,
} from '../db/repositories/sign-in-failures';
import { hashPassword, verifyPassword } from './password';
import { hashToken, newId, newToken } from './tokens';

export const SESSION_DAYS = 30;
export const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;
/** Failed sign-ins allowed per window, per address and per network address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60 * 1000, perEmail: 5, perIp: 20 } as const;

const email = z
  .email('an e-mail address such as ada@example.edu')
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const signUpSchema = z.strictObject({
  /** Shown to students on the assignments, e.g. "Dr Ada Lovelace". */
  name: z.string().trim().min(1, 'your name').max(80),
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

export type SignUpResult = { ok: true; signedIn: SignedIn } | { ok: false; reason: 'email-taken' };

/** Addresses are compared lower-cased, whoever calls (the route's schema does it too). */
const normalised = <T extends { email: string }>(input: T): T => ({
  ...input,
  email: input.email.trim().toLowerCase(),
});

export async function signUp(
  db: Db,
  raw: z.infer<typeof signUpSchema>,
  now: number,
): Promise<SignUpResult> {
  const input = normalised(raw);
  if (await findInstructorByEmail(db, input.email)) return { ok: false, reason: 'email-taken' };
  const instructor = { id: newId(), email: input.email, name: input.name };
  try {
    await insertInstructor(db, {
      id: instructor.id,
      email: instructor.email,
      display_name: instructor.name,
      password_hash: await hashPassword(input.password),
      created_at: now,
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (await findInstructorByEmail(db, input.email)) return { ok: false, reason: 'email-taken' };
    throw error;
  }
  return { ok: true, signedIn: await startSession(db, instructor, now) };
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
): Promise<SignInResult> {
  const input = normalised(raw);
  const since = now - SIGN_IN_LIMITS.windowMs;
  const emailSubject = `email:${input.email}`;
  const ipSubject = clientIp === undefined ? undefined : `ip:${clientIp}`;
  const [byEmail, byIp] = await Promise.all([
    countSignInFailures(db, emailSubject, since),
    ipSubject === undefined ? 0 : countSignInFailures(db, ipSubject, since),
  ]);
  if (byEmail >= SIGN_IN_LIMITS.perEmail || byIp >= SIGN_IN_LIMITS.perIp) {
    return {
      ok: false,
      reason: 'rate-limited',
      retryAfterSeconds: Math.ceil(SIGN_IN_LIMITS.windowMs / 1000),
    };
  }
  const row = await findInstructorByEmail(db, input.email);
  // Verify against a real hash even for an unknown address, so timing does not reveal accounts.
  const valid = await verifyPassword(
    row?.password_hash ?? (await unknownUserHash()),
    input.password,
  );
  if (!row || !valid) {
    await recordSignInFailure(db, {
      id: newId(),
      subjects: ipSubject === undefined ? [emailSubject] : [emailSubject, ipSubject],
      at: now,
    });
    await deleteSignInFailuresBefore(db, since);
    return { ok: false, reason: 'wrong-credentials' };
  }
  await clearSignInFailures(db, emailSubject);
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

async function startSession(db: Db, instructor: Instructor, now: number): Promise<SignedIn> {
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

/**
 * The class API as a script drives it (the benches): an instructor signs up and makes an
 * assignment, a student joins. Cookies come back as "name=value" pairs for a Cookie header.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  type AssignmentSettings,
  type ItemSource,
} from '../lib/assignments/settings';

export type InstructorSession = { cookie: string; csrfToken: string };

/** "name=value" of the first Set-Cookie whose name starts with `prefix`. */
export function cookiePair(response: Response, prefix: string): string | undefined {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .find((pair) => pair.startsWith(prefix));
}

async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs up (answered alike whether or not the address is new), then signs in. */
export async function signUpInstructor(base: string, name: string): Promise<InstructorSession> {
  const credentials = {
    email: `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.edu`,
    password: 'a bench password',
  };
  const created = await postJson(`${base}/api/auth/sign-up`, { name, ...credentials });
  if (created.status !== 202) {
    throw new Error(`sign-up: ${created.status} ${await created.text()}`);
  }
  const response = await postJson(`${base}/api/auth/sign-in`, credentials);
  const cookie = cookiePair(response, 'attache_session=');
  if (response.status !== 200 || !cookie) {
    throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  }
  const signedIn = signedInSchema.parse(await response.json());
  return { cookie, csrfToken: signedIn.csrfToken };
}

const signedInSchema = z.looseObject({ csrfToken: z.string() });
const createdSchema = z.looseObject({ id: z.string(), joinCode: z.string() });

/** The items an attempt page shows: their opaque ids, options and scenario titles. */
const attemptSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      options: z.optional(z.array(z.looseObject({ id: z.string() }))),
      scenario: z.optional(z.looseObject({ title: z.string() })),
    }),
  ),
});
export type AttemptPage = z.infer<typeof attemptSchema>;

/** A student's attempt as their page gets it (opaque ids). */
export async function attemptPage(
  base: string,
  code: string,
  studentCookie: string,
): Promise<AttemptPage> {
  const response = await fetch(`${base}/api/a/${code}/attempt`, {
    headers: { cookie: studentCookie },
  });
  if (response.status !== 200) {
    throw new Error(`attempt: ${response.status} ${await response.text()}`);
  }
  return attemptSchema.parse(await response.json());
}

export async function createAssignment(
  base: string,
  instructor: InstructorSession,
  assignment: { title: string; items: ItemSource; settings?: Partial<AssignmentSettings> },
): Promise<{ id: string; joinCode: string }> {
  const response = await postJson(
    `${base}/api/assignments`,
    { ...assignment, settings: { ...DEFAULT_SETTINGS, ...assignment.settings } },
    { cookie: instructor.cookie, 'x-csrf-token': instructor.csrfToken },
  );
  if (response.status !== 201) {
    throw new Error(`create assignment: ${response.status} ${await response.text()}`);
  }
  return createdSchema.parse(await response.json());
}

/** Saves one of the instructor's own items (a scenario in the bank's schema); its row id. */
export async function createOwnItem(
  base: string,
  instructor: InstructorSession,
  scenario: Record<string, unknown>,
  status: 'draft' | 'ready' = 'ready',
): Promise<string> {
  const response = await postJson(
    `${base}/api/items`,
    { scenario, status },
    { cookie: instructor.cookie, 'x-csrf-token': instructor.csrfToken },
  );
  if (response.status !== 201) {
    throw new Error(`create item: ${response.status} ${await response.text()}`);
  }
  return ownItemSchema.parse(await response.json()).item.id;
}

const ownItemSchema = z.looseObject({ item: z.looseObject({ id: z.string() }) });

/** Joins as a student; the participant cookie as "name=value". */
export async function joinAsStudent(base: string, code: string, name: string): Promise<string> {
  const response = await postJson(`${base}/api/join`, { code, name });
  const cookie = cookiePair(response, 'attache_p_');
  if (response.status !== 201 || !cookie) {
    throw new Error(`join: ${response.status} ${await response.text()}`);
  }
  return cookie;
}

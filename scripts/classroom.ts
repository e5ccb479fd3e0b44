/**
 * The class API as a script drives it (the benches): an instructor signs up and makes an
 * assignment, a student joins. Cookies come back as "name=value" pairs for a Cookie header.
 */
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

export async function signUpInstructor(base: string, name: string): Promise<InstructorSession> {
  const response = await postJson(`${base}/api/auth/sign-up`, {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.edu`,
    password: 'a bench password',
  });
  const cookie = cookiePair(response, 'attache_session=');
  if (response.status !== 201 || !cookie) {
    throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
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
  return (await response.json()) as { id: string; joinCode: string };
}

/** Joins as a student; the participant cookie as "name=value". */
export async function joinAsStudent(base: string, code: string, name: string): Promise<string> {
  const response = await postJson(`${base}/api/join`, { code, name });
  const cookie = cookiePair(response, 'attache_p_');
  if (response.status !== 201 || !cookie) {
    throw new Error(`join: ${response.status} ${await response.text()}`);
  }
  return cookie;
}

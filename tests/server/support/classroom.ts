/** A class in route handlers: an instructor with an assignment, students who joined it. */
import { expect } from 'vitest';
import * as attempt from '@/app/api/a/[code]/attempt/route';
import * as assignments from '@/app/api/assignments/route';
import * as signIn from '@/app/api/auth/sign-in/route';
import * as signUp from '@/app/api/auth/sign-up/route';
import * as join_ from '@/app/api/join/route';
import { DEFAULT_SETTINGS } from '@/lib/assignments/settings';
import { Browser, params } from './http';
import { choiceItem, PAJTINKA_ITEMS } from './factories';

let emails = 0;

/** A signed-up, signed-in instructor (a fresh address each time) and the address it used. */
export async function signedUpInstructor(name = 'Ada'): Promise<Browser & { email: string }> {
  const email = `${name.toLowerCase()}${++emails}@example.edu`;
  const browser = Object.assign(new Browser(), { email });
  const credentials = { email, password: 'correct horse battery' };
  const created = await browser.send(signUp.POST, {
    path: '/api/auth/sign-up',
    body: { name, ...credentials },
  });
  expect(created.status).toBe(202);
  const response = await browser.send(signIn.POST, {
    path: '/api/auth/sign-in',
    body: credentials,
  });
  expect(response.status).toBe(200);
  browser.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
  return browser;
}

/** The opaque id the student's page shows for a bank item (matched by its scenario's title). */
export async function idOnPage(
  student: Browser,
  joinCode: string,
  realId: string,
): Promise<string> {
  const view = (await (
    await student.send(
      attempt.GET,
      { method: 'GET', path: `/api/a/${joinCode}/attempt` },
      params({ code: joinCode }),
    )
  ).json()) as { items: { id: string; scenario?: { title: string } }[] };
  const title = choiceItem(realId).scenario.title;
  const found = view.items.find((i) => i.scenario?.title === title);
  if (!found) throw new Error(`${realId} is not on the page`);
  return found.id;
}

export async function newAssignment(
  browser: Browser,
  settings: Partial<typeof DEFAULT_SETTINGS> = {},
): Promise<{ id: string; joinCode: string }> {
  const response = await browser.send(assignments.POST, {
    path: '/api/assignments',
    body: {
      title: 'Week 3',
      items: PAJTINKA_ITEMS,
      settings: { ...DEFAULT_SETTINGS, ...settings },
    },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; joinCode: string };
}

export async function joinedStudent(code: string, name = 'Sam'): Promise<Browser> {
  const student = new Browser();
  const response = await student.send(join_.POST, { path: '/api/join', body: { code, name } });
  expect(response.status).toBe(201);
  return student;
}

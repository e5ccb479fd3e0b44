/**
 * Deep Linking 2.0: the instructor picks what the LMS's new activity opens (a curated set, made
 * into an assignment, or one of their assignments) and the LMS gets a signed resource link with
 * a gradebook column.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { DEFAULT_SETTINGS } from '@/lib/assignments/settings';
import { maxMarks } from '@/lib/items/registry';
import { deepLinkResponse } from '@/lib/lti/claims';
import { createAssignment, ownedAssignment } from '../assignments/service';
import type { Assignment } from '../assignments/codec';
import { newId } from '../auth/tokens';
import { getAssessmentBank } from '../bank';
import type { Db } from '../db/connect';
import { signingKey } from './keys';
import { readHandoff } from './launch';
import { platformById, type ToolUrls } from './platforms';

export const deepLinkChoiceSchema = z.string().regex(/^(set|assignment|draw):[A-Za-z0-9_-]{1,80}$/);
/** How many questions a draw takes, e.g. 10. */
export const drawCountSchema = z.coerce.number().int().min(5).max(40).default(10);

export type DeepLinkResult =
  | { ok: true; returnUrl: string; jwt: string; title: string }
  | { ok: false; status: number; message: string };

export async function completeDeepLink(
  db: Db,
  input: { instructorId: string; code: string; choice: string; count: number; urls: ToolUrls },
  now: number,
): Promise<DeepLinkResult> {
  const request = await readHandoff(db, input.code, now, false);
  if (request?.kind !== 'deep-link' || request.instructorId !== input.instructorId)
    return {
      ok: false,
      status: 410,
      message: 'This choice has expired. Start again from your LMS with “Select content”.',
    };
  const platform = await platformById(db, request.platformId);
  if (!platform)
    return { ok: false, status: 403, message: 'This LMS is no longer registered with Attaché.' };
  const [kind = '', id = ''] = input.choice.split(':');
  let assignment: Assignment | undefined;
  if (kind === 'draw') {
    // Held back: scenarios no public quiz or practice page shows, as graded LMS work needs.
    const bank = getAssessmentBank();
    const framework = bank.frameworks.find((f) => f.id === id);
    if (!framework && id !== 'all')
      return { ok: false, status: 400, message: 'There is no such framework.' };
    const made = await createAssignment(
      db,
      input.instructorId,
      {
        title: `${framework ? framework.shortLabel : 'Every framework'}: ${input.count} questions`,
        items: {
          source: 'filters',
          frameworks: framework ? [framework.id] : [],
          categories: [],
          difficulties: [],
          kinds: [],
          pool: 'held-back',
          from: ['bank'],
          count: input.count,
          seed: randomBytes(6).toString('hex'),
        },
        settings: DEFAULT_SETTINGS,
      },
      bank,
      now,
    );
    if (!made.ok)
      return { ok: false, status: 400, message: `Cannot make that assignment: ${made.reason}.` };
    assignment = made.assignment;
  } else if (kind === 'set') {
    const bank = getAssessmentBank();
    const set = bank.sets.find((s) => s.id === id);
    if (!set) return { ok: false, status: 400, message: 'There is no such set.' };
    const made = await createAssignment(
      db,
      input.instructorId,
      {
        title: set.title.slice(0, 120),
        items: { source: 'set', set: set.id },
        settings: DEFAULT_SETTINGS,
      },
      bank,
      now,
    );
    if (!made.ok)
      return { ok: false, status: 400, message: `Cannot make that assignment: ${made.reason}.` };
    assignment = made.assignment;
  } else {
    assignment = await ownedAssignment(db, input.instructorId, id);
    if (!assignment)
      return { ok: false, status: 404, message: 'There is no such assignment among yours.' };
  }
  // Used once: a second answer to the same request would place a second activity.
  if (!(await readHandoff(db, input.code, now, true)))
    return { ok: false, status: 410, message: 'This choice was made already.' };
  const linkId = newId();
  await db
    .insertInto('lti_link')
    .values({
      id: linkId,
      platform_id: platform.id,
      assignment_id: assignment.id,
      context_title: null,
      lineitem_url: null,
      memberships_url: null,
      created_at: now,
    })
    .execute();
  const { kid, key } = await signingKey(db, now);
  const jwt = await new SignJWT(
    deepLinkResponse({
      nonce: randomBytes(16).toString('base64url'),
      clientId: platform.clientId,
      issuer: platform.issuer,
      deploymentId: request.deploymentId,
      ...(request.data === undefined ? {} : { data: request.data }),
      title: assignment.title,
      launchUrl: input.urls.launch,
      linkId,
      scoreMaximum: assignment.items.reduce(
        (sum, item) => sum + maxMarks(item, { certaintyBased: assignment.settings.certaintyBased }),
        0,
      ),
    }),
  )
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 600)
    .setJti(randomBytes(16).toString('base64url'))
    .sign(key);
  return { ok: true, returnUrl: request.returnUrl, jwt, title: assignment.title };
}

/**
 * Names and Role Provisioning Services: the course's learners, so the results page can list
 * who has not started. Read when the page is opened; an LMS that does not answer leaves a note.
 */
import { isTeachingRole, membershipsSchema, nameOf } from '@/lib/lti/claims';
import type { Db } from '../db/connect';
import { accessToken, learnerAttempts } from './grades';
import { platformById } from './platforms';

export type Roster =
  | { kind: 'none' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'members'; notStarted: string[]; total: number };

type Fetch = typeof fetch;

export async function notStarted(
  db: Db,
  assignmentId: string,
  now: number,
  fetchImpl: Fetch = fetch,
): Promise<Roster> {
  const link = await db
    .selectFrom('lti_link')
    .select(['id', 'platform_id', 'memberships_url'])
    .where('assignment_id', '=', assignmentId)
    .where('memberships_url', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!link?.memberships_url) return { kind: 'none' };
  const platform = await platformById(db, link.platform_id);
  if (!platform) return { kind: 'none' };
  try {
    const token = await accessToken(db, platform, now, fetchImpl);
    const url = new URL(link.memberships_url);
    url.searchParams.set('role', 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner');
    const response = await fetchImpl(url, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
      },
      signal: AbortSignal.timeout(5_000),
    });
    const parsed = membershipsSchema.safeParse(await response.json().catch(() => undefined));
    if (!response.ok || !parsed.success)
      return { kind: 'unavailable', reason: `the LMS answered HTTP ${response.status}` };
    const started = new Set(
      (await learnerAttempts(db, assignmentId).select('lti_learner.sub').execute()).map(
        (row) => row.sub,
      ),
    );
    const learners = parsed.data.members.filter(
      (m) => (m.status ?? 'Active') === 'Active' && !isTeachingRole(m.roles),
    );
    return {
      kind: 'members',
      total: learners.length,
      notStarted: learners
        .filter((m) => !started.has(m.user_id))
        .map((m) => nameOf(m))
        .sort((a, b) => a.localeCompare(b)),
    };
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: error instanceof Error ? error.message : 'the LMS could not be reached',
    };
  }
}

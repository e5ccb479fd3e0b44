import type { NextRequest } from 'next/server';
import { getDb } from '@/server/db';
import { readFormAtMost } from '@/server/http/body';
import { publicOrigin } from '@/server/http/origin';
import { enter } from '@/server/lti/enter';
import { newWindowPage, problemPage, storageCheckPage } from '@/server/lti/html';
import {
  completeLaunch,
  LTI_STATE_COOKIE,
  newHandoff,
  resumeLaunch,
  type Entry,
} from '@/server/lti/launch';
import type { Db } from '@/server/db/connect';
import { platformOfState, toolUrls } from '@/server/lti/platforms';

/**
 * The LMS posts the id_token here. In the LMS's frame the answer is a link to a new window (the
 * app's pages may not be framed, and the frame may have no cookies); at the top level it goes
 * straight on.
 */
export async function POST(request: NextRequest) {
  const db = await getDb();
  const now = Date.now();
  const form = await readFormAtMost(request, 64 * 1024);
  const resume = form?.get('resume');
  if (resume) {
    // Only our storage-check page can send this: a same-origin form post.
    if (request.headers.get('sec-fetch-site') !== 'same-origin')
      return problemPage(403, 'This launch must be resumed from Attaché’s own page.');
    const { result, frameAncestors } = await resumeLaunch(db, resume, now);
    if (!result.ok)
      return 'problem' in result
        ? problemPage(result.problem.status, result.problem.message, frameAncestors)
        : problemPage(401, 'This launch could not be resumed. Open the activity again.');
    return answer(db, request, result.entry, now, frameAncestors);
  }
  const idToken = form?.get('id_token');
  const state = form?.get('state');
  if (!idToken || !state || idToken.length > 32 * 1024 || state.length > 100)
    return problemPage(400, 'The LMS sent no launch token (id_token and state are required).');
  // Known before the state is used up, so even a refusal may show in the LMS's frame.
  const frameAncestors = await platformOfState(db, state);
  const result = await completeLaunch(
    db,
    {
      idToken,
      state,
      cookieState: request.cookies.get(LTI_STATE_COOKIE)?.value,
      urls: toolUrls(publicOrigin(request)),
    },
    now,
  );
  if (!result.ok && 'storageCheck' in result)
    return storageCheckPage(
      result.storageCheck,
      toolUrls(publicOrigin(request)).launch,
      result.relaunch,
    );
  if (!result.ok && 'relaunch' in result)
    return newWindowPage(
      result.relaunch,
      frameAncestors,
      'Your browser keeps cookies from Attaché inside the LMS’s page, so the launch continues in a window of its own.',
    );
  if (!result.ok) return problemPage(result.problem.status, result.problem.message, frameAncestors);
  return answer(db, request, result.entry, now, frameAncestors);
}

/** At the top level the user goes straight on; in a frame, on to a new window by a one-time code. */
async function answer(
  db: Db,
  request: NextRequest,
  entry: Entry,
  now: number,
  frameAncestors: string[],
) {
  if (request.headers.get('sec-fetch-dest') !== 'iframe') return enter(db, request, entry, now);
  const code = await newHandoff(db, { kind: 'entry', entry }, now);
  return newWindowPage(
    `${publicOrigin(request)}/lti/continue/${code}`,
    frameAncestors,
    'Attaché works best in a window of its own: your answers and scores stay tied to your LMS account.',
  );
}

export function GET() {
  return problemPage(405, 'Open this activity from your LMS: a launch is a form the LMS posts.');
}

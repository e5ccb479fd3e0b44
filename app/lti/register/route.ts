import type { NextRequest } from 'next/server';
import { getDb } from '@/server/db';
import { publicOrigin } from '@/server/http/origin';
import { htmlPage, paragraph } from '@/server/lti/html';
import { registerDynamically, toolUrls } from '@/server/lti/platforms';

/**
 * LTI Dynamic Registration: the LMS opens the link an instructor made (…/lti/register?t=…) with
 * its openid_configuration and a registration_token; we register and tell the LMS we are done.
 * The page shows nothing that could be misused, so any LMS may frame it.
 */
export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  const token = query.get('t') ?? '';
  const configurationUrl = query.get('openid_configuration') ?? '';
  const registrationToken = query.get('registration_token') ?? undefined;
  if (!token || token.length > 100 || configurationUrl.length > 2000)
    return htmlPage({
      status: 400,
      title: 'Registration failed',
      body: paragraph('Open this link from your LMS’s “register a tool” page, as Attaché gave it.'),
      frameAncestors: ['*'],
    });
  const result = await registerDynamically(
    await getDb(),
    {
      token,
      configurationUrl,
      ...(registrationToken && registrationToken.length <= 4000 ? { registrationToken } : {}),
      urls: toolUrls(publicOrigin(request)),
    },
    Date.now(),
  );
  if (!result.ok)
    return htmlPage({
      status: 400,
      title: 'Registration failed',
      body: paragraph(result.reason),
      frameAncestors: ['*'],
    });
  return htmlPage({
    status: 200,
    title: 'Attaché is registered',
    body: paragraph(
      `Registered with ${result.platform.name}. You can close this window; the LMS may ask you to activate the tool.`,
    ),
    frameAncestors: ['*'],
    script:
      "(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');",
  });
}

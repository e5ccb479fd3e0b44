import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { ItemsBreadcrumbs } from '@/components/instructor/items/ItemsBreadcrumbs';
import styles from '@/components/instructor/lti/lti.module.css';
import { LtiSetup } from '@/components/instructor/lti/LtiSetup';
import { getDb } from '@/server/db';
import { originFromHeaders } from '@/server/http/origin';
import { platformsOf, toolUrls } from '@/server/lti/platforms';
import { requireSession } from '@/server/pages';

export const metadata: Metadata = { title: 'Use it from your LMS' };

export default async function LtiPage() {
  const session = await requireSession('/instructor/lti');
  const urls = toolUrls(originFromHeaders(await headers()));
  const platforms = await platformsOf(await getDb(), session.instructor.id);
  return (
    <>
      <ItemsBreadcrumbs inItems={false} />
      <h1>Use it from your LMS</h1>
      <p>
        Attaché is an LTI 1.3 tool: register it once with your Moodle, Canvas, Blackboard or
        Brightspace, then add activities from the LMS (“Select content”). Students open them from
        the course, with no join code, and their scores go to the gradebook.
      </p>
      <h2>The tool’s values, for registering by hand</h2>
      {/* Addresses are single long tokens: they may break anywhere. */}
      <dl className={styles.values}>
        <dt>Tool URL, redirect URI and deep-linking URL</dt>
        <dd data-layout-break-ok>{urls.launch}</dd>
        <dt>Initiate login URL</dt>
        <dd data-layout-break-ok>{urls.login}</dd>
        <dt>Public keyset (JWKS) URL</dt>
        <dd data-layout-break-ok>{urls.jwks}</dd>
      </dl>
      <LtiSetup
        csrfToken={session.csrfToken}
        initial={platforms.map(({ id, name, issuer, clientId, deploymentIds }) => ({
          id,
          name,
          issuer,
          clientId,
          deploymentIds,
        }))}
      />
    </>
  );
}

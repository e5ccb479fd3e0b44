'use client';

import { useState } from 'react';
import { z } from 'zod';
import { callApi } from '../../api';
import instructorStyles from '../instructor.module.css';
import styles from './lti.module.css';

type Platform = {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
};

const registrationSchema = z.object({ url: z.string(), days: z.number() });
const platformsSchema = z.object({
  platforms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      issuer: z.string(),
      clientId: z.string(),
      deploymentIds: z.array(z.string()),
    }),
  ),
});

const FIELDS = [
  ['name', 'A name you will recognise', 'University Moodle', 'text'],
  ['issuer', 'Issuer (platform id)', 'https://moodle.example.edu', 'url'],
  ['clientId', 'Client id', '', 'text'],
  ['deploymentIds', 'Deployment ids (comma-separated)', '1', 'text'],
  [
    'authUrl',
    'Authentication request URL (OIDC auth endpoint)',
    'https://moodle.example.edu/mod/lti/auth.php',
    'url',
  ],
  ['tokenUrl', 'Access token URL', 'https://moodle.example.edu/mod/lti/token.php', 'url'],
  ['jwksUrl', 'Public keyset URL', 'https://moodle.example.edu/mod/lti/certs.php', 'url'],
] as const;
type Field = (typeof FIELDS)[number][0];

/** Registers LMSs: a one-time link for dynamic registration, or the values typed in by hand. */
export function LtiSetup({ csrfToken, initial }: { csrfToken: string; initial: Platform[] }) {
  const [platforms, setPlatforms] = useState(initial);
  const [link, setLink] = useState<{ url: string; days: number }>();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    issuer: '',
    clientId: '',
    deploymentIds: '',
    authUrl: '',
    tokenUrl: '',
    jwksUrl: '',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function reload() {
    const result = await callApi('/api/lti/platforms', { method: 'GET', csrfToken });
    const read = result.ok ? platformsSchema.safeParse(result.data) : undefined;
    if (read?.success) setPlatforms(read.data.platforms);
  }

  async function makeLink() {
    setBusy(true);
    setError(undefined);
    const result = await callApi('/api/lti/registrations', { body: {}, csrfToken });
    setBusy(false);
    const read = result.ok ? registrationSchema.safeParse(result.data) : undefined;
    if (!read?.success) return setError(result.ok ? 'The link could not be read.' : result.error);
    setLink(read.data);
  }

  async function register() {
    setBusy(true);
    setError(undefined);
    const result = await callApi('/api/lti/platforms', {
      body: {
        ...values,
        deploymentIds: values.deploymentIds
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      },
      csrfToken,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    await reload();
  }

  async function forget(platform: Platform) {
    setBusy(true);
    const result = await callApi(`/api/lti/platforms/${platform.id}`, {
      method: 'DELETE',
      csrfToken,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    await reload();
  }

  return (
    <>
      <section className={instructorStyles.section} aria-labelledby="lms-list">
        <h2 id="lms-list">Your LMSs</h2>
        {platforms.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul className="list-plain stack">
            {platforms.map((p) => (
              <li key={p.id} className="button-row">
                {/* Issuers and client ids are long tokens: they may break anywhere. */}
                <span className={styles.value}>
                  <strong>{p.name}</strong>: <span data-layout-break-ok>{p.issuer}</span>, client{' '}
                  <span data-layout-break-ok>{p.clientId}</span>, deployment
                  {p.deploymentIds.length === 1 ? '' : 's'}{' '}
                  {p.deploymentIds.join(', ') || 'none yet'}
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  onClick={() => forget(p)}
                >
                  Forget {p.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={instructorStyles.section} aria-labelledby="dynamic">
        <h2 id="dynamic">Register by link (Moodle 4.x, Canvas)</h2>
        <p>
          Make a link and paste it into the LMS’s “Tool URL” box (Moodle: Site administration ›
          Plugins › External tool › Manage tools; Canvas: Developer keys › LTI Registration). It
          works once.
        </p>
        <button type="button" className="button" disabled={busy} onClick={makeLink}>
          Make a registration link
        </button>
        {link ? (
          <div className={`field ${instructorStyles.section}`}>
            <label htmlFor="registration-url">
              Registration link (valid {link.days} days, once)
            </label>
            <input
              id="registration-url"
              type="url"
              readOnly
              value={link.url}
              onFocus={(e) => e.target.select()}
            />
          </div>
        ) : null}
      </section>
      <form
        className={instructorStyles.section}
        aria-labelledby="manual"
        onSubmit={(event) => {
          event.preventDefault();
          void register();
        }}
      >
        <h2 id="manual">Register by hand</h2>
        {FIELDS.map(([field, label, example, type]) => (
          <div className="field" key={field}>
            <label htmlFor={`lti-${field}`}>{label}</label>
            <input
              id={`lti-${field}`}
              type={type}
              required
              autoComplete="off"
              placeholder={example}
              value={values[field]}
              onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
            />
          </div>
        ))}
        <button type="submit" className="button" disabled={busy}>
          Register this LMS
        </button>
      </form>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
    </>
  );
}

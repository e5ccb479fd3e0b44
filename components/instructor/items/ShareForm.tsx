'use client';

import { useState } from 'react';
import { z } from 'zod';
import { callApi } from '../../api';

type Share = { id: string; email: string; name: string };
const sharesSchema = z.object({
  shares: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })),
});

/** Who may use (not edit) this instructor's ready items. */
export function ShareForm({ csrfToken, initial }: { csrfToken: string; initial: Share[] }) {
  const [shares, setShares] = useState(initial);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send(method: 'POST' | 'DELETE', body: unknown) {
    setBusy(true);
    setError(undefined);
    const result = await callApi('/api/items/shares', { method, body, csrfToken });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const read = sharesSchema.safeParse(result.data);
    if (read.success) setShares(read.data.shares);
    setEmail('');
  }

  return (
    <>
      <p>
        Co-instructors you add here can put your ready items into their assignments and copy them;
        they cannot change them. Drafts stay yours alone.
      </p>
      {shares.length > 0 ? (
        <ul className="list-plain stack" aria-label="Co-instructors who can use your items">
          {shares.map((s) => (
            <li key={s.id} className="button-row">
              <span>
                {s.name} ({s.email})
              </span>
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => send('DELETE', { instructorId: s.id })}
              >
                Stop sharing with {s.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send('POST', { email });
        }}
      >
        <div className="field">
          <label htmlFor="share-email">Share my items with (their account’s e-mail address)</label>
          <input
            id="share-email"
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          Share
        </button>
        <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
      </form>
    </>
  );
}

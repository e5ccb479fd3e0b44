'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '../api';

type Props = { code: string; label?: string; defaultName?: string };

/** The student's name, then the attempt starts (or resumes, on the same device). */
export function JoinForm({ code, label = 'Start', defaultName }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="card"
      onSubmit={async (event) => {
        event.preventDefault();
        const name = String(new FormData(event.currentTarget).get('name') ?? '');
        setBusy(true);
        setError(undefined);
        const result = await callApi('/api/join', { body: { code, name } });
        setBusy(false);
        if (!result.ok) return setError(result.error);
        router.refresh();
      }}
    >
      <div className="field">
        <label htmlFor="student-name">Your name</label>
        <input
          id="student-name"
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={60}
          defaultValue={defaultName}
          aria-describedby="student-name-hint"
        />
        <span id="student-name-hint" className="field-hint">
          As your instructor knows you. No account needed.
        </span>
      </div>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
      <button type="submit" className="button button-block" disabled={busy}>
        {label}
      </button>
    </form>
  );
}

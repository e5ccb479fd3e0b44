'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { isJoinCode, normaliseJoinCode } from '@/lib/assignments/join-code';

/** Typing a code goes to the assignment's page, which asks for the name. */
export function JoinCodeForm() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = String(new FormData(event.currentTarget).get('code') ?? '');
        const code = normaliseJoinCode(typed);
        if (!isJoinCode(code)) {
          return setError('A join code has six letters and digits, for example K9QM4P.');
        }
        router.push(`/a/${code}`);
      }}
    >
      <div className="field">
        <label htmlFor="join-code">Join code</label>
        <input
          id="join-code"
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={12}
          aria-invalid={error ? true : undefined}
          aria-describedby="join-code-error"
        />
      </div>
      <div id="join-code-error" role="alert">
        {error ? <p className="form-error">{error}</p> : null}
      </div>
      <button type="submit" className="button button-block">
        Continue
      </button>
    </form>
  );
}

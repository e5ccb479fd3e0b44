'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '../api';

type Props = { mode: 'sign-in' | 'sign-up'; next: string };

/** Sign-in and sign-up: the server checks everything; its sentence is shown as it is. */
export function AuthForm({ mode, next }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const signUp = mode === 'sign-up';

  return (
    <form
      className="card"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const body = {
          ...(signUp ? { name: String(form.get('name') ?? '') } : {}),
          email: String(form.get('email') ?? ''),
          password: String(form.get('password') ?? ''),
        };
        setBusy(true);
        setError(undefined);
        if (signUp) {
          // Sign-up answers alike for new and taken addresses; signing in tells them apart for us.
          const created = await callApi('/api/auth/sign-up', { body });
          if (!created.ok) {
            setBusy(false);
            return setError(created.error);
          }
        }
        const result = await callApi('/api/auth/sign-in', {
          body: { email: body.email, password: body.password },
        });
        setBusy(false);
        if (!result.ok) {
          return setError(
            signUp && result.status === 401
              ? 'That e-mail address cannot be used for a new account. If it is yours, sign in with your password.'
              : result.error,
          );
        }
        // Instructor pages are dynamic, so the push fetches them afresh with the new session; a
        // refresh on top re-rendered the page mid-load and left it without a title for a moment.
        router.push(next);
      }}
    >
      {signUp ? (
        <div className="field">
          <label htmlFor="name">Your name</label>
          <input id="name" name="name" type="text" autoComplete="name" required maxLength={80} />
          <span className="field-hint">Students see it on your assignments.</span>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email">E-mail address</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={signUp ? 'new-password' : 'current-password'}
          minLength={signUp ? 10 : undefined}
          required
          aria-describedby={signUp ? 'password-hint' : undefined}
        />
        {signUp ? (
          <span id="password-hint" className="field-hint">
            At least 10 characters. A passphrase of a few words is strong and easy to remember.
          </span>
        ) : null}
      </div>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
      <button type="submit" className="button button-block" disabled={busy}>
        {signUp ? 'Create account' : 'Sign in'}
      </button>
      <p>
        {signUp ? (
          <>
            Have an account?{' '}
            <Link href={`/instructor/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here?{' '}
            <Link href={`/instructor/sign-up?next=${encodeURIComponent(next)}`}>
              Create an instructor account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { callApi } from '../api';

export function SignOutButton({ csrfToken }: { csrfToken: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={async () => {
        await callApi('/api/auth/sign-out', { csrfToken });
        router.push('/instructor/sign-in');
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}

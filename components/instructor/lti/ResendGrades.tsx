'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '../../api';

/** Sends the grades the LMS refused once more. */
export function ResendGrades({
  assignmentId,
  csrfToken,
}: {
  assignmentId: string;
  csrfToken: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(undefined);
          const result = await callApi(`/api/assignments/${assignmentId}/grades`, {
            body: {},
            csrfToken,
          });
          setBusy(false);
          if (!result.ok) return setError(result.error);
          router.refresh();
        }}
      >
        Send failed grades again
      </button>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
    </>
  );
}

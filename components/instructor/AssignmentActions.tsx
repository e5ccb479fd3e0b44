'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import * as z from 'zod/mini';
import { callApi } from '../api';

const changedSchema = z.looseObject({ id: z.optional(z.string()) });
import styles from './instructor.module.css';

type Props = { id: string; title: string; closed: boolean; csrfToken: string };

/** Close, reopen, duplicate and (after a confirmation) delete an assignment. */
export function AssignmentActions({ id, title, closed, csrfToken }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const act = async (action: 'close' | 'reopen' | 'duplicate') => {
    setBusy(true);
    setError(undefined);
    const result = await callApi(
      `/api/assignments/${id}`,
      { body: { action }, csrfToken },
      changedSchema,
    );
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (action === 'duplicate' && result.data.id)
      router.push(`/instructor/assignments/${result.data.id}`);
    else router.refresh();
  };

  return (
    <>
      <div className="button-row">
        {closed ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => act('reopen')}
          >
            Reopen
          </button>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => act('close')}
          >
            Close now
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => act('duplicate')}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => dialog.current?.showModal()}
        >
          Delete…
        </button>
      </div>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="delete-title">
        <h2 id="delete-title">Delete “{title}”?</h2>
        <p>Every attempt and answer goes with it. This cannot be undone.</p>
        <div className="button-row">
          <button
            type="button"
            className="button button-danger"
            onClick={async () => {
              const result = await callApi(`/api/assignments/${id}`, {
                method: 'DELETE',
                csrfToken,
              });
              if (!result.ok) {
                dialog.current?.close();
                return setError(result.error);
              }
              router.push('/instructor');
              router.refresh();
            }}
          >
            Delete for good
          </button>
          <button
            type="button"
            className="button button-secondary"
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            Keep it
          </button>
        </div>
      </dialog>
    </>
  );
}

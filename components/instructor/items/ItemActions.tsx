'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { z } from 'zod';
import { callApi } from '../../api';

const createdSchema = z.object({ item: z.object({ id: z.string() }) });

/** Duplicate (own or shared items) and delete (own items only). */
export function ItemActions({
  id,
  csrfToken,
  canDelete,
}: {
  id: string;
  csrfToken: string;
  canDelete: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const result = await callApi(`/api/items/${id}/duplicate`, { csrfToken });
            setBusy(false);
            const created = result.ok ? createdSchema.safeParse(result.data) : undefined;
            if (!result.ok) return setError(result.error);
            if (created?.success) router.push(`/instructor/items/${created.data.item.id}`);
          }}
        >
          Duplicate
        </button>
        {canDelete ? (
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={async () => {
              if (!window.confirm('Delete this item? Assignments that use it keep their copy.'))
                return;
              setBusy(true);
              const result = await callApi(`/api/items/${id}`, { method: 'DELETE', csrfToken });
              setBusy(false);
              if (!result.ok && result.status !== 204) return setError(result.error);
              router.push('/instructor/items');
            }}
          >
            Delete
          </button>
        ) : null}
      </div>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
    </div>
  );
}

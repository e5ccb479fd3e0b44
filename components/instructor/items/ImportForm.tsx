'use client';

import Link from 'next/link';
import { useState } from 'react';
import { z } from 'zod';
import styles from './items.module.css';

const resultSchema = z.object({
  imported: z.boolean(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  refused: z.number(),
  messages: z.array(z.string()),
  issues: z.array(z.object({ severity: z.enum(['error', 'warning']) })),
});
type Result = z.infer<typeof resultSchema>;

/** Sends the file's bytes as they are: the server checks the encoding and every scenario. */
export function ImportForm({ csrfToken }: { csrfToken: string }) {
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<'all' | 'valid'>('all');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (!file) return;
        const format = /\.csv$/i.test(file.name)
          ? 'csv'
          : /\.ya?ml$/i.test(file.name)
            ? 'yaml'
            : undefined;
        if (!format) return setError('Choose a .yaml, .yml or .csv file.');
        setBusy(true);
        setError(undefined);
        setResult(undefined);
        const name = file.name.replace(/[^\w.\- ]+/g, '_').slice(0, 120);
        try {
          const response = await fetch(
            `/api/items/import?format=${format}&mode=${mode}&file=${encodeURIComponent(name)}`,
            {
              method: 'POST',
              headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/octet-stream' },
              body: await file.arrayBuffer(),
              credentials: 'same-origin',
            },
          );
          const json: unknown = await response.json().catch(() => undefined);
          const read = resultSchema.safeParse(json);
          if (read.success) setResult(read.data);
          else
            setError(
              json && typeof json === 'object' && 'error' in json && typeof json.error === 'string'
                ? json.error
                : `The server answered ${response.status}.`,
            );
        } catch {
          setError('No connection. Check your network.');
        }
        setBusy(false);
      }}
    >
      <div className="field">
        <label htmlFor="import-file">File (.yaml, .yml or .csv, at most 5 MB)</label>
        <input
          id="import-file"
          type="file"
          accept=".yaml,.yml,.csv,text/csv,application/yaml"
          required
          onChange={(event) => setFile(event.target.files?.[0])}
        />
      </div>
      <fieldset className={styles.group}>
        <legend>If some scenarios have errors</legend>
        <label className="check-row">
          <input
            type="radio"
            name="mode"
            checked={mode === 'all'}
            onChange={() => setMode('all')}
          />
          Import nothing, and list every problem
        </label>
        <label className="check-row">
          <input
            type="radio"
            name="mode"
            checked={mode === 'valid'}
            onChange={() => setMode('valid')}
          />
          Import the scenarios without errors, skip the rest
        </label>
      </fieldset>
      <button type="submit" className="button" disabled={busy || !file}>
        {busy ? 'Checking…' : 'Import'}
      </button>
      <div role="alert">{error ? <p className="form-error">{error}</p> : null}</div>
      <div role="status">
        {result ? (
          <div>
            <p>
              <strong>
                {result.imported
                  ? `Imported: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged${result.refused > 0 ? `; ${result.refused} refused` : ''}.`
                  : `Nothing imported: ${result.issues.filter((i) => i.severity === 'error').length} error${result.issues.filter((i) => i.severity === 'error').length === 1 ? '' : 's'}.`}
              </strong>{' '}
              {result.imported ? <Link href="/instructor/items">See my items</Link> : null}
            </p>
            {result.messages.length > 0 ? (
              <ul className={styles.importMessages} aria-label="Problems found">
                {result.messages.slice(0, 500).map((m, i) => (
                  <li key={i}>
                    {result.issues[i]?.severity === 'warning' ? 'warning: ' : ''}
                    {m}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}

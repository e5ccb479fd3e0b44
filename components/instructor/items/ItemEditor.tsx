'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { z } from 'zod';
import { itemSchema, type Item } from '@/lib/items/schema';
import { callApi } from '../../api';
import { fieldId, getAt, listAt, setAt, slugFrom, textAt, type Path, type Raw } from './draft';
import { ItemPreviews } from './ItemPreview';
import styles from './items.module.css';

export type EditorFramework = {
  id: string;
  label: string;
  /** Pick-every-one items are possible under it. */
  many: boolean;
  categories: { id: string; label: string; shortLabel: string }[];
  /** Two-tier reasons (the modes lens only). */
  reasons: { id: string; label: string; characterises: string[] }[];
};

export type EditorChoices = {
  frameworks: EditorFramework[];
  references: { id: string; short: string }[];
  contexts: readonly string[];
  eras: { id: string; label: string }[];
  regions: { id: string; label: string }[];
  actorTypes: { id: string; label: string }[];
};

const checkSchema = z.object({
  severity: z.enum(['error', 'warning']),
  field: z.string(),
  message: z.string(),
});
type Check = z.infer<typeof checkSchema>;
const checkResponseSchema = z.object({
  checks: z.array(checkSchema),
  preview: z.array(itemSchema),
});
const savedSchema = z.object({ item: z.object({ id: z.string(), version: z.number() }) });

const CONTEXT_LABEL: Record<string, string> = {
  hypothetical: 'Hypothetical (invented states and actors)',
  historical: 'Historical (it happened)',
  'source-case': 'A case from the source paper',
  literature: 'A claim from the literature',
};
const REAL = new Set(['historical', 'source-case']);
const DIFFICULTY = { 1: 'Introductory', 2: 'Intermediate', 3: 'Advanced' } as const;
const FREE_CITATION = '(written out)';

type Props = {
  choices: EditorChoices;
  csrfToken: string;
  /** Absent for a new item. */
  item?: { id: string; status: 'draft' | 'ready'; version: number; body: Raw };
  /** Shared with this instructor: they may read, preview and duplicate, not edit. */
  readOnly?: boolean;
  /** Set once, right after a new item was created and the page moved to its address. */
  justSaved?: 'draft' | 'ready';
};

const savedText = (status: 'draft' | 'ready', version: number) =>
  status === 'ready'
    ? `Saved as ready (version ${version}): it can go into assignments.`
    : `Saved as a draft (version ${version}).`;

/** Writes one scenario and its keys, checked live by the bank's own rules, with a preview. */
export function ItemEditor({ choices, csrfToken, item, readOnly = false, justSaved }: Props) {
  const router = useRouter();
  const [raw, setRaw] = useState<Raw>(item?.body ?? { context: 'hypothetical' });
  const [slugTouched, setSlugTouched] = useState(item !== undefined);
  const [checks, setChecks] = useState<Check[]>([]);
  const [preview, setPreview] = useState<Item[]>([]);
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  // The confirmation came in the address; drop it so a reload does not repeat it.
  useEffect(() => {
    if (justSaved) window.history.replaceState(null, '', window.location.pathname);
  }, [justSaved]);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  // The live check: the server runs the bank's rules (and compares with scenarios a browser
  // may not see) a moment after typing stops.
  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      setChecking(true);
      const result = await callApi('/api/items/check', {
        body: { scenario: raw, ...(item ? { id: item.id } : {}) },
        csrfToken,
      });
      if (ticket !== latest.current) return;
      setChecking(false);
      const read = result.ok ? checkResponseSchema.safeParse(result.data) : undefined;
      if (read?.success) {
        setChecks(read.data.checks);
        setPreview(read.data.preview);
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [raw, item, csrfToken]);

  const [savedBody, setSavedBody] = useState(() => JSON.stringify(item?.body ?? {}));
  const dirty = !readOnly && JSON.stringify(raw) !== savedBody;
  // Closing the tab or following a link out would lose what was typed since the last save.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const update = (path: Path, value: unknown) => setRaw((current) => setAt(current, path, value));
  const errors = checks.filter((c) => c.severity === 'error');
  const warnings = checks.filter((c) => c.severity === 'warning');
  const context = textAt(raw, ['context']) || 'hypothetical';
  const lenses = (getAt(raw, ['lenses']) ?? {}) as Raw;

  async function save(status: 'draft' | 'ready') {
    setBusy(true);
    setMessage(undefined);
    const result = await callApi(item ? `/api/items/${item.id}` : '/api/items', {
      method: item ? 'PUT' : 'POST',
      body: { scenario: raw, status },
      csrfToken,
    });
    const saved = result.ok ? savedSchema.safeParse(result.data) : undefined;
    if (!saved?.success) {
      setBusy(false);
      return setMessage({
        tone: 'error',
        text: result.ok ? 'Saved, but the answer was unreadable: reload the page.' : result.error,
      });
    }
    setSavedBody(JSON.stringify(raw));
    // A new item moves to its own address, whose page says it was saved; an edit stays here.
    // The buttons stay disabled until then, so a second click cannot create a twin.
    if (!item) return router.replace(`/instructor/items/${saved.data.item.id}?saved=${status}`);
    setBusy(false);
    setMessage({ tone: 'ok', text: savedText(status, saved.data.item.version) });
    router.refresh();
  }

  const messagesFor = (field: string, exact = false) =>
    checks.filter((c) =>
      exact
        ? c.field === field
        : c.field === field || c.field.startsWith(`${field}.`) || c.field.startsWith(`${field}[`),
    );

  return (
    <div className={styles.editor}>
      <div className={styles.status} aria-live="polite">
        {/* Shown at the top, where the new item's page opens, not in the bar over the fields. */}
        {justSaved && item ? (
          <p className={styles.saved}>{savedText(justSaved, item.version)}</p>
        ) : null}
        <p>
          {checking ? 'Checking… ' : ''}
          <strong>
            {errors.length} error{errors.length === 1 ? '' : 's'}, {warnings.length} warning
            {warnings.length === 1 ? '' : 's'}
          </strong>
          {errors.length === 0 ? ' — ready to save as ready.' : ' — it can be saved as a draft.'}
        </p>
      </div>
      {checks.length > 0 ? (
        <details className={styles.summary} open={errors.length > 0 && errors.length <= 8}>
          <summary>Every problem, by field</summary>
          <ul>
            {checks.map((c, i) => (
              <li key={i} className={c.severity === 'error' ? styles.error : styles.warning}>
                <a href={`#${fieldId(nearestField(c.field))}`}>{c.field || 'scenario'}</a>:{' '}
                {c.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <fieldset disabled={readOnly} className={styles.plain}>
        <legend className="visually-hidden">The scenario</legend>
        <TextField
          label="Title"
          hint="One line a student sees as the headline; it must not give the answer away."
          field="title"
          value={textAt(raw, ['title'])}
          messages={messagesFor('title')}
          onChange={(value) => {
            update(['title'], value);
            if (!slugTouched) update(['id'], slugFrom(value));
          }}
        />
        <TextField
          label="Id"
          hint="Lower-case words joined by hyphens, unique among your items, e.g. “port-call-manila-2026”."
          field="id"
          value={textAt(raw, ['id'])}
          messages={messagesFor('id')}
          onChange={(value) => {
            setSlugTouched(true);
            update(['id'], value);
          }}
        />
        <TextField
          label="Scenario text"
          hint={`Who, what, when, where, like a short news brief. ${wordCount(textAt(raw, ['text']))} of at most 120 words.`}
          field="text"
          multiline
          value={textAt(raw, ['text'])}
          messages={messagesFor('text')}
          onChange={(value) => update(['text'], value)}
        />
        <SelectField
          label="Kind of case"
          field="context"
          value={context}
          options={choices.contexts.map((c) => ({ id: c, label: CONTEXT_LABEL[c] ?? c }))}
          messages={messagesFor('context')}
          onChange={(value) => update(['context'], value)}
        />
        {REAL.has(context) ? (
          <>
            <TextField
              label="Year"
              field="year"
              inputMode="numeric"
              value={textAt(raw, ['year'])}
              messages={messagesFor('year')}
              onChange={(value) =>
                update(['year'], /^\d{1,4}$/.test(value) ? Number(value) : value)
              }
            />
            <TextField
              label="Actors, one per line"
              field="actors"
              multiline
              value={listAt(raw, ['actors']).join('\n')}
              messages={messagesFor('actors')}
              onChange={(value) => update(['actors'], value.split('\n'))}
              onBlur={(value) =>
                update(
                  ['actors'],
                  value
                    .split('\n')
                    .map((s) => s.trim())
                    .filter(Boolean),
                )
              }
            />
          </>
        ) : null}
        <TextField
          label={REAL.has(context) ? 'Basis: where a reader can check it' : 'Basis (optional)'}
          hint="e.g. “Reuters, 3 March 2026; Philippine Navy press release”."
          field="basis"
          multiline
          value={textAt(raw, ['basis'])}
          messages={messagesFor('basis')}
          onChange={(value) => update(['basis'], value)}
        />
        <div className={styles.columns}>
          <SelectField
            label="Era"
            field="era"
            value={textAt(raw, ['era'])}
            options={choices.eras}
            messages={messagesFor('era')}
            onChange={(value) => update(['era'], value)}
          />
          <SelectField
            label="Region"
            field="region"
            value={textAt(raw, ['region'])}
            options={choices.regions}
            messages={messagesFor('region')}
            onChange={(value) => update(['region'], value)}
          />
        </div>
        <CheckGroup
          legend="Who acts"
          field="actorTypes"
          options={choices.actorTypes}
          value={listAt(raw, ['actorTypes'])}
          messages={messagesFor('actorTypes')}
          onChange={(value) => update(['actorTypes'], value)}
        />

        <h2>Frameworks to ask it under</h2>
        {messagesFor('lenses', true).length > 0 ? (
          <Messages id={fieldId('lenses')} messages={messagesFor('lenses', true)} />
        ) : null}
        {choices.frameworks.map((framework) => (
          <LensEditor
            key={framework.id}
            framework={framework}
            references={choices.references}
            lens={(lenses[framework.id] as Raw | undefined) ?? undefined}
            messagesFor={messagesFor}
            onChange={(path, value) => update(['lenses', framework.id, ...path], value)}
            onToggle={(on) => update(['lenses', framework.id], on ? { difficulty: 1 } : undefined)}
          />
        ))}
      </fieldset>

      {readOnly ? null : (
        <div className={styles.saveBar}>
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => save('draft')}
            >
              Save draft
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => save('ready')}>
              Save as ready
            </button>
          </div>
          <div role={message?.tone === 'error' ? 'alert' : 'status'}>
            {message ? (
              <p className={message.tone === 'error' ? 'form-error' : styles.saved}>
                {message.text}
              </p>
            ) : null}
          </div>
        </div>
      )}

      <section aria-labelledby="preview-heading" className={styles.previewSection}>
        <h2 id="preview-heading">Preview, as a student sees it</h2>
        <ItemPreviews items={preview} />
      </section>
    </div>
  );
}

/** Where to jump for a message: its field, or the nearest field above it the form has. */
function nearestField(field: string): string {
  const lens = /^lenses\.([a-z0-9-]+)\.(whyNot|alsoFits)\.([a-z0-9-]+)/.exec(field);
  if (lens) return `lenses.${lens[1]}.${lens[2]}.${lens[3]}`;
  const part = /^lenses\.([a-z0-9-]+)\.([a-zA-Z]+)/.exec(field);
  if (part) return `lenses.${part[1]}.${part[2] === 'keys' ? 'key' : part[2]}`;
  return field.replace(/\[\d+\].*$/, '').split('.')[0] ?? field;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function Messages({ id, messages }: { id: string; messages: Check[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className={`list-plain ${styles.messages}`}>
      {messages.map((m, i) => (
        <li key={i} className={m.severity === 'error' ? styles.error : styles.warning}>
          <span className="visually-hidden">
            {m.severity === 'error' ? 'Error: ' : 'Warning: '}
          </span>
          {m.message}
        </li>
      ))}
    </ul>
  );
}

type FieldProps = {
  label: string;
  hint?: string;
  field: string;
  value: string;
  messages: Check[];
  multiline?: boolean;
  inputMode?: 'numeric';
  onChange: (value: string) => void;
  onBlur?: (value: string) => void;
};

function TextField({
  label,
  hint,
  field,
  value,
  messages,
  multiline,
  inputMode,
  onChange,
  onBlur,
}: FieldProps) {
  const id = fieldId(field);
  const hintId = `${id}-hint`;
  const messagesId = `${id}-messages`;
  const describedBy = [hint ? hintId : '', messages.length > 0 ? messagesId : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': messages.some((m) => m.severity === 'error') || undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
    onBlur: onBlur
      ? (event: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) =>
          onBlur(event.target.value)
      : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={Math.min(12, Math.max(3, Math.ceil(value.length / 45)))} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} />
      )}
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      <Messages id={messagesId} messages={messages} />
    </div>
  );
}

function SelectField({
  label,
  field,
  value,
  options,
  messages,
  onChange,
}: {
  label: string;
  field: string;
  value: string;
  options: { id: string; label: string }[];
  messages: Check[];
  onChange: (value: string) => void;
}) {
  const id = fieldId(field);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={messages.length > 0 ? `${id}-messages` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={`${id}-messages`} messages={messages} />
    </div>
  );
}

function CheckGroup({
  legend,
  field,
  options,
  value,
  messages,
  onChange,
}: {
  legend: string;
  field: string;
  options: { id: string; label: string }[];
  value: string[];
  messages: Check[];
  onChange: (value: string[]) => void;
}) {
  const id = fieldId(field);
  return (
    <fieldset id={id} className={styles.group}>
      <legend>{legend}</legend>
      <div className={styles.checks}>
        {options.map((o) => (
          <label key={o.id} className="check-row">
            <input
              type="checkbox"
              checked={value.includes(o.id)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, o.id] : value.filter((v) => v !== o.id))
              }
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <Messages id={`${id}-messages`} messages={messages} />
    </fieldset>
  );
}

function LensEditor({
  framework,
  references,
  lens,
  messagesFor,
  onChange,
  onToggle,
}: {
  framework: EditorFramework;
  references: { id: string; short: string }[];
  lens: Raw | undefined;
  messagesFor: (field: string, exact?: boolean) => Check[];
  onChange: (path: Path, value: unknown) => void;
  onToggle: (on: boolean) => void;
}) {
  const base = `lenses.${framework.id}`;
  const toggleId = useId();
  const on = lens !== undefined;
  const key = lens ? textAt(lens, ['key']) : '';
  const keys = lens ? listAt(lens, ['keys']) : [];
  const accepted = lens ? listAt(lens, ['accepted']) : [];
  const right = new Set([key, ...keys, ...accepted].filter(Boolean));
  const citation = (lens ? getAt(lens, ['citation']) : undefined) as Raw | undefined;
  const citationSource =
    citation && typeof citation.text === 'string'
      ? FREE_CITATION
      : citation
        ? textAt(citation, ['source'])
        : '';
  return (
    <fieldset
      className={styles.lens}
      aria-describedby={
        messagesFor(base, true).length > 0 ? `${fieldId(base)}-messages` : undefined
      }
    >
      <legend>{framework.label}</legend>
      <label className="check-row" htmlFor={toggleId}>
        <input
          id={toggleId}
          type="checkbox"
          checked={on}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <span>Ask it under this framework</span>
      </label>
      <Messages id={`${fieldId(base)}-messages`} messages={messagesFor(base, true)} />
      {lens ? (
        <>
          <fieldset id={fieldId(`${base}.key`)} className={styles.group}>
            <legend>The single best answer</legend>
            {framework.categories.map((c) => (
              <label key={c.id} className="check-row">
                <input
                  type="radio"
                  name={`${base}.key`}
                  checked={key === c.id}
                  onChange={() => {
                    onChange(['key'], c.id);
                    onChange(
                      ['accepted'],
                      accepted.filter((a) => a !== c.id),
                    );
                    onChange(['whyNot', c.id], undefined);
                  }}
                />
                <span>{c.label}</span>
              </label>
            ))}
            <Messages
              id={`${fieldId(`${base}.key`)}-messages`}
              messages={[...messagesFor(`${base}.key`), ...messagesFor(`${base}.keys`)]}
            />
          </fieldset>
          {framework.many ? (
            <CheckGroup
              legend="Every category that applies (two or more make a pick-every-one question; leave empty for none)"
              field={`${base}.keys`}
              options={framework.categories.map((c) => ({ id: c.id, label: c.shortLabel }))}
              value={keys}
              messages={[]}
              onChange={(value) => onChange(['keys'], value)}
            />
          ) : null}
          <CheckGroup
            legend="Also accepted as the single answer (optional)"
            field={`${base}.accepted`}
            options={framework.categories
              .filter((c) => c.id !== key)
              .map((c) => ({ id: c.id, label: c.shortLabel }))}
            value={accepted}
            messages={messagesFor(`${base}.accepted`)}
            onChange={(value) => onChange(['accepted'], value)}
          />
          <TextField
            label="Explanation: why the key is right"
            field={`${base}.explanation`}
            multiline
            value={textAt(lens, ['explanation'])}
            messages={messagesFor(`${base}.explanation`)}
            onChange={(value) => onChange(['explanation'], value)}
          />
          <TextField
            label="Cue: the words of the text that make the key right (optional)"
            field={`${base}.cue`}
            value={textAt(lens, ['cue'])}
            messages={messagesFor(`${base}.cue`)}
            onChange={(value) => onChange(['cue'], value)}
          />
          {framework.categories.map((c) =>
            right.has(c.id) && c.id !== key ? (
              <TextField
                key={c.id}
                label={`Why ${c.shortLabel} also fits`}
                field={`${base}.alsoFits.${c.id}`}
                multiline
                value={textAt(lens, ['alsoFits', c.id])}
                messages={messagesFor(`${base}.alsoFits.${c.id}`)}
                onChange={(value) => onChange(['alsoFits', c.id], value)}
              />
            ) : right.has(c.id) ? null : (
              <TextField
                key={c.id}
                label={`Why not ${c.shortLabel}?`}
                field={`${base}.whyNot.${c.id}`}
                multiline
                value={textAt(lens, ['whyNot', c.id])}
                messages={messagesFor(`${base}.whyNot.${c.id}`)}
                onChange={(value) => onChange(['whyNot', c.id], value)}
              />
            ),
          )}
          <Messages
            id={`${fieldId(`${base}.whyNot`)}-messages`}
            messages={[
              ...messagesFor(`${base}.whyNot`, true),
              ...messagesFor(`${base}.alsoFits`, true),
            ]}
          />
          {framework.reasons.length > 0 ? (
            <SelectField
              label="Two-tier reason: what sets the key apart (optional)"
              field={`${base}.reason`}
              value={textAt(lens, ['reason'])}
              options={framework.reasons
                .filter((r) => key === '' || r.characterises.includes(key))
                .map((r) => ({ id: r.id, label: r.label }))}
              messages={messagesFor(`${base}.reason`)}
              onChange={(value) => onChange(['reason'], value)}
            />
          ) : null}
          <SelectField
            label="Difficulty"
            field={`${base}.difficulty`}
            value={textAt(lens, ['difficulty'])}
            options={Object.entries(DIFFICULTY).map(([id, label]) => ({ id, label }))}
            messages={messagesFor(`${base}.difficulty`)}
            onChange={(value) => onChange(['difficulty'], value === '' ? undefined : Number(value))}
          />
          <SelectField
            label="Source"
            field={`${base}.citation`}
            value={citationSource}
            options={[
              ...references.map((r) => ({ id: r.id, label: r.short })),
              { id: FREE_CITATION, label: 'Another source: write it out' },
            ]}
            messages={citationSource === FREE_CITATION ? [] : messagesFor(`${base}.citation`)}
            onChange={(value) =>
              onChange(
                ['citation'],
                value === ''
                  ? undefined
                  : value === FREE_CITATION
                    ? { text: '' }
                    : { source: value },
              )
            }
          />
          {citationSource === FREE_CITATION ? (
            <TextField
              label="The citation, as a reader would look it up"
              field={`${base}.citation.text`}
              value={textAt(lens, ['citation', 'text'])}
              messages={messagesFor(`${base}.citation`)}
              onChange={(value) => onChange(['citation'], { text: value })}
            />
          ) : citationSource !== '' ? (
            <TextField
              label="Page (optional)"
              field={`${base}.citation.page`}
              value={textAt(lens, ['citation', 'page'])}
              messages={[]}
              onChange={(value) => onChange(['citation', 'page'], value)}
            />
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

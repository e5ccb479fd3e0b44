/**
 * The editor holds the scenario exactly as it will be stored: a plain object in the bank's YAML
 * shape. These helpers read and write it by path, dropping a field when it is emptied, so a
 * cleared box reads as "missing" to the checks rather than as an empty string.
 */
export type Raw = Record<string, unknown>;
export type Path = readonly (string | number)[];

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function getAt(raw: Raw, path: Path): unknown {
  let node: unknown = raw;
  for (const part of path) {
    if (!isRecord(node)) return undefined;
    node = node[String(part)];
  }
  return node;
}

export const textAt = (raw: Raw, path: Path): string => {
  const value = getAt(raw, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

export const listAt = (raw: Raw, path: Path): string[] => {
  const value = getAt(raw, path);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.keys(value).length === 0);

/** A copy with `value` at `path`; an empty value removes the field, and then any parent it empties. */
export function setAt(raw: Raw, path: Path, value: unknown): Raw {
  const [head, ...rest] = path;
  if (head === undefined) return raw;
  const key = String(head);
  const next = rest.length === 0 ? value : setAt(isRecord(raw[key]) ? raw[key] : {}, rest, value);
  const copy: Raw = { ...raw };
  if (isEmpty(next)) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** "Week 3: the port call" → "week-3-the-port-call": a kebab id from a title. */
export function slugFrom(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A DOM id for a field path: "lenses.pajtinka.whyNot.information" → "f-lenses-pajtinka-whyNot-information". */
export const fieldId = (field: string): string => `f-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * Parses YAML while keeping the positions of its nodes, so that an error found later by a
 * schema or a cross-file check can still be reported at "file:line:column".
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type IssuePath = readonly PropertyKey[];

export type BankIssue = {
  /** Path of the file, as given to the loader, e.g. "questions/scenarios/sino-serbian.yaml". */
  file: string;
  /** 1-based line; absent when the problem is the file as a whole. */
  line?: number;
  column?: number;
  /** Where in the data, e.g. "scenarios[3].lenses.pajtinka.key"; "" for the whole file. */
  field: string;
  message: string;
};

export type YamlSource = {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
};

export type ParsedYaml =
  { ok: true; source: YamlSource; data: unknown } | { ok: false; issues: BankIssue[] };

export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const at = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: at.line,
          column: at.col,
          field: '',
          message: `invalid YAML: ${firstLine(error.message)}`,
        };
      }),
    };
  }
  return { ok: true, source: { file, doc, lineCounter }, data: doc.toJS() };
}

/** Formats a data path the way authors read it: scenarios[3].lenses.pajtinka.key */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/**
 * An issue at `path` in a parsed file. A missing field has no node of its own, so the
 * position is that of the nearest enclosing node that exists (the object it is missing from).
 */
export function issueAt(source: YamlSource, path: IssuePath, message: string): BankIssue {
  const position = positionOf(source, path);
  return { file: source.file, ...position, field: formatPath(path), message };
}

function positionOf(source: YamlSource, path: IssuePath): { line?: number; column?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(source.doc, path.slice(0, depth));
    const offset = node?.range?.[0];
    if (offset !== undefined) {
      const at = source.lineCounter.linePos(offset);
      return { line: at.line, column: at.col };
    }
  }
  return {};
}

function nodeAt(doc: Document.Parsed, path: IssuePath): Node | undefined {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node)) {
      // Point at the key when a map entry is the target: that is the line an author looks for.
      const pair = node.items.find((item) => keyName(item.key) === String(part));
      if (!pair) return undefined;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
    } else {
      return undefined;
    }
  }
  return node as Node | undefined;
}

function keyName(key: unknown): string | undefined {
  if (key && typeof key === 'object' && 'value' in key) return String(key.value);
  return key === undefined || key === null ? undefined : String(key);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

export function formatIssue(issue: BankIssue): string {
  const where =
    issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  return issue.field === ''
    ? `${where} ${issue.message}`
    : `${where} ${issue.field}: ${issue.message}`;
}

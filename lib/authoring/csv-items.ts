/**
 * Instructors' own single-best items as a spreadsheet: one row per scenario × framework (lens).
 * Reading turns rows into plain scenario objects shaped like the bank's YAML and leaves every
 * judgement about their content (ids, categories, lengths) to the bank's checker; it reports
 * only what is wrong with the file as a spreadsheet. Writing is the inverse for the lenses the
 * format can hold, and says what it had to leave out.
 */
import { toCsv, type CsvCell } from '../export/csv';
import { readCsv, type CsvRow } from './csv-read';

export type CsvProblem = { line?: number; column?: string; message: string };

export type CsvFramework = { id: string; categories: readonly { id: string }[] };

export type CsvImportOptions = {
  frameworks: readonly CsvFramework[];
  /** Citations that name one of these ids become `{ source, page }`. */
  references: readonly { id: string }[];
};

export type CsvImport =
  | { ok: false; problems: CsvProblem[] }
  | {
      ok: true;
      /** `{ schemaVersion: 1, scenarios: [...] }` as plain objects, for the checker. */
      file: { schemaVersion: 1; scenarios: Record<string, unknown>[] };
      /** Problems confined to rows; the import refuses the scenarios they belong to. */
      rowProblems: (CsvProblem & { scenarioIndex: number })[];
      /** Where a checker issue on `scenarios[i].<path>` is in the file: its row and column. */
      locate: (path: readonly PropertyKey[]) => { line?: number; column?: string };
    };

export type CsvSkipped = {
  id: string;
  /** The lens left out or cut short; "" when it is the scenario's own field. */
  framework: string;
  why: string;
};

/** Scenario fields, in the column order of the format. */
const SCENARIO_COLUMNS = [
  'id',
  'title',
  'text',
  'context',
  'year',
  'actors',
  'basis',
  'era',
  'region',
  'actorTypes',
] as const;
type ScenarioColumn = (typeof SCENARIO_COLUMNS)[number];

const LENS_COLUMNS_BEFORE = ['framework', 'key', 'accepted', 'difficulty', 'explanation'] as const;
const PER_CATEGORY = ['whyNot', 'alsoFits'] as const;
const LENS_COLUMNS_AFTER = ['cue', 'citation'] as const;
type PerCategory = (typeof PER_CATEGORY)[number];

const FIXED_COLUMNS: readonly string[] = [
  ...SCENARIO_COLUMNS,
  ...LENS_COLUMNS_BEFORE,
  ...LENS_COLUMNS_AFTER,
];
const REQUIRED_COLUMNS = [
  'id',
  'title',
  'text',
  'context',
  'framework',
  'key',
  'difficulty',
  'explanation',
] as const;
const LIST_COLUMNS = new Set(['actors', 'actorTypes', 'accepted']);
const WHOLE_NUMBER_COLUMNS = new Set(['year', 'difficulty']);

/** The key order of the bank's YAML files, so an exported scenario reads like a shipped one. */
const SCENARIO_KEY_ORDER = [
  'id',
  'title',
  'context',
  'year',
  'actors',
  'era',
  'region',
  'actorTypes',
  'basis',
  'text',
] as const;
const LENS_KEY_ORDER = ['key', 'accepted', 'cue', 'explanation'] as const;

const LIST_SEPARATOR = '|';
/** The writer's escape (lib/export/csv.ts): an apostrophe before what a spreadsheet would run. */
const ESCAPED = /^'[=+\-@\t\r]/;
/** A leading "-" is left alone: "-5 °C" is text, and spreadsheets read "-5" as a number. */
const FORMULA = /^[=+@]/;
const FORMULA_MESSAGE =
  'looks like a spreadsheet formula; if it is text, start it with an apostrophe';
const CITATION = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:,\s*pp?\.\s*(\S.*))?$/;

// ---------------------------------------------------------------------------------------------
// Reading

type Cell = { value: string; line: number };
type LensDraft = { line: number; cells: Map<string, string> };
type ScenarioDraft = {
  index: number;
  id: string | undefined;
  firstLine: number;
  fields: Map<ScenarioColumn, Cell>;
  lenses: Map<string, LensDraft>;
};

export function csvToScenarioFile(bytes: Uint8Array, options: CsvImportOptions): CsvImport {
  const table = readCsv(bytes);
  if (!table.ok) return { ok: false, problems: table.problems };

  const columns = resolveColumns(table.header, table.headerLine, table.rows, options.frameworks);
  if (!columns.ok) return { ok: false, problems: columns.problems };

  const drafts: ScenarioDraft[] = [];
  const byId = new Map<string, ScenarioDraft>();
  const rowProblems: (CsvProblem & { scenarioIndex: number })[] = [];

  for (const row of table.rows) {
    const cells = new Map<string, string>();
    const refused: string[] = [];
    for (const [index, column] of columns.byIndex) {
      const cell = cleanCell(row.cells[index] ?? '');
      if (cell.formula) refused.push(column);
      else if (cell.value !== '') cells.set(column, cell.value);
    }

    // A refused id still groups its rows, so that each scenario is refused once, not per row.
    const idText = cleanCell(row.cells[columns.byName.get('id')!] ?? '').value;
    let draft = idText === '' ? undefined : byId.get(idText);
    if (draft === undefined) {
      draft = {
        index: drafts.length,
        id: cells.get('id'),
        firstLine: row.line,
        fields: new Map(),
        lenses: new Map(),
      };
      drafts.push(draft);
      if (idText !== '') byId.set(idText, draft);
    }
    const scenarioIndex = draft.index;
    const report = (column: string | undefined, message: string) =>
      rowProblems.push({
        line: row.line,
        ...(column === undefined ? {} : { column }),
        message,
        scenarioIndex,
      });

    for (const column of refused) report(column, FORMULA_MESSAGE);
    if (idText === '') {
      report('id', 'no id: every row names its scenario, the second and later rows too');
    }
    takeScenarioCells(draft, idText, row, cells, report);
    if (!refused.includes('framework')) takeLensCells(draft, idText, row, cells, report);
  }

  const references = new Set(options.references.map((reference) => reference.id));
  const scenarios = drafts.map((draft) => buildScenario(draft, references));
  return {
    ok: true,
    file: { schemaVersion: 1, scenarios },
    rowProblems,
    locate: (path) => locate(drafts, path),
  };
}

type Columns =
  | { ok: true; byIndex: Map<number, string>; byName: Map<string, number> }
  | { ok: false; problems: CsvProblem[] };

/** Header names are matched case-insensitively and trimmed; each maps to its canonical spelling. */
function resolveColumns(
  header: readonly string[],
  headerLine: number,
  rows: readonly CsvRow[],
  frameworks: readonly CsvFramework[],
): Columns {
  const fixed = new Map(FIXED_COLUMNS.map((name) => [name.toLowerCase(), name]));
  const categories = new Map(
    frameworks.flatMap((f) => f.categories.map((c) => [c.id.toLowerCase(), c.id] as const)),
  );
  const byIndex = new Map<number, string>();
  const byName = new Map<string, number>();
  const problems: CsvProblem[] = [];

  header.forEach((written, index) => {
    const name = written.trim();
    if (name === '') {
      // Spreadsheets leave unnamed empty columns between the used ones; only data needs a name.
      if (rows.some((row) => (row.cells[index] ?? '').trim() !== '')) {
        problems.push({
          line: headerLine,
          message: `column ${index + 1} has data but no name in the header`,
        });
      }
      return;
    }
    const canonical = canonicalColumn(name, fixed, categories);
    if (canonical === undefined) {
      problems.push({
        line: headerLine,
        column: name,
        message: `unknown column "${name}"; the columns are ${knownColumns(frameworks)}`,
      });
      return;
    }
    if (byName.has(canonical)) {
      problems.push({
        line: headerLine,
        column: canonical,
        message: `the column "${canonical}" appears twice`,
      });
      return;
    }
    byIndex.set(index, canonical);
    byName.set(canonical, index);
  });

  for (const required of REQUIRED_COLUMNS) {
    if (!byName.has(required)) {
      problems.push({
        line: headerLine,
        column: required,
        message: `the required column "${required}" is missing`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, byIndex, byName };
}

function canonicalColumn(
  name: string,
  fixed: ReadonlyMap<string, string>,
  categories: ReadonlyMap<string, string>,
): string | undefined {
  const lower = name.toLowerCase();
  const known = fixed.get(lower);
  if (known !== undefined) return known;
  for (const prefix of PER_CATEGORY) {
    if (!lower.startsWith(`${prefix.toLowerCase()}.`)) continue;
    // Whether the category exists is the checker's question; the column only needs one named.
    const category = lower.slice(prefix.length + 1).trim();
    if (category === '') return undefined;
    return `${prefix}.${categories.get(category) ?? category}`;
  }
  return undefined;
}

function knownColumns(frameworks: readonly CsvFramework[]): string {
  const example = frameworks[0]?.categories[0]?.id ?? 'category-id';
  return [
    ...SCENARIO_COLUMNS,
    ...LENS_COLUMNS_BEFORE,
    ...PER_CATEGORY.map((prefix) => `${prefix}.<category id> (e.g. ${prefix}.${example})`),
    ...LENS_COLUMNS_AFTER,
  ].join(', ');
}

/** Trimmed, with the writer's apostrophe escape undone; `formula` when a spreadsheet would run it. */
function cleanCell(raw: string): { value: string; formula: boolean } {
  const value = raw.trim();
  if (ESCAPED.test(value)) return { value: value.slice(1).trimStart(), formula: false };
  return { value, formula: FORMULA.test(value) };
}

type Report = (column: string | undefined, message: string) => void;

function takeScenarioCells(
  draft: ScenarioDraft,
  idText: string,
  row: CsvRow,
  cells: ReadonlyMap<string, string>,
  report: Report,
): void {
  for (const column of SCENARIO_COLUMNS) {
    if (column === 'id') continue;
    const value = cells.get(column);
    if (value === undefined) continue;
    if (WHOLE_NUMBER_COLUMNS.has(column) && !isWholeNumber(value)) {
      report(column, `"${value}" is not a whole number`);
      continue;
    }
    const first = draft.fields.get(column);
    if (first === undefined) draft.fields.set(column, { value, line: row.line });
    else if (first.value !== value) {
      report(column, `differs from line ${first.line}, where scenario "${idText}" was first given`);
    }
  }
}

function takeLensCells(
  draft: ScenarioDraft,
  idText: string,
  row: CsvRow,
  cells: ReadonlyMap<string, string>,
  report: Report,
): void {
  const lensCells = new Map(
    [...cells].filter(([column]) => !(SCENARIO_COLUMNS as readonly string[]).includes(column)),
  );
  const framework = lensCells.get('framework');
  if (framework === undefined) {
    // A row that gives only scenario cells adds no lens; one with lens cells needs to say whose.
    if (lensCells.size > 0) report('framework', 'no framework: which lens is this row?');
    return;
  }
  const earlier = draft.lenses.get(framework);
  if (earlier !== undefined) {
    report(
      'framework',
      `the framework "${framework}" is given twice for scenario "${idText}" (first at line ${earlier.line})`,
    );
    return;
  }
  const difficulty = lensCells.get('difficulty');
  if (difficulty !== undefined && !isWholeNumber(difficulty)) {
    report('difficulty', `"${difficulty}" is not a whole number; the difficulty is 1, 2 or 3`);
    lensCells.delete('difficulty');
  }
  lensCells.delete('framework');
  draft.lenses.set(framework, { line: row.line, cells: lensCells });
}

function isWholeNumber(value: string): boolean {
  return /^-?\d+$/.test(value);
}

function buildScenario(
  draft: ScenarioDraft,
  references: ReadonlySet<string>,
): Record<string, unknown> {
  const scenario: Record<string, unknown> = {};
  for (const key of SCENARIO_KEY_ORDER) {
    const value = key === 'id' ? draft.id : draft.fields.get(key)?.value;
    if (value !== undefined) scenario[key] = fieldValue(key, value);
  }
  const lenses: Record<string, unknown> = {};
  for (const [framework, lens] of draft.lenses) lenses[framework] = buildLens(lens, references);
  scenario.lenses = lenses;
  return scenario;
}

function buildLens(lens: LensDraft, references: ReadonlySet<string>): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const key of LENS_KEY_ORDER) {
    const value = lens.cells.get(key);
    if (value !== undefined) entry[key] = fieldValue(key, value);
  }
  for (const prefix of ['alsoFits', 'whyNot'] as const) {
    const byCategory = perCategory(lens.cells, prefix);
    if (Object.keys(byCategory).length > 0) entry[prefix] = byCategory;
  }
  const difficulty = lens.cells.get('difficulty');
  if (difficulty !== undefined) entry.difficulty = Number(difficulty);
  const citation = lens.cells.get('citation');
  if (citation !== undefined) entry.citation = parseCitation(citation, references);
  return entry;
}

function fieldValue(column: string, value: string): unknown {
  if (WHOLE_NUMBER_COLUMNS.has(column)) return Number(value);
  if (LIST_COLUMNS.has(column)) {
    const items = value.split(LIST_SEPARATOR).map((item) => item.trim());
    return items.filter((item) => item !== '');
  }
  return value;
}

function perCategory(
  cells: ReadonlyMap<string, string>,
  prefix: PerCategory,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of cells) {
    if (column.startsWith(`${prefix}.`)) out[column.slice(prefix.length + 1)] = value;
  }
  return out;
}

/** "ref-id", "ref-id, p. 12" or "ref-id, pp. 3-4" for a known reference; anything else is free text. */
function parseCitation(value: string, references: ReadonlySet<string>): Record<string, unknown> {
  const match = CITATION.exec(value);
  const source = match?.[1];
  if (match === null || source === undefined || !references.has(source)) return { text: value };
  const page = match[2]?.trim();
  if (page === undefined) return { source };
  return { source, page: /^\d+$/.test(page) ? Number(page) : page };
}

function locate(
  drafts: readonly ScenarioDraft[],
  path: readonly PropertyKey[],
): { line?: number; column?: string } {
  const [root, index, field, framework, lensField, category] = path;
  const draft = root === 'scenarios' && typeof index === 'number' ? drafts[index] : undefined;
  if (draft === undefined || typeof field !== 'string') {
    return draft === undefined ? {} : { line: draft.firstLine };
  }
  if ((SCENARIO_COLUMNS as readonly string[]).includes(field)) {
    const given = draft.fields.get(field as ScenarioColumn);
    return { line: given?.line ?? draft.firstLine, column: field };
  }
  if (field !== 'lenses') return { line: draft.firstLine };
  const lens = typeof framework === 'string' ? draft.lenses.get(framework) : undefined;
  if (lens === undefined) return { line: draft.firstLine };
  if (typeof lensField !== 'string') return { line: lens.line, column: 'framework' };
  if ((PER_CATEGORY as readonly string[]).includes(lensField)) {
    return typeof category === 'string'
      ? { line: lens.line, column: `${lensField}.${category}` }
      : { line: lens.line };
  }
  const known = [...LENS_COLUMNS_BEFORE, ...LENS_COLUMNS_AFTER] as readonly string[];
  return known.includes(lensField) ? { line: lens.line, column: lensField } : { line: lens.line };
}

// ---------------------------------------------------------------------------------------------
// Writing

const LENS_FIELDS_WRITTEN = new Set([
  'key',
  'accepted',
  'difficulty',
  'explanation',
  'whyNot',
  'alsoFits',
  'cue',
  'citation',
]);

/** Why each field the format cannot hold is left out, for the instructor to read. */
const LENS_FIELDS_LEFT_OUT: Record<string, string> = {
  keys: 'the pick-every-one keys are not in the spreadsheet format',
  reason: 'the two-tier reason is not in the spreadsheet format',
  nearMiss: 'the near miss is not in the spreadsheet format',
  question: "the lens's own question is not in the spreadsheet format",
  questionMany: "the lens's own pick-every-one question is not in the spreadsheet format",
};
const SCENARIO_FIELDS_LEFT_OUT: Record<string, string> = {
  contrastWith: 'the contrast pairs (contrastWith) are not in the spreadsheet format',
  heldBack: 'holding a scenario back for assessments is not in the spreadsheet format',
};

/**
 * Writes the single-best lenses (those with a `key`) of raw scenario objects as a spreadsheet,
 * one row per lens, and lists in `skipped` what the format cannot hold.
 */
export function scenariosToCsv(
  scenarios: readonly Record<string, unknown>[],
  frameworks: readonly CsvFramework[],
): { csv: string; skipped: CsvSkipped[] } {
  const skipped: CsvSkipped[] = [];
  const rows: Map<string, CsvCell>[] = [];

  for (const scenario of scenarios) {
    const id = typeof scenario.id === 'string' ? scenario.id : '';
    const skip = (framework: string, why: string) => skipped.push({ id, framework, why });
    const scenarioCells = new Map<string, CsvCell>();
    for (const column of SCENARIO_COLUMNS) scenarioCells.set(column, cellOf(scenario[column]));
    for (const [field, value] of Object.entries(scenario)) {
      if ((SCENARIO_COLUMNS as readonly string[]).includes(field) || field === 'lenses') continue;
      if (isDefault(value)) continue;
      skip(
        '',
        SCENARIO_FIELDS_LEFT_OUT[field] ?? `the field "${field}" is not in the spreadsheet format`,
      );
    }

    let written = 0;
    const lenses = isRecord(scenario.lenses) ? Object.entries(scenario.lenses) : [];
    for (const [framework, lens] of lenses) {
      if (!isRecord(lens)) continue;
      if (typeof lens.key !== 'string') {
        skip(
          framework,
          lens.keys === undefined
            ? 'the lens has no key'
            : 'a pick-every-one lens without a single key is not in the spreadsheet format',
        );
        continue;
      }
      for (const [field, value] of Object.entries(lens)) {
        if (LENS_FIELDS_WRITTEN.has(field) || value === undefined) continue;
        skip(
          framework,
          LENS_FIELDS_LEFT_OUT[field] ?? `the field "${field}" is not in the spreadsheet format`,
        );
      }
      const row = new Map(scenarioCells);
      row.set('framework', framework);
      row.set('key', lens.key);
      row.set('accepted', cellOf(lens.accepted));
      row.set('difficulty', cellOf(lens.difficulty));
      row.set('explanation', cellOf(lens.explanation));
      for (const prefix of PER_CATEGORY) {
        const byCategory = lens[prefix];
        if (!isRecord(byCategory)) continue;
        for (const [category, text] of Object.entries(byCategory)) {
          row.set(`${prefix}.${category}`, cellOf(text));
        }
      }
      row.set('cue', cellOf(lens.cue));
      row.set(
        'citation',
        citationCell(lens.citation, () => skip(framework, SECTION_LEFT_OUT)),
      );
      rows.push(row);
      written++;
    }
    if (written === 0) skip('', 'no lens has a single key, so the scenario has no row');
  }

  const header = headerOf(rows, frameworks);
  return {
    csv: toCsv(
      header,
      rows.map((row) => header.map((column) => row.get(column))),
    ),
    skipped,
  };
}

const SECTION_LEFT_OUT =
  "the citation's section is not in the spreadsheet format; only its source is written";

/** The columns the rows use, in the format's order; the required ones always, so the file reads back. */
function headerOf(
  rows: readonly Map<string, CsvCell>[],
  frameworks: readonly CsvFramework[],
): string[] {
  const used = new Set<string>(REQUIRED_COLUMNS);
  for (const row of rows) {
    for (const [column, value] of row) if (value !== undefined && value !== '') used.add(column);
  }
  const categoryOrder = [...new Set(frameworks.flatMap((f) => f.categories.map((c) => c.id)))];
  const perCategory = PER_CATEGORY.flatMap((prefix) => {
    const listed = categoryOrder.map((category) => `${prefix}.${category}`);
    // Categories no framework lists still get their column, after the known ones.
    const others = [...used].filter((c) => c.startsWith(`${prefix}.`) && !listed.includes(c));
    return [...listed, ...others].filter((column) => used.has(column));
  });
  return [
    ...[...SCENARIO_COLUMNS, ...LENS_COLUMNS_BEFORE].filter((column) => used.has(column)),
    ...perCategory,
    ...LENS_COLUMNS_AFTER.filter((column) => used.has(column)),
  ];
}

function cellOf(value: unknown): CsvCell {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  return undefined;
}

function citationCell(citation: unknown, sectionLeftOut: () => void): CsvCell {
  if (!isRecord(citation)) return undefined;
  if (typeof citation.text === 'string') return citation.text;
  if (typeof citation.source !== 'string') return undefined;
  if (citation.section !== undefined) sectionLeftOut();
  const page = citation.page;
  if (page === undefined) return citation.source;
  const pages = /[,\-–]/.test(String(page)) ? 'pp.' : 'p.';
  return `${citation.source}, ${pages} ${String(page)}`;
}

/** A field at its schema default says nothing the spreadsheet loses by leaving it out. */
function isDefault(value: unknown): boolean {
  return value === undefined || value === false || (Array.isArray(value) && value.length === 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

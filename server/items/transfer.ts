/**
 * Import and export of own items: a YAML file in the bank's schema, or a spreadsheet (CSV) of
 * single-best items. An import is checked in full before anything is stored.
 */
import 'server-only';
import {
  checkOwnFile,
  type FileCheck,
  type LocatedIssue,
  type Locate,
} from '@/lib/authoring/check';
import { csvToScenarioFile, scenariosToCsv } from '@/lib/authoring/csv-items';
import { ownYaml, readOwnYaml } from '@/lib/authoring/yaml';
import type { AssessmentBank } from '../bank';
import type { Db } from '../db/connect';
import {
  checkContextFor,
  exportableBodies,
  importChecked,
  type ImportMode,
  type ImportResult,
} from './service';

export const IMPORT_FORMATS = ['yaml', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file of 1,000 scenarios at the 64 KB limit each would be larger; real files are far smaller. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const fileProblem = (file: string, message: string, line?: number): LocatedIssue => ({
  severity: 'error',
  path: [],
  field: '',
  file,
  message,
  ...(line === undefined ? {} : { line }),
});

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and checks a file; nothing is stored. */
export async function checkImport(
  db: Db,
  ownerId: string,
  bank: AssessmentBank,
  input: { file: string; format: ImportFormat; bytes: Uint8Array },
): Promise<FileCheck> {
  const context = await checkContextFor(db, ownerId, bank);
  const refused = (issues: LocatedIssue[]): FileCheck => ({ fileIssues: issues, scenarios: [] });
  if (input.format === 'yaml') {
    let text: string;
    try {
      text = utf8.decode(input.bytes);
    } catch {
      return refused([fileProblem(input.file, 'not UTF-8: save the file as UTF-8 text')]);
    }
    const read = readOwnYaml(input.file, text.replace(/^\uFEFF/, ''));
    if (!read.ok) {
      return refused(
        read.issues.map((issue) => ({
          ...fileProblem(input.file, issue.message, issue.line),
          field: issue.field,
        })),
      );
    }
    return checkOwnFile(read.data, input.file, read.locate, context);
  }
  const csv = csvToScenarioFile(input.bytes, bank);
  if (!csv.ok) {
    return refused(
      csv.problems.map((p) => ({
        ...fileProblem(input.file, p.message, p.line),
        field: p.column ?? '',
      })),
    );
  }
  // In a spreadsheet the field an author looks for is the column.
  const locate: Locate = (path) => csv.locate(path);
  const check = checkOwnFile(csv.file, input.file, locate, context);
  for (const s of check.scenarios) {
    for (const issue of s.issues) {
      if (typeof issue.column === 'string') {
        issue.field = issue.column;
        delete issue.column;
      }
    }
  }
  for (const problem of csv.rowProblems) {
    const scenario = check.scenarios[problem.scenarioIndex];
    if (!scenario) continue;
    scenario.issues.push({
      ...fileProblem(input.file, problem.message, problem.line),
      field: problem.column ?? '',
      scenario: problem.scenarioIndex,
    });
    scenario.errors++;
  }
  return check;
}

export async function importFile(
  db: Db,
  ownerId: string,
  bank: AssessmentBank,
  input: { file: string; format: ImportFormat; bytes: Uint8Array; mode: ImportMode },
  now: number,
): Promise<ImportResult> {
  const check = await checkImport(db, ownerId, bank, input);
  return importChecked(db, ownerId, check, input.mode, now);
}

/** "file:line field: message", the way every import problem is shown. */
export function formatLocated(issue: LocatedIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return issue.field === ''
    ? `${where}: ${issue.message}`
    : `${where} ${issue.field}: ${issue.message}`;
}

export async function exportFile(
  db: Db,
  ownerId: string,
  bank: AssessmentBank,
  format: ImportFormat,
): Promise<{ text: string; skipped: { id: string; framework: string; why: string }[] }> {
  const bodies = await exportableBodies(db, ownerId);
  if (format === 'yaml') return { text: ownYaml(bodies), skipped: [] };
  const { csv, skipped } = scenariosToCsv(bodies, bank.frameworks);
  return { text: csv, skipped };
}

/**
 * Turns the text of the bank's files into a validated Bank, or into a list of issues each
 * naming the file, line, field and what was expected. Pure: the caller reads the files.
 */
import type { z } from 'zod';
import { crossCheck } from './cross-check';
import {
  frameworkFileSchema,
  referencesFileSchema,
  scenarioFileSchema,
  type Framework,
  type Reference,
  type Scenario,
} from './schema';
import { compareFileSchema, type CompareFile } from './compare';
import { quizSetFileSchema, type QuizSet } from './sets';
import { issueAt, parseYaml, type BankIssue, type YamlSource } from './yaml-source';

export type BankFile = {
  /** Path relative to the bank root, e.g. "frameworks/pajtinka.yaml". */
  path: string;
  text: string;
};

export type Bank = {
  /** In home-page order. */
  frameworks: Framework[];
  scenarios: Scenario[];
  references: Reference[];
  sets: QuizSet[];
  /** Compare pages, framework by framework. */
  comparisons: CompareFile[];
  /** Where each scenario, set and framework is defined ("scenario:<id>", "set:<id>", "framework:<id>"), for messages. */
  origins: Record<string, { file: string; line?: number }>;
};

export type LoadResult = { ok: true; bank: Bank } | { ok: false; errors: BankIssue[] };

/** Where in the bank a scenario came from; the checker uses it to report cross-file errors. */
export type Located<T> = { value: T; source: YamlSource; path: (string | number)[] };

type FileKind = 'framework' | 'scenarios' | 'references' | 'set' | 'compare';

export function fileKindOf(path: string): FileKind | undefined {
  if (!/\.ya?ml$/.test(path)) return undefined;
  if (/(^|\/)references\.ya?ml$/.test(path)) return 'references';
  if (/(^|\/)frameworks\//.test(path)) return 'framework';
  if (/(^|\/)scenarios\//.test(path)) return 'scenarios';
  if (/(^|\/)sets\//.test(path)) return 'set';
  if (/(^|\/)compare\//.test(path)) return 'compare';
  return undefined;
}

export function loadBank(files: readonly BankFile[]): LoadResult {
  const errors: BankIssue[] = [];
  const frameworks: Located<Framework>[] = [];
  const scenarios: Located<Scenario>[] = [];
  const references: Located<Reference>[] = [];
  const sets: Located<QuizSet>[] = [];
  const comparisons: Located<CompareFile>[] = [];
  let referencesFiles = 0;

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = fileKindOf(file.path);
    if (!kind) continue;
    if (kind === 'references') referencesFiles++;
    const parsed = parseYaml(file.path, file.text);
    if (!parsed.ok) {
      errors.push(...parsed.issues);
      continue;
    }
    const { source, data } = parsed;
    switch (kind) {
      case 'framework': {
        const result = validate(source, data, frameworkFileSchema, errors);
        if (result) frameworks.push({ value: result, source, path: [] });
        break;
      }
      case 'scenarios': {
        const result = validate(source, data, scenarioFileSchema, errors);
        result?.scenarios.forEach((value, index) =>
          scenarios.push({ value, source, path: ['scenarios', index] }),
        );
        break;
      }
      case 'references': {
        const result = validate(source, data, referencesFileSchema, errors);
        result?.references.forEach((value, index) =>
          references.push({ value, source, path: ['references', index] }),
        );
        break;
      }
      case 'set': {
        const result = validate(source, data, quizSetFileSchema, errors);
        if (result) sets.push({ value: result, source, path: [] });
        break;
      }
      case 'compare': {
        const result = validate(source, data, compareFileSchema, errors);
        if (result) comparisons.push({ value: result, source, path: [] });
        break;
      }
    }
  }

  if (referencesFiles === 0) {
    errors.push({
      file: 'references.yaml',
      field: '',
      message: 'missing: the bank needs a references.yaml',
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  errors.push(...crossCheck({ frameworks, scenarios, references, sets, comparisons }));
  if (errors.length > 0) return { ok: false, errors };

  const origins: Bank['origins'] = {};
  const note = (kind: string, at: Located<{ id: string }>) => {
    const { file, line } = issueAt(at.source, [...at.path, 'id'], '');
    origins[`${kind}:${at.value.id}`] = { file, line };
  };
  frameworks.forEach((at) => note('framework', at));
  scenarios.forEach((at) => note('scenario', at));
  sets.forEach((at) => note('set', at));

  return {
    ok: true,
    bank: {
      origins,
      frameworks: frameworks.map((f) => f.value).sort((a, b) => a.order - b.order),
      scenarios: scenarios.map((s) => s.value),
      references: references.map((r) => r.value),
      sets: sets.map((s) => s.value),
      comparisons: comparisons.map((c) => c.value),
    },
  };
}

function validate<S extends z.ZodType>(
  source: YamlSource,
  data: unknown,
  schema: S,
  errors: BankIssue[],
): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(issueAt(source, issue.path, describeZodIssue(issue)));
  }
  return undefined;
}

/** Zod's messages, reworded for content authors: what is wrong and what was expected. */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined')
        ? `missing: expected ${issue.expected}`
        : `expected ${issue.expected}: ${issue.message}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.message.includes('discriminator')
        ? `expected "context" to be one of source-case, historical, hypothetical, literature`
        : `does not match any allowed shape: ${issue.message}`;
    default:
      return issue.message;
  }
}

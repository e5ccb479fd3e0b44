/**
 * The checks an instructor's own scenario meets: the bank's schema, the lens rules of its
 * cross-check and the item-writing rules of its linter, plus near-duplicates of shipped and own
 * scenarios. One function serves the live editor (a draft, field by field) and imports (a
 * whole file, line by line).
 */
import { z } from 'zod';
import { checkLens } from '../bank/cross-check';
import { describeZodIssue } from '../bank/load';
import { lintScenario, nearDuplicateIndex, type LintRule } from '../bank/lint';
import {
  BANK_SCHEMA_VERSION,
  scenarioSchema,
  type Framework,
  type Reference,
  type Scenario,
} from '../bank/schema';
import { formatPath, type IssuePath } from '../bank/yaml-source';

export type Severity = 'error' | 'warning';

export type AuthoringIssue = {
  severity: Severity;
  /** Path inside the scenario, e.g. ["lenses", "pajtinka", "whyNot", "information"]; [] for all of it. */
  path: (string | number)[];
  /** The same path as authors read it: "lenses.pajtinka.whyNot.information". */
  field: string;
  message: string;
  rule?: LintRule;
};

/** A scenario the new one reads like. */
export type Similar = { id: string; title: string; mine: boolean; similarity: number };

export type CheckContext = {
  frameworks: readonly Framework[];
  references: readonly Reference[];
  /** Shipped and own scenarios whose text is close to `text`; the caller builds the index. */
  similarTo: (text: string) => Similar[];
  /** Ids (slugs) the instructor's other items use: a new one must differ, contrastWith may name them. */
  otherSlugs: ReadonlySet<string>;
};

/** The largest own scenario an editor or import accepts, serialised (a scenario is ~2–6 KB). */
export const MAX_SCENARIO_BYTES = 64 * 1024;

/** Own scenario ids may not look like the ids this app makes for them internally. */
export const INTERNAL_PREFIX = 'own-';

export type ScenarioCheck = {
  /** The scenario as parsed, when it meets the schema (it may still have lint errors). */
  scenario?: Scenario;
  issues: AuthoringIssue[];
  errors: number;
};

export function checkOwnScenario(
  raw: unknown,
  context: CheckContext,
  { slugMayExist = false }: { slugMayExist?: boolean } = {},
): ScenarioCheck {
  const issues: AuthoringIssue[] = [];
  const add = (severity: Severity, path: (string | number)[], message: string, rule?: LintRule) =>
    issues.push({ severity, path, field: formatPath(path), message, ...(rule ? { rule } : {}) });

  const size = JSON.stringify(raw ?? null).length;
  if (size > MAX_SCENARIO_BYTES) {
    add('error', [], `the scenario is ${Math.round(size / 1024)} KB; at most 64 KB`);
    return finish(issues);
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      add('error', issue.path.map(pathPart), describeZodIssue(issue));
    }
    // Without a valid "context" zod stops at the discriminator; read the rest as a hypothetical
    // case so a draft hears about every other missing field too.
    const contextIssue = parsed.error.issues.some(
      (i) => i.path.length === 1 && i.path[0] === 'context',
    );
    const data = record.safeParse(raw).data;
    if (contextIssue && data) {
      const rest = scenarioSchema.safeParse({ ...data, context: 'hypothetical' });
      for (const issue of rest.success ? [] : rest.error.issues) {
        add('error', issue.path.map(pathPart), describeZodIssue(issue));
      }
    }
  }
  // Lint what is there even when the draft is incomplete: a giveaway shows as it is typed.
  const scenario = parsed.success ? parsed.data : lenientScenario(raw);
  const frameworkById = new Map(context.frameworks.map((f) => [f.id, f]));
  const referenceIds = new Set(context.references.map((r) => r.id));

  if (scenario.id.startsWith(INTERNAL_PREFIX)) {
    add('error', ['id'], `an id may not start with "${INTERNAL_PREFIX}"; choose another`);
  } else if (!slugMayExist && context.otherSlugs.has(scenario.id)) {
    add('error', ['id'], `you already have an item with the id "${scenario.id}"; choose another`);
  }
  scenario.contrastWith.forEach((other, index) => {
    if (other === scenario.id)
      add('error', ['contrastWith', index], 'a scenario cannot contrast with itself');
    else if (!context.otherSlugs.has(other))
      add('error', ['contrastWith', index], `you have no item with the id "${other}"`);
  });
  for (const [frameworkId, entry] of Object.entries(scenario.lenses)) {
    const framework = frameworkById.get(frameworkId);
    if (!framework) {
      add(
        'error',
        ['lenses', frameworkId],
        `unknown framework "${frameworkId}"; known: ${[...frameworkById.keys()].join(', ')}`,
      );
      continue;
    }
    checkLens(scenario.text, framework, entry, (path, message) =>
      add('error', ['lenses', frameworkId, ...path], message),
    );
    const citation = entry.citation;
    if (citation && 'source' in citation && !referenceIds.has(citation.source)) {
      add(
        'error',
        ['lenses', frameworkId, 'citation', 'source'],
        `unknown reference "${citation.source}"; pick one from the list or write the citation out`,
      );
    }
  }
  lintScenario(
    scenario,
    frameworkById,
    // The lens check has said which "why not" is missing, in more words.
    (rule, severity, path, message) => rule !== 'why-not' && add(severity, path, message, rule),
    { cueRequired: false },
  );
  if (scenario.text.trim() !== '') {
    for (const similar of context.similarTo(scenario.text)) {
      if (similar.mine && similar.id === scenario.id) continue;
      add(
        'warning',
        ['text'],
        `reads like ${similar.mine ? 'your item' : 'the bank’s scenario'} “${similar.title}” (${Math.round(similar.similarity * 100)} % of word triples shared); is it the same case?`,
        'near-duplicate',
      );
    }
  }
  return finish(issues, parsed.success ? parsed.data : undefined);
}

function finish(issues: AuthoringIssue[], scenario?: Scenario): ScenarioCheck {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.field}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    ...(scenario ? { scenario } : {}),
    issues: unique,
    errors: unique.filter((i) => i.severity === 'error').length,
  };
}

const pathPart = (part: PropertyKey): string | number =>
  typeof part === 'number' ? part : String(part);

const record = z.record(z.string(), z.unknown());
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const texts = (value: unknown): Record<string, string> => {
  const parsed = record.safeParse(value);
  if (!parsed.success) return {};
  return Object.fromEntries(
    Object.entries(parsed.data).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
};

/**
 * What of an incomplete draft the linter can read: every field it looks at, with a neutral
 * value where the draft has none, so a half-written scenario is still checked as far as it goes.
 */
function lenientScenario(raw: unknown): Scenario {
  const data = record.safeParse(raw).data ?? {};
  const lenses = record.safeParse(data.lenses).data ?? {};
  return {
    id: text(data.id),
    title: text(data.title),
    text: text(data.text),
    context: 'hypothetical',
    era: 'timeless',
    region: 'global',
    actorTypes: [],
    contrastWith: strings(data.contrastWith),
    heldBack: false,
    lenses: Object.fromEntries(
      Object.entries(lenses).map(([frameworkId, value]) => {
        const lens = record.safeParse(value).data ?? {};
        const keys = strings(lens.keys);
        return [
          frameworkId,
          {
            ...(typeof lens.key === 'string' && lens.key !== '' ? { key: lens.key } : {}),
            ...(keys.length > 0 ? { keys } : {}),
            accepted: strings(lens.accepted),
            explanation: text(lens.explanation),
            whyNot: texts(lens.whyNot),
            alsoFits: texts(lens.alsoFits),
            ...(typeof lens.question === 'string' ? { question: lens.question } : {}),
            ...(typeof lens.cue === 'string' && lens.cue !== '' ? { cue: lens.cue } : {}),
            ...(lens.nearMiss !== undefined ? { nearMiss: { category: '', cue: '' } } : {}),
            difficulty: 1,
            citation: { text: 'draft' },
          },
        ];
      }),
    ),
  };
}

/** The largest file an import reads at once. */
export const MAX_FILE_SCENARIOS = 1000;

const ownFileSchema = z.strictObject({
  /** Bank format version, e.g. 1. */
  schemaVersion: z.literal(BANK_SCHEMA_VERSION),
  scenarios: z
    .array(z.unknown())
    .min(1, 'the file has no scenarios')
    .max(MAX_FILE_SCENARIOS, `at most ${MAX_FILE_SCENARIOS} scenarios per file; split it`),
});

/** A problem placed where an author fixes it: file, line and field. */
export type LocatedIssue = AuthoringIssue & {
  file: string;
  line?: number;
  column?: number | string;
  /** The scenario it belongs to (its index in the file); absent for the file as a whole. */
  scenario?: number;
};

export type FileCheck = {
  /** Problems with the file as a whole: nothing in it can be imported. */
  fileIssues: LocatedIssue[];
  scenarios: {
    index: number;
    raw: Record<string, unknown>;
    scenario?: Scenario;
    issues: LocatedIssue[];
    errors: number;
  }[];
};

/** Where an issue on `["scenarios", i, ...]` is in the file. */
export type Locate = (path: IssuePath) => { line?: number; column?: number | string };

/**
 * Checks every scenario of an own-items file. Ids may repeat the instructor's existing items
 * (the import then makes a new version of each); within the file each id must be unique.
 */
export function checkOwnFile(
  data: unknown,
  file: string,
  locate: Locate,
  context: CheckContext,
): FileCheck {
  const at = (issue: AuthoringIssue, scenario?: number): LocatedIssue => {
    const path = scenario === undefined ? issue.path : ['scenarios', scenario, ...issue.path];
    return {
      ...issue,
      file,
      ...locate(path),
      field: formatPath(path),
      ...(scenario === undefined ? {} : { scenario }),
    };
  };
  const envelope = ownFileSchema.safeParse(data);
  if (!envelope.success) {
    return {
      fileIssues: envelope.error.issues.map((issue) => {
        const path = issue.path.map(pathPart);
        return at({
          severity: 'error',
          path,
          field: formatPath(path),
          message: describeZodIssue(issue),
        });
      }),
      scenarios: [],
    };
  }
  const raws = envelope.data.scenarios.map((raw) => record.safeParse(raw).data ?? {});
  const fileSlugs = raws.map((raw) => text(raw.id)).filter(Boolean);
  const inFile = nearDuplicatesInFile(raws);
  const firstIndex = new Map<string, number>();
  return {
    fileIssues: [],
    scenarios: raws.map((raw, index) => {
      const slug = text(raw.id);
      const check = checkOwnScenario(
        raw,
        { ...context, otherSlugs: new Set([...context.otherSlugs, ...fileSlugs]) },
        { slugMayExist: true },
      );
      const issues = check.issues.map((issue) => at(issue, index));
      const earlier = firstIndex.get(slug);
      if (slug !== '' && earlier !== undefined) {
        issues.push(
          at(
            {
              severity: 'error',
              path: ['id'],
              field: 'id',
              message: `the id "${slug}" is used twice in this file (also scenario ${earlier + 1})`,
            },
            index,
          ),
        );
      } else if (slug !== '') firstIndex.set(slug, index);
      for (const other of inFile(index)) {
        issues.push(
          at(
            {
              severity: 'warning',
              path: ['text'],
              field: 'text',
              message: `reads like “${other.title}”, scenario ${other.index + 1} of this file (${Math.round(other.similarity * 100)} % of word triples shared)`,
              rule: 'near-duplicate',
            },
            index,
          ),
        );
      }
      return {
        index,
        raw,
        ...(check.scenario ? { scenario: check.scenario } : {}),
        issues,
        errors: issues.filter((i) => i.severity === 'error').length,
      };
    }),
  };
}

function nearDuplicatesInFile(
  raws: readonly Record<string, unknown>[],
): (index: number) => { index: number; title: string; similarity: number }[] {
  const entries = raws.map((raw, index) => ({
    index,
    title: text(raw.title),
    text: text(raw.text),
  }));
  let find: ReturnType<typeof nearDuplicateIndex<(typeof entries)[number]>> | undefined;
  return (index) => {
    find ??= nearDuplicateIndex(entries);
    const mine = entries[index]!;
    if (mine.text.trim() === '') return [];
    return find(mine.text)
      .filter((found) => found.entry.index < index)
      .map((found) => ({ ...found.entry, similarity: found.similarity }));
  };
}

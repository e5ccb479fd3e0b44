/**
 * The bank linter: the machine-checkable item-writing rules (after Haladyna, Downing &
 * Rodriguez 2002) and the coverage the bank promises. Errors fail `npm run bank:check`;
 * warnings are listed for an author to weigh.
 */
import type { Item } from '../items/schema';
import type { Bank } from './load';
import type { Framework, Scenario } from './schema';
import { COMPARE_FRAMEWORKS, comparisonId } from '../compare-links';
import { MODES_FRAMEWORK } from './cross-check';
import { formatItemId, parseItemId, type ItemRef } from '../items/ids';
import { COMPOSITE_KINDS, keyedScenarios } from '../items/registry';
import { itemOfEntry, itemsOfSet, type SetEntry } from './sets';

export type LintSeverity = 'error' | 'warning';
export type LintIssue = {
  rule: LintRule;
  severity: LintSeverity;
  /** "scenario:<id>", "set:<id>", "framework:<id>" or "bank". */
  subject: string;
  message: string;
};

export const LINT_RULES = [
  'coverage',
  'difficulty-spread',
  'giveaway',
  'scenario-length',
  'near-duplicate',
  'negative-stem',
  'compound-option',
  'why-not',
  'contrast-both-ways',
  'set-key-balance',
  'set-entry',
  'lens-fit',
  'near-miss',
  'stand-alone',
  'compare-coverage',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** The bank's promised breadth: scenarios keyed to each category, and totals. */
export const COVERAGE_MINIMUMS = {
  scenarios: 160,
  items: 400,
  /** Scenarios from the paper's Sino-Serbian section and its account of China's military diplomacy. */
  sourceCases: 15,
  contrastPairs: 20,
  categories: {
    pajtinka: {
      information: 20,
      cooperation: 20,
      'visits-presence': 20,
      'arms-business': 20,
      representation: 20,
    },
    'cottey-forster': {
      'political-signal': 15,
      transparency: 15,
      'common-interest': 15,
      'mind-disarmament': 15,
      'assistance-spillover': 15,
    },
    modes: { 'military-diplomacy': 30, gunboat: 60, coercive: 60 },
  } as Record<string, Record<string, number>>,
  /** Scenarios under a framework, whatever their key. */
  frameworks: { criteria: 30, authors: 20 } as Record<string, number>,
};

/**
 * The least share of a lens's scenarios that must name a near miss (a tempting wrong category
 * and the words in the text that tempt). Under the modes lens every military-diplomacy case needs
 * one: a mode asked where no force is present, threatened or perceivable is answered by
 * elimination and teaches nothing. For the functions and the roles half the cases should carry
 * one, so that a lens is a real discrimination and not recall of the one category that fits.
 */
export const NEAR_MISS_MIN_SHARE: Record<string, number> = {
  modes: 1,
  pajtinka: 0.5,
  'cottey-forster': 0.5,
};

/**
 * Words that open a scenario by pointing back to another one ("Later on 25 July, still in
 * Beijing"): a learner meets each scenario alone, so each must name its own who, when and where.
 */
const POINTS_BACK =
  /^(later|meanwhile|afterwards|then|still|also|the next (day|week|month|year)|the same|that same|the following|on the same|a (day|week|month|year) later|soon after)\b/i;
const REFERS_TO_ANOTHER =
  /\b(the previous (case|scenario)|(as|see) (in|above|before)|the (case|scenario) above|the same visit|that visit|this visit)\b/i;

/**
 * The assessment pool (scenarios held back from every public surface): enough for an instructor
 * to draw a graded assignment on each framework that no student can look up.
 */
export const HELD_BACK_MINIMUMS = {
  scenarios: 90,
  frameworks: { pajtinka: 30, 'cottey-forster': 30, modes: 30 } as Record<string, number>,
  /** Scenarios keying each category of those frameworks. */
  perCategory: 4,
};

/** One phone screen. */
export const MAX_SCENARIO_WORDS = 120;
/** Word-trigram Jaccard similarity above which two scenario texts look like the same case. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

export type LintReport = {
  issues: LintIssue[];
  counts: {
    errors: number;
    warnings: number;
    byRule: Record<string, { errors: number; warnings: number }>;
    contrastPairs: number;
    sourceCases: number;
    nearMiss: ReturnType<typeof nearMissSharesOf>;
  };
};

export function lintBank(bank: Bank, items: readonly Item[]): LintReport {
  const issues: LintIssue[] = [];
  const add = (rule: LintRule, severity: LintSeverity, subject: string, message: string) =>
    issues.push({ rule, severity, subject, message });
  const frameworkById = new Map(bank.frameworks.map((f) => [f.id, f]));

  const contrastPairs = countContrastPairs(bank.scenarios);
  const sourceCases = bank.scenarios.filter((s) => s.context === 'source-case').length;
  checkCoverage(bank, items, contrastPairs, sourceCases, add);
  checkHeldBackCoverage(bank, add);
  checkDifficultySpread(bank, add);

  for (const scenario of bank.scenarios) {
    const subject = `scenario:${scenario.id}`;
    lintScenario(scenario, frameworkById, (rule, severity, _path, message) =>
      add(rule, severity, subject, message),
    );
    for (const other of scenario.contrastWith) {
      const partner = bank.scenarios.find((s) => s.id === other);
      if (partner && !partner.contrastWith.includes(scenario.id)) {
        add(
          'contrast-both-ways',
          'error',
          subject,
          `contrasts with "${other}", which does not list it back`,
        );
      }
    }
  }

  for (const framework of bank.frameworks) {
    const subject = `framework:${framework.id}`;
    const negative = unemphasisedNegative(framework.question);
    if (negative)
      add('negative-stem', 'error', subject, `the question says "${negative}" without emphasis`);
    for (const category of framework.categories) {
      const problem = compoundOption(category.label, framework);
      if (problem) add('compound-option', 'error', subject, `${category.id}: ${problem}`);
    }
  }

  for (const [a, b, similarity] of nearDuplicates(bank.scenarios)) {
    const linked = a.contrastWith.includes(b.id);
    if (!linked) {
      add(
        'near-duplicate',
        'warning',
        `scenario:${a.id}`,
        `reads like "${b.id}" (${Math.round(similarity * 100)} % of word triples shared); merge them or link them as a contrast pair`,
      );
    }
  }

  for (const missing of comparisonsMissing(bank)) {
    add(
      'compare-coverage',
      'error',
      `framework:${missing.frameworkId}`,
      `no compare page for ${missing.categories.join(' and ')} (${missing.why}); add it under compare/`,
    );
  }

  const nearMissShares = nearMissSharesOf(bank);
  for (const [frameworkId, share] of Object.entries(nearMissShares)) {
    const min = NEAR_MISS_MIN_SHARE[frameworkId];
    if (min !== undefined && share.share < min) {
      add(
        'near-miss',
        'error',
        `framework:${frameworkId}`,
        `${share.withNearMiss} of ${share.scenarios} scenarios (${Math.round(share.share * 100)} %) name a near miss; at least ${Math.round(min * 100)} % needed`,
      );
    }
  }

  const itemById = new Map(items.map((item) => [item.id, item]));
  for (const set of bank.sets) {
    // An entry that makes no item would drop out of the set unseen, and the set would count it.
    set.items.forEach((entry, index) => {
      if (!itemOfEntry(entry, bank.frameworks, itemById)) {
        add('set-entry', 'error', `set:${set.id}`, unresolvedEntry(entry, index));
      }
    });
    checkSetBalance(set.id, itemsOfSet(set, bank.frameworks, itemById), frameworkById, add);
  }

  const byRule: LintReport['counts']['byRule'] = {};
  for (const issue of issues) {
    const entry = (byRule[issue.rule] ??= { errors: 0, warnings: 0 });
    if (issue.severity === 'error') entry.errors++;
    else entry.warnings++;
  }
  return {
    issues,
    counts: {
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      byRule,
      contrastPairs,
      sourceCases,
      nearMiss: nearMissShares,
    },
  };
}

/** Where in a scenario a problem is, e.g. ["lenses", "pajtinka", "whyNot"], and what it is. */
export type ScenarioLintReport = (
  rule: LintRule,
  severity: LintSeverity,
  path: (string | number)[],
  message: string,
) => void;

/**
 * The item-writing rules one scenario must meet on its own: length, standing alone, a cue for
 * each lens, no giveaway, a "why not" for every wrong category, no hidden negative in a stem.
 * The shipped bank and instructors' own items share them.
 */
export function lintScenario(
  scenario: Scenario,
  frameworkById: ReadonlyMap<string, Framework>,
  report: ScenarioLintReport,
  { cueRequired = true }: { cueRequired?: boolean } = {},
): void {
  const words = wordCount(scenario.text);
  if (words > MAX_SCENARIO_WORDS) {
    report(
      'scenario-length',
      'error',
      ['text'],
      `${words} words; at most ${MAX_SCENARIO_WORDS} (one phone screen)`,
    );
  }
  const backReference = POINTS_BACK.exec(scenario.text) ?? REFERS_TO_ANOTHER.exec(scenario.text);
  if (backReference) {
    report(
      'stand-alone',
      'error',
      ['text'],
      `"${backReference[0]}" points to another scenario; each scenario is read alone, so name its own actors, date and place`,
    );
  }
  for (const [frameworkId, lens] of Object.entries(scenario.lenses)) {
    const framework = frameworkById.get(frameworkId);
    if (!framework) continue;
    const at = (...rest: (string | number)[]) => ['lenses', frameworkId, ...rest];
    if (lens.cue === undefined) {
      report(
        'lens-fit',
        cueRequired ? 'error' : 'warning',
        at('cue'),
        `${frameworkId}: no "cue"; quote the words that make the key right, or drop the lens if no category fits`,
      );
    }
    if (
      frameworkId === MODES_FRAMEWORK &&
      lens.key === 'military-diplomacy' &&
      lens.nearMiss === undefined
    ) {
      report(
        'near-miss',
        cueRequired ? 'error' : 'warning',
        at('nearMiss'),
        'modes: a military-diplomacy case needs a "nearMiss" (warships or troops present, a dispute, a deadline, a show of capability near a rival), or drop the lens',
      );
    }
    for (const giveaway of giveawaysIn(scenario.title, framework)) {
      report('giveaway', 'error', ['title'], giveawayMessage(giveaway, framework));
    }
    for (const giveaway of giveawaysIn(scenario.text, framework)) {
      report('giveaway', 'error', ['text'], giveawayMessage(giveaway, framework));
    }
    const keyed = new Set([lens.key, ...(lens.keys ?? []), ...lens.accepted].filter(Boolean));
    for (const category of framework.categories) {
      if (!keyed.has(category.id) && !lens.whyNot[category.id]) {
        report(
          'why-not',
          'error',
          at('whyNot', category.id),
          `${frameworkId}: no "why not" for ${category.id}`,
        );
      }
    }
    const stem = lens.question ?? framework.question;
    const negative = unemphasisedNegative(stem);
    if (negative) {
      report(
        'negative-stem',
        'error',
        at(lens.question === undefined ? 'key' : 'question'),
        `${frameworkId}: the question says "${negative}" without emphasis; write it in capitals`,
      );
    }
  }
}

function giveawayMessage(
  giveaway: { category: string; phrase: string },
  framework: Pick<Framework, 'id'>,
): string {
  return `contains "${giveaway.phrase}", a giveaway of ${framework.id}:${giveaway.category}; describe the action instead of naming the concept`;
}

/** Per lens: how many scenarios ask it and how many of those name a near miss. */
export function nearMissSharesOf(
  bank: Pick<Bank, 'scenarios' | 'frameworks'>,
): Record<string, { scenarios: number; withNearMiss: number; share: number }> {
  return Object.fromEntries(
    bank.frameworks.map((framework) => {
      const asked = bank.scenarios.filter((s) => s.lenses[framework.id]);
      const withNearMiss = asked.filter((s) => s.lenses[framework.id]!.nearMiss).length;
      return [
        framework.id,
        {
          scenarios: asked.length,
          withNearMiss,
          share: asked.length === 0 ? 0 : withNearMiss / asked.length,
        },
      ];
    }),
  );
}

type Add = (rule: LintRule, severity: LintSeverity, subject: string, message: string) => void;

function checkCoverage(
  bank: Bank,
  items: readonly Item[],
  contrastPairs: number,
  sourceCases: number,
  add: Add,
) {
  const min = COVERAGE_MINIMUMS;
  const short = (what: string, have: number, need: number) => {
    if (have < need) add('coverage', 'error', 'bank', `${what}: ${have}, at least ${need} needed`);
  };
  // The public bank's promises are kept by public scenarios alone.
  const scenarios = bank.scenarios.filter((s) => !s.heldBack);
  short('scenarios', scenarios.length, min.scenarios);
  short('items', items.length, min.items);
  short('source cases (context: source-case)', sourceCases, min.sourceCases);
  short('contrast pairs', contrastPairs, min.contrastPairs);
  for (const [frameworkId, categories] of Object.entries(min.categories)) {
    for (const [categoryId, need] of Object.entries(categories)) {
      const have = scenarios.filter((s) => keys(s, frameworkId, categoryId)).length;
      short(`${frameworkId}:${categoryId} scenarios`, have, need);
    }
  }
  for (const [frameworkId, need] of Object.entries(min.frameworks)) {
    short(`${frameworkId} scenarios`, scenarios.filter((s) => s.lenses[frameworkId]).length, need);
  }
}

const keys = (scenario: Scenario, frameworkId: string, categoryId: string): boolean => {
  const lens = scenario.lenses[frameworkId];
  return lens !== undefined && (lens.key === categoryId || (lens.keys ?? []).includes(categoryId));
};

function checkHeldBackCoverage(bank: Bank, add: Add) {
  const min = HELD_BACK_MINIMUMS;
  const heldBack = bank.scenarios.filter((s) => s.heldBack);
  const short = (what: string, have: number, need: number) => {
    if (have < need) {
      add('coverage', 'error', 'bank', `held back: ${what}: ${have}, at least ${need} needed`);
    }
  };
  short('scenarios', heldBack.length, min.scenarios);
  for (const [frameworkId, need] of Object.entries(min.frameworks)) {
    short(`${frameworkId} scenarios`, heldBack.filter((s) => s.lenses[frameworkId]).length, need);
    const framework = bank.frameworks.find((f) => f.id === frameworkId);
    for (const category of framework?.categories ?? []) {
      short(
        `${frameworkId}:${category.id} scenarios`,
        heldBack.filter((s) => keys(s, frameworkId, category.id)).length,
        min.perCategory,
      );
    }
  }
}

/** Each difficulty level should carry at least a sixth of a framework's scenarios. */
function checkDifficultySpread(bank: Bank, add: Add) {
  for (const framework of bank.frameworks) {
    const levels = [0, 0, 0];
    for (const s of bank.scenarios) {
      const lens = s.lenses[framework.id];
      if (lens) levels[lens.difficulty - 1]!++;
    }
    const total = levels.reduce((a, b) => a + b, 0);
    levels.forEach((count, i) => {
      if (total >= 12 && count < total / 6) {
        add(
          'difficulty-spread',
          'warning',
          `framework:${framework.id}`,
          `difficulty ${i + 1} has ${count} of ${total} scenarios; aim for at least a sixth`,
        );
      }
    });
  }
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Giveaway phrases of a framework's categories found in a text (whole words, any case). */
export function giveawaysIn(
  text: string,
  framework: Pick<Framework, 'categories'>,
): { category: string; phrase: string }[] {
  const found: { category: string; phrase: string }[] = [];
  for (const category of framework.categories) {
    for (const phrase of category.giveaways) {
      const pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(phrase)}(?=$|[^\\p{L}])`, 'iu');
      if (pattern.test(text)) found.push({ category: category.id, phrase });
    }
  }
  return found;
}

/** "not" or "except" written in lower or title case: easy to miss in a stem. Capitals are emphasis. */
export function unemphasisedNegative(stem: string): string | undefined {
  const match = /\b(not|except|never|least)\b/i.exec(stem);
  if (!match) return undefined;
  return match[0] === match[0].toUpperCase() ? undefined : match[0];
}

/** "All/none of the above", or an option that is two other options joined by "and"/"or". */
export function compoundOption(
  label: string,
  framework: Pick<Framework, 'categories'>,
): string | undefined {
  if (/\b(all|none|both|neither) of the (above|options|these)\b/i.test(label)) {
    return `"${label}" is an all/none-of-the-above option`;
  }
  const others = framework.categories.map((c) => c.shortLabel.toLowerCase());
  const lower = label.toLowerCase();
  const joined = others.filter((o) => lower.includes(o));
  if (joined.length >= 2 && /\b(and|or)\b|&/.test(label)) {
    return `"${label}" combines ${joined.join(' and ')}`;
  }
  return undefined;
}

function countContrastPairs(scenarios: readonly Scenario[]): number {
  const pairs = new Set<string>();
  for (const s of scenarios) {
    for (const other of s.contrastWith) pairs.add([s.id, other].sort().join('|'));
  }
  return pairs.size;
}

function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++)
    grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

/** Pairs of scenarios whose texts share at least NEAR_DUPLICATE_SIMILARITY of their word triples. */
export function nearDuplicates(scenarios: readonly Scenario[]): [Scenario, Scenario, number][] {
  const grams = scenarios.map((s) => trigrams(s.text));
  const found: [Scenario, Scenario, number][] = [];
  for (let i = 0; i < scenarios.length; i++) {
    for (let j = i + 1; j < scenarios.length; j++) {
      const a = grams[i]!;
      const b = grams[j]!;
      if (a.size === 0 || b.size === 0) continue;
      let shared = 0;
      for (const g of a) if (b.has(g)) shared++;
      const similarity = shared / (a.size + b.size - shared);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY)
        found.push([scenarios[i]!, scenarios[j]!, similarity]);
    }
  }
  return found;
}

/**
 * Texts indexed by word triple, to find the near-duplicates of one new text among thousands
 * without comparing it with every one.
 */
export function nearDuplicateIndex<T extends { text: string }>(
  entries: readonly T[],
): (text: string) => { entry: T; similarity: number }[] {
  const grams = entries.map((e) => trigrams(e.text));
  const byGram = new Map<string, number[]>();
  grams.forEach((set, index) => {
    for (const g of set) {
      const list = byGram.get(g);
      if (list) list.push(index);
      else byGram.set(g, [index]);
    }
  });
  return (text) => {
    const mine = trigrams(text);
    const shared = new Map<number, number>();
    for (const g of mine) {
      for (const index of byGram.get(g) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const found: { entry: T; similarity: number }[] = [];
    for (const [index, count] of shared) {
      const similarity = count / (mine.size + grams[index]!.size - count);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY)
        found.push({ entry: entries[index]!, similarity });
    }
    return found.sort((a, b) => b.similarity - a.similarity);
  };
}

/**
 * Within a set, each framework's keys should be spread over its categories: a category the set
 * never keys, or one keyed more than twice as often as another, teaches a pattern, not a concept.
 */
/** Why an entry of a set makes no item: what its kind needs of the scenarios listed. */
function unresolvedEntry(entry: SetEntry, index: number): string {
  const ref: ItemRef | undefined =
    typeof entry === 'string'
      ? parseItemId(entry)
      : { form: 'sort', frameworkId: entry.sort.framework, scenarioIds: entry.sort.scenarios };
  const text = typeof entry === 'string' ? entry : formatItemId(ref!);
  const composite = ref && COMPOSITE_KINDS.find((c) => c.composite.form === ref.form);
  return composite
    ? `item ${index + 1} "${text}" makes no ${composite.composite.form} item: it needs ${composite.composite.needs}`
    : `item ${index + 1} "${text}" is no item of the bank`;
}

function checkSetBalance(
  setId: string,
  setItems: readonly Item[],
  frameworkById: ReadonlyMap<string, Framework>,
  add: Add,
) {
  const keysByFramework = new Map<string, string[]>();
  for (const item of setItems) {
    const keys = keyedScenarios(item).map((k) => k.key);
    const list = keysByFramework.get(item.frameworkId) ?? [];
    list.push(...keys);
    keysByFramework.set(item.frameworkId, list);
  }
  for (const [frameworkId, keys] of keysByFramework) {
    const framework = frameworkById.get(frameworkId);
    if (!framework || keys.length < framework.categories.length) continue;
    const counts = framework.categories.map((c) => ({
      id: c.id,
      n: keys.filter((k) => k === c.id).length,
    }));
    const most = Math.max(...counts.map((c) => c.n));
    const least = Math.min(...counts.map((c) => c.n));
    if (least === 0 || most > 2 * least + 1) {
      add(
        'set-key-balance',
        'warning',
        `set:${setId}`,
        `${frameworkId} keys are unbalanced: ${counts.map((c) => `${c.id} ${c.n}`).join(', ')}`,
      );
    }
  }
}

/**
 * Pairs of categories that need a compare page and have none: every pair of the frameworks in
 * COMPARE_FRAMEWORKS, and every pair a public contrast pair of the bank joins.
 */
export function comparisonsMissing(
  bank: Pick<Bank, 'frameworks' | 'scenarios' | 'comparisons'>,
): { frameworkId: string; categories: [string, string]; why: string }[] {
  const have = new Set(
    bank.comparisons.flatMap((file) =>
      file.comparisons.map((c) => `${file.framework}:${comparisonId(...c.categories)}`),
    ),
  );
  const needed = new Map<
    string,
    { frameworkId: string; categories: [string, string]; why: string }
  >();
  const need = (frameworkId: string, a: string, b: string, why: string) => {
    const id = `${frameworkId}:${comparisonId(a, b)}`;
    if (a !== b && !have.has(id) && !needed.has(id)) {
      needed.set(id, { frameworkId, categories: [a, b].sort() as [string, string], why });
    }
  };
  for (const framework of bank.frameworks) {
    if (!(COMPARE_FRAMEWORKS as readonly string[]).includes(framework.id)) continue;
    const ids = framework.categories.map((c) => c.id);
    ids.forEach((a, i) =>
      ids.slice(i + 1).forEach((b) => need(framework.id, a, b, 'a confusable pair')),
    );
  }
  const byId = new Map(bank.scenarios.map((s) => [s.id, s]));
  for (const scenario of bank.scenarios) {
    if (scenario.heldBack) continue;
    for (const otherId of scenario.contrastWith) {
      const other = byId.get(otherId);
      if (!other || other.heldBack) continue;
      for (const [frameworkId, lens] of Object.entries(scenario.lenses)) {
        const theirs = other.lenses[frameworkId]?.key;
        if (lens.key && theirs)
          need(frameworkId, lens.key, theirs, `joined by ${scenario.id} and ${otherId}`);
      }
    }
  }
  return [...needed.values()];
}

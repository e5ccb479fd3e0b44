/**
 * Rules that span files: a key must be a category of its lens, every wrong option needs its
 * "why not", citations must name a known reference, contrast pairs and set entries must exist.
 * Each issue is located in the file and line where an author would fix it.
 */
import type { Located } from './load';
import type { Citation, Framework, LensEntry, Reference, Scenario } from './schema';
import { comparisonId, type CompareFile } from './compare';
import type { QuizSet } from './sets';
import { formatItemId, parseItemId, scenarioIdsOfRef, singleItemId } from '../items/ids';
import { issueAt, type BankIssue } from './yaml-source';

type Parts = {
  frameworks: Located<Framework>[];
  scenarios: Located<Scenario>[];
  references: Located<Reference>[];
  sets: Located<QuizSet>[];
  comparisons: Located<CompareFile>[];
};

export function crossCheck({
  frameworks,
  scenarios,
  references,
  sets,
  comparisons,
}: Parts): BankIssue[] {
  const issues: BankIssue[] = [];
  const referenceIds = new Set(references.map((r) => r.value.id));
  const checkCitation = (at: Located<unknown>, path: (string | number)[], citation: Citation) => {
    if ('text' in citation) {
      issues.push(
        issueAt(
          at.source,
          [...at.path, ...path],
          'the shipped bank cites an entry of references.yaml, not a free citation',
        ),
      );
    } else if (!referenceIds.has(citation.source)) {
      issues.push(
        issueAt(
          at.source,
          [...at.path, ...path, 'source'],
          `unknown reference "${citation.source}": add it to references.yaml`,
        ),
      );
    }
  };

  firstDuplicates(references.map((r) => r.value.id)).forEach((index) => {
    const at = references[index]!;
    issues.push(issueAt(at.source, [...at.path, 'id'], `duplicate reference id "${at.value.id}"`));
  });

  const frameworkById = new Map<string, Framework>();
  frameworks.forEach((at) => {
    if (frameworkById.has(at.value.id)) {
      issues.push(issueAt(at.source, ['id'], `duplicate framework id "${at.value.id}"`));
    }
    frameworkById.set(at.value.id, at.value);
    checkCitation(at, ['citation'], at.value.citation);
    at.value.categories.forEach((category, index) =>
      checkCitation(at, ['categories', index, 'citation'], category.citation),
    );
    const categoryIds = new Set(at.value.categories.map((c) => c.id));
    at.value.reasons.forEach((reason, index) => {
      checkCitation(at, ['reasons', index, 'citation'], reason.citation);
      reason.characterises.forEach((id, i) => {
        if (!categoryIds.has(id)) {
          issues.push(
            issueAt(
              at.source,
              ['reasons', index, 'characterises', i],
              unknownCategory(id, at.value),
            ),
          );
        }
      });
    });
  });

  firstDuplicates(scenarios.map((s) => s.value.id)).forEach((index) => {
    const at = scenarios[index]!;
    issues.push(
      issueAt(
        at.source,
        [...at.path, 'id'],
        `duplicate scenario id "${at.value.id}" (also in another file)`,
      ),
    );
  });

  const scenarioIds = new Set(scenarios.map((s) => s.value.id));
  // Attempt pages swap scenario ids for opaque ones as whole strings: no option may share one.
  const optionIds = new Set(
    frameworks.flatMap((f) => [
      ...f.value.categories.map((c) => c.id),
      ...f.value.reasons.map((r) => r.id),
    ]),
  );
  for (const at of scenarios) {
    if (optionIds.has(at.value.id)) {
      issues.push(
        issueAt(
          at.source,
          [...at.path, 'id'],
          `"${at.value.id}" is also a category or reason id; give the scenario another id`,
        ),
      );
    }
  }
  const heldBackIds = new Set(scenarios.filter((s) => s.value.heldBack).map((s) => s.value.id));
  const itemIds = new Set<string>();
  for (const at of scenarios) {
    const scenario = at.value;
    scenario.contrastWith.forEach((other, index) => {
      if (!scenarioIds.has(other)) {
        issues.push(
          issueAt(at.source, [...at.path, 'contrastWith', index], `unknown scenario "${other}"`),
        );
      } else if (heldBackIds.has(other) && !scenario.heldBack) {
        issues.push(
          issueAt(
            at.source,
            [...at.path, 'contrastWith', index],
            `"${other}" is held back for assessments; a public scenario cannot link to it`,
          ),
        );
      } else if (other === scenario.id) {
        issues.push(
          issueAt(
            at.source,
            [...at.path, 'contrastWith', index],
            'a scenario cannot contrast with itself',
          ),
        );
      }
    });
    for (const [frameworkId, entry] of Object.entries(scenario.lenses)) {
      const lensPath = ['lenses', frameworkId];
      const framework = frameworkById.get(frameworkId);
      if (!framework) {
        issues.push(
          issueAt(
            at.source,
            [...at.path, ...lensPath],
            `unknown framework "${frameworkId}"; known: ${[...frameworkById.keys()].join(', ')}`,
          ),
        );
        continue;
      }
      checkCitation(at, [...lensPath, 'citation'], entry.citation);
      checkLens(scenario.text, framework, entry, (path, message) =>
        issues.push(issueAt(at.source, [...at.path, ...lensPath, ...path], message)),
      );
      const ref = { scenarioId: scenario.id, frameworkId };
      if (entry.key) itemIds.add(formatItemId({ form: 'single', ...ref }));
      if (entry.keys) itemIds.add(formatItemId({ form: 'many', ...ref }));
      if (entry.reason) itemIds.add(formatItemId({ form: 'two-tier', ...ref }));
    }
  }

  for (const at of sets) {
    at.value.items.forEach((entry, index) => {
      const heldBack = (scenarioId: string, path: (string | number)[]) => {
        if (!heldBackIds.has(scenarioId)) return false;
        issues.push(
          issueAt(
            at.source,
            path,
            `"${scenarioId}" is held back for assessments; a public set cannot use it`,
          ),
        );
        return true;
      };
      if (typeof entry === 'string') {
        const ref = parseItemId(entry);
        if (ref && scenarioIdsOfRef(ref).some((id) => heldBack(id, ['items', index]))) return;
        if (ref && 'scenarioIds' in ref) {
          ref.scenarioIds.forEach((id) => {
            if (!itemIds.has(singleItemId(id, ref.frameworkId))) {
              issues.push(
                issueAt(
                  at.source,
                  ['items', index],
                  `scenario "${id}" has no single-key "${ref.frameworkId}" lens to build "${entry}" from`,
                ),
              );
            }
          });
        } else if (!itemIds.has(entry)) {
          issues.push(issueAt(at.source, ['items', index], `unknown item "${entry}"`));
        }
        return;
      }
      const framework = frameworkById.get(entry.sort.framework);
      if (!framework) {
        issues.push(
          issueAt(
            at.source,
            ['items', index, 'sort', 'framework'],
            `unknown framework "${entry.sort.framework}"`,
          ),
        );
        return;
      }
      entry.sort.scenarios.forEach((id, i) => {
        if (entry.sort.scenarios.indexOf(id) !== i) {
          issues.push(
            issueAt(
              at.source,
              ['items', index, 'sort', 'scenarios', i],
              `"${id}" is on the board twice`,
            ),
          );
          return;
        }
        if (heldBack(id, ['items', index, 'sort', 'scenarios', i])) return;
        if (!itemIds.has(singleItemId(id, framework.id))) {
          issues.push(
            issueAt(
              at.source,
              ['items', index, 'sort', 'scenarios', i],
              `scenario "${id}" has no single-key "${framework.id}" lens to sort by`,
            ),
          );
        }
      });
    });
  }
  const scenarioById = new Map(scenarios.map((s) => [s.value.id, s.value]));
  for (const at of comparisons) {
    issues.push(...checkComparisons(at, frameworkById.get(at.value.framework), scenarioById));
  }
  return issues;
}

/** Compare pages: known categories, each pair once, examples that are public contrast pairs keyed to the two. */
function checkComparisons(
  at: Located<CompareFile>,
  framework: Framework | undefined,
  scenarioById: ReadonlyMap<string, Scenario>,
): BankIssue[] {
  const issues: BankIssue[] = [];
  const here = (path: (string | number)[], message: string) =>
    issues.push(issueAt(at.source, path, message));
  if (!framework) {
    here(['framework'], `unknown framework "${at.value.framework}"`);
    return issues;
  }
  const seen = new Set<string>();
  at.value.comparisons.forEach((comparison, index) => {
    const [a, b] = comparison.categories;
    comparison.categories.forEach((id, i) => {
      if (!framework.categories.some((c) => c.id === id)) {
        here(['comparisons', index, 'categories', i], unknownCategory(id, framework));
      }
    });
    if (a === b) here(['comparisons', index, 'categories'], 'compare two different categories');
    const pair = comparisonId(a, b);
    if (seen.has(pair)) here(['comparisons', index, 'categories'], `"${pair}" is compared twice`);
    seen.add(pair);
    comparison.examples.forEach((example, e) => {
      example.forEach((scenarioId, side) => {
        const path = ['comparisons', index, 'examples', e, side];
        const scenario = scenarioById.get(scenarioId);
        const want = comparison.categories[side]!;
        if (!scenario) return here(path, `unknown scenario "${scenarioId}"`);
        if (scenario.heldBack) return here(path, `"${scenarioId}" is held back for assessments`);
        if (scenario.lenses[framework.id]?.key !== want) {
          here(path, `"${scenarioId}" is not keyed "${want}" under ${framework.id}`);
        }
      });
      const first = scenarioById.get(example[0]);
      if (first && !first.contrastWith.includes(example[1])) {
        here(
          ['comparisons', index, 'examples', e],
          `"${example[0]}" and "${example[1]}" are not a contrast pair (list each in the other's contrastWith)`,
        );
      }
    });
  });
  return issues;
}

/** Where a problem is, relative to the lens, and what it is. */
export type LensReport = (path: (string | number)[], message: string) => void;

/** The rules one lens entry must meet against its framework and its scenario's text. */
export function checkLens(
  text: string,
  framework: Framework,
  entry: LensEntry,
  here: LensReport,
): void {
  const categoryIds = new Set(framework.categories.map((c) => c.id));
  const known = (id: string) => categoryIds.has(id);

  if (entry.key !== undefined && !known(entry.key))
    here(['key'], unknownCategory(entry.key, framework));
  entry.keys?.forEach((id, i) => {
    if (!known(id)) here(['keys', i], unknownCategory(id, framework));
  });
  entry.accepted.forEach((id, i) => {
    if (!known(id)) here(['accepted', i], unknownCategory(id, framework));
    if (id === entry.key)
      here(['accepted', i], `"${id}" is the key; an accepted alternative must be another category`);
  });
  if (entry.keys && !framework.questionMany) {
    here(
      ['keys'],
      `framework "${framework.id}" has no questionMany, so it cannot have several keys`,
    );
  }

  const right = new Set([
    ...(entry.key ? [entry.key] : []),
    ...(entry.keys ?? []),
    ...entry.accepted,
  ]);
  const alsoRight = new Set([...right].filter((id) => id !== entry.key));
  for (const category of framework.categories) {
    const id = category.id;
    if (right.has(id)) {
      if (alsoRight.has(id) && entry.alsoFits[id] === undefined) {
        here(
          ['alsoFits', id],
          `missing: "alsoFits.${id}" should say why ${category.shortLabel} also fits`,
        );
      }
      if (entry.whyNot[id] !== undefined)
        here(['whyNot', id], `"${id}" is right here, so it takes "alsoFits", not "whyNot"`);
    } else if (entry.whyNot[id] === undefined) {
      here(
        ['whyNot', id],
        `missing: "whyNot.${id}" should say why ${category.shortLabel} is wrong here`,
      );
    }
  }
  for (const id of Object.keys(entry.whyNot)) {
    if (!known(id)) here(['whyNot', id], unknownCategory(id, framework));
  }
  for (const id of Object.keys(entry.alsoFits)) {
    if (!known(id)) here(['alsoFits', id], unknownCategory(id, framework));
    else if (!alsoRight.has(id))
      here(['alsoFits', id], `"${id}" is not among "keys" or "accepted"`);
  }

  if (entry.reason !== undefined) {
    const reason = framework.reasons.find((r) => r.id === entry.reason);
    if (framework.reasons.length === 0) {
      here(
        ['reason'],
        `framework "${framework.id}" has no reasons, so it takes no two-tier "reason"`,
      );
    } else if (!reason) {
      here(
        ['reason'],
        `unknown reason "${entry.reason}"; expected one of ${framework.reasons.map((r) => r.id).join(', ')}`,
      );
    } else if (!entry.key || !reason.characterises.includes(entry.key)) {
      here(['reason'], `reason "${reason.id}" is not true of the key "${entry.key ?? '(none)'}"`);
    } else if (reason.characterises.length === framework.categories.length) {
      here(
        ['reason'],
        `reason "${reason.id}" is shared by every category, so it cannot separate them`,
      );
    }
  }
  if (entry.cue !== undefined && !quotedIn(text, entry.cue)) {
    here(
      ['cue'],
      `"${entry.cue}" is not in the scenario's text; quote the words that make the key right`,
    );
  }
  if (entry.nearMiss !== undefined) {
    const { category, cue, feature } = entry.nearMiss;
    if (!known(category)) here(['nearMiss', 'category'], unknownCategory(category, framework));
    else if (right.has(category))
      here(
        ['nearMiss', 'category'],
        `"${category}" is right here; a near miss is a wrong category`,
      );
    if (!quotedIn(text, cue)) {
      here(['nearMiss', 'cue'], `"${cue}" is not in the scenario's text; quote the tempting words`);
    }
    if (framework.id === MODES_FRAMEWORK && feature === undefined) {
      here(['nearMiss', 'feature'], 'missing: under the modes lens, name the tempting feature');
    }
  }
  if (entry.question !== undefined && entry.key === undefined) {
    here(
      ['question'],
      '"question" overrides the single-choice question, but this lens has no "key"',
    );
  }
  if (entry.questionMany !== undefined && entry.keys === undefined) {
    here(
      ['questionMany'],
      '"questionMany" overrides the pick-every-one question, but this lens has no "keys"',
    );
  }
}

/** The framework whose military-diplomacy items must carry a near miss. */
export const MODES_FRAMEWORK = 'modes';

/** Whether `quote` appears in `text`, ignoring case, spacing and the style of quotes and dashes. */
export function quotedIn(text: string, quote: string): boolean {
  const normal = (s: string) =>
    s
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  return normal(text).includes(normal(quote));
}

function unknownCategory(id: string, framework: Framework): string {
  return `unknown category "${id}" for ${framework.id}; expected one of ${framework.categories.map((c) => c.id).join(', ')}`;
}

/** Indexes of entries whose id already appeared earlier. */
function firstDuplicates(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) duplicates.push(index);
    seen.add(id);
  });
  return duplicates;
}

/**
 * Items as the question forms LMS formats share (lib/export/moodle-xml.ts, gift.ts, qti.ts): a
 * choice among answers each worth a credit, an answer-and-reason pair, or a matching of cards to
 * categories. Credits come from the scorers (through the registry), never from a second copy of
 * the marking rules, so an export marks what Attaché marks or says where it cannot.
 *
 * Texts are HTML fragments that are also well-formed XML (no void elements, every character
 * escaped), so Moodle XML can wrap them in CDATA, GIFT can use them as `[html]` and QTI can embed
 * them in its item body as they are.
 */
import { tickCredit } from '../scoring/many';
import {
  itemTitle,
  keyTextOf,
  maxMarks,
  optionsOf,
  partsOf,
  rightOptionsOf,
  scenariosOf,
  scoreItem,
} from '../items/registry';
import type {
  Item,
  ItemKind,
  ItemOfKind,
  ManyItem,
  OddOneOutItem,
  ScenarioView,
  SingleItem,
  SortItem,
  Teaching,
  TwoTierItem,
} from '../items/schema';

/** A framework as exports name it, e.g. { id: "pajtinka", label: "Pajtinka's five functions…" }. */
export type ExportFramework = { id: string; label: string };

/** One answer a learner can pick. */
export type Choice = {
  /** The option's id in Attaché (identifiers are made from it; learners never see it). */
  id: string;
  /** Plain text, for notes, e.g. "Gunboat diplomacy". */
  label: string;
  html: string;
  /**
   * One pick: what picking it earns (0 to 1). Several picks: what ticking it adds (−1 to 1),
   * the sum floored at 0.
   */
  credit: number;
  /** Why it is wrong, or why it also fits. */
  feedback?: string;
};

/** A tier of an answer-and-reason item: its prompt and options, and the ids that count as right. */
export type Tier = { prompt: string; choices: Choice[]; right: string[] };

export type MatchRow = {
  /** The scenario's id. */
  id: string;
  title: string;
  html: string;
  /** Target ids that score: the key first, then the accepted ones. */
  right: string[];
};

type Common = {
  itemId: string;
  kind: ItemKind;
  frameworkId: string;
  /** Plain text: what a question bank lists it as. */
  name: string;
  /** The scenario(s) and, for a choice, the question. */
  stem: string;
  generalFeedback: string;
  /** What Attaché counts it as: one per classified scenario (a board: one per card). */
  marks: number;
};

export type ChoiceQuestion = Common & {
  form: 'choice';
  single: boolean;
  choices: Choice[];
  /** The key: the best answer of a one-pick question, every key of a pick-every-one. */
  correct: string[];
};

/**
 * The mode, then the reason. `pairs` is the same question as one pick among every
 * (answer, reason) pair, each with the credit Attaché's scorer gives it; `credit` is what the
 * right answer earns alone and with the right reason.
 */
export type TiersQuestion = Common & {
  form: 'tiers';
  answer: Tier;
  reason: Tier;
  credit: { answer: number; both: number };
  pairs: Choice[];
  pairPrompt: string;
};

export type MatchQuestion = Common & {
  form: 'match';
  prompt: string;
  rows: MatchRow[];
  targets: { id: string; label: string }[];
};

export type Question = ChoiceQuestion | TiersQuestion | MatchQuestion;

/** An item a format leaves out, and why, e.g. for the comment at the top of a GIFT file. */
export type Skipped = { itemId: string; name: string; reason: string };

// ---------------------------------------------------------------------------------------------
// Text

/** XML 1.0 allows neither most C0 controls nor U+FFFE/U+FFFF nor lone surrogates, even in CDATA. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters no XML document may hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text for XML content or a double-quoted attribute: `& < > "` as entities. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Paragraphs of escaped text; line breaks in the source start a new paragraph. */
export function paragraphs(text: string): string {
  return text
    .split(/\r?\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('');
}

const CONTEXT_LABEL: Record<ScenarioView['context'], string> = {
  'source-case': 'From the source paper',
  historical: 'Historical case',
  hypothetical: 'Hypothetical case',
  literature: 'From the literature',
};

/** A scenario as the learner reads it: what kind of case, title, text, actors. */
export function scenarioHtml(scenario: ScenarioView): string {
  const context = CONTEXT_LABEL[scenario.context];
  const badge = scenario.year === undefined ? context : `${context} · ${scenario.year}`;
  const actors =
    scenario.actors && scenario.actors.length > 0
      ? `<p>Actors: ${escapeXml(scenario.actors.join('; '))}</p>`
      : '';
  return `<p><em>${escapeXml(badge)}</em></p><p><strong>${escapeXml(scenario.title)}</strong></p>${paragraphs(scenario.text)}${actors}`;
}

function teachingHtml(teaching: Teaching): string {
  return `${paragraphs(teaching.explanation)}<p>Source: ${escapeXml(teaching.citation.text)}</p>`;
}

/** Each card's key and explanation, for a board or an odd one out. */
function perScenarioFeedback(
  scenarios: readonly ScenarioView[],
  teaching: Readonly<Record<string, Teaching>>,
  keyOf: (scenarioId: string) => string | undefined,
): string {
  return scenarios
    .map((s) => {
      const t = teaching[s.id];
      const key = keyOf(s.id);
      const head = `<strong>${escapeXml(s.title)}</strong>${key ? `: ${escapeXml(key)}` : ''}`;
      return t
        ? `<p>${head}. ${escapeXml(t.explanation)} (${escapeXml(t.citation.text)})</p>`
        : `<p>${head}</p>`;
    })
    .join('');
}

const feedbackOf = (...parts: (string | undefined)[]): string | undefined => {
  const text = parts.filter((p): p is string => p !== undefined && p !== '');
  return text.length === 0 ? undefined : text.map(paragraphs).join('');
};

// ---------------------------------------------------------------------------------------------
// Kinds

/** The credit Attaché's scorer gives a response (0 when it does not score). */
function earned(item: Item, response: Parameters<typeof scoreItem>[1]): number {
  const score = scoreItem(item, response);
  return score.status === 'scored' ? score.earned : 0;
}

function common(item: Item, stem: string, generalFeedback: string): Common {
  return {
    itemId: item.id,
    kind: item.kind,
    frameworkId: item.frameworkId,
    name: itemTitle(item),
    stem,
    generalFeedback,
    marks: maxMarks(item),
  };
}

function singleQuestion(item: SingleItem): ChoiceQuestion {
  const { whyNot, alsoFits } = item.teaching;
  return {
    ...common(
      item,
      `${scenarioHtml(item.scenario)}${paragraphs(item.question)}`,
      teachingHtml(item.teaching),
    ),
    form: 'choice',
    single: true,
    correct: [item.answerKey.best],
    choices: optionsOf(item).map((o) => ({
      id: o.id,
      label: o.label,
      html: escapeXml(o.label),
      credit: earned(item, { kind: 'choice', choice: o.id }),
      feedback: feedbackOf(
        o.id === item.answerKey.best ? undefined : (whyNot[o.id] ?? alsoFits[o.id]),
      ),
    })),
  };
}

function manyQuestion(item: ManyItem): ChoiceQuestion {
  const options = optionsOf(item);
  const keys = new Set(rightOptionsOf(item));
  const { whyNot, alsoFits } = item.teaching;
  return {
    ...common(
      item,
      `${scenarioHtml(item.scenario)}${paragraphs(item.question)}`,
      teachingHtml(item.teaching),
    ),
    form: 'choice',
    single: false,
    correct: [...keys],
    choices: options.map((o) => ({
      id: o.id,
      label: o.label,
      html: escapeXml(o.label),
      credit: tickCredit(keys.has(o.id), keys.size, options.length),
      feedback: feedbackOf(keys.has(o.id) ? alsoFits[o.id] : whyNot[o.id]),
    })),
  };
}

function twoTierQuestion(item: TwoTierItem): TiersQuestion {
  const { whyNot, alsoFits, reasonNotes } = item.teaching;
  const right = rightOptionsOf(item);
  const answers = optionsOf(item);
  const wrongReason = item.reasons.find((r) => r.id !== item.answerKey.reason)?.id ?? '';
  const credit = {
    answer: earned(item, {
      kind: 'two-tier',
      choice: item.answerKey.best,
      reason: wrongReason,
    }),
    both: earned(item, {
      kind: 'two-tier',
      choice: item.answerKey.best,
      reason: item.answerKey.reason,
    }),
  };
  const answerFeedback = (id: string) =>
    id === item.answerKey.best ? undefined : (whyNot[id] ?? alsoFits[id]);
  const stem = scenarioHtml(item.scenario);
  return {
    ...common(item, stem, teachingHtml(item.teaching)),
    form: 'tiers',
    answer: {
      prompt: item.question,
      right,
      choices: answers.map((o) => ({
        id: o.id,
        label: o.label,
        html: escapeXml(o.label),
        credit: right.includes(o.id) ? credit.answer : 0,
        feedback: feedbackOf(answerFeedback(o.id)),
      })),
    },
    reason: {
      prompt: item.reasonQuestion,
      right: [item.answerKey.reason],
      choices: item.reasons.map((r) => ({
        id: r.id,
        label: r.label,
        html: escapeXml(r.label),
        credit: r.id === item.answerKey.reason ? credit.both - credit.answer : 0,
        feedback: feedbackOf(reasonNotes[r.id]),
      })),
    },
    credit,
    pairPrompt: `${item.question} ${item.reasonQuestion} Pick the answer together with its reason.`,
    pairs: answers.flatMap((a) =>
      item.reasons.map((r) => ({
        id: pairId(a.id, r.id),
        label: `${a.label}, because ${r.label}`,
        html: `${escapeXml(a.label)}, because ${escapeXml(r.label)}`,
        credit: earned(item, { kind: 'two-tier', choice: a.id, reason: r.id }),
        feedback: feedbackOf(answerFeedback(a.id), reasonNotes[r.id]),
      })),
    ),
  };
}

/** The id of an (answer, reason) pair among `pairs`. */
export const pairId = (answer: string, reason: string) => `${answer}--${reason}`;

function sortQuestion(item: SortItem): MatchQuestion {
  const scenarios = scenariosOf(item);
  const buckets = optionsOf(item);
  const parts = new Map(partsOf(item).map((p) => [p.scenarioId, p.rightOptions]));
  const label = (id: string | undefined) => buckets.find((b) => b.id === id)?.label;
  return {
    ...common(
      item,
      '',
      perScenarioFeedback(scenarios, item.teaching.scenarios, (id) => label(parts.get(id)?.[0])),
    ),
    form: 'match',
    prompt: item.question,
    rows: scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      html: scenarioHtml(s),
      right: parts.get(s.id) ?? [],
    })),
    targets: buckets,
  };
}

function oddOneOutQuestion(item: OddOneOutItem): ChoiceQuestion {
  const scenarios = scenariosOf(item);
  return {
    ...common(
      item,
      paragraphs(item.question),
      `${paragraphs(`${keyTextOf(item) ?? ''}.`)}${perScenarioFeedback(scenarios, item.teaching.scenarios, () => undefined)}`,
    ),
    form: 'choice',
    single: true,
    correct: rightOptionsOf(item),
    choices: scenarios.map((s) => ({
      id: s.id,
      label: s.title,
      html: scenarioHtml(s),
      credit: earned(item, { kind: 'choice', choice: s.id }),
      feedback: feedbackOf(item.teaching.scenarios[s.id]?.explanation),
    })),
  };
}

/** How each kind becomes a shared question form: complete, so a new kind must say how. */
const FORMS: { [K in ItemKind]: (item: ItemOfKind<K>) => Question } = {
  classify: singleQuestion,
  distinguish: singleQuestion,
  attribute: singleQuestion,
  'classify-many': manyQuestion,
  'two-tier': twoTierQuestion,
  sort: sortQuestion,
  'odd-one-out': oddOneOutQuestion,
};

export function questionOf(item: Item): Question {
  // The one widening: FORMS is typed per kind, and `item.kind` picks the matching entry.
  return (FORMS[item.kind] as (item: Item) => Question)(item);
}

// ---------------------------------------------------------------------------------------------
// Grouping and identifiers

/** The items' questions grouped by framework: the frameworks' order, then any unknown ones. */
export function questionsByFramework(
  items: readonly Item[],
  frameworks: readonly ExportFramework[],
): { framework: ExportFramework; questions: Question[] }[] {
  const groups = new Map<string, Question[]>();
  for (const item of items) {
    groups.set(item.frameworkId, [...(groups.get(item.frameworkId) ?? []), questionOf(item)]);
  }
  const known = frameworks.filter((f) => groups.has(f.id));
  const unknown = [...groups.keys()]
    .filter((id) => !frameworks.some((f) => f.id === id))
    .map((id) => ({ id, label: id }));
  return [...known, ...unknown].map((framework) => ({
    framework,
    questions: groups.get(framework.id)!,
  }));
}

/** Moodle's category path for a framework; a "/" in a name is written "//" (Moodle's escape). */
export function moodleCategory(framework: ExportFramework): string {
  return `$course$/Attaché/${framework.label.replaceAll('/', '//')}`;
}

/**
 * Moodle accepts only these fractions (question_bank::fraction_options_full, as percentages):
 * 1/q for q ≤ 10, p/q for q ≤ 6, tenths, 1/20, their negatives, and −100.
 */
const MOODLE_PERCENTS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
  12.5, 11.11111, 10, 5, 0,
].flatMap((p) => (p === 0 ? [0] : [p, -p]));

/**
 * The allowed Moodle percentage nearest a credit, and whether it is the same mark (Moodle's
 * import matches within 0.00001 of a fraction, i.e. 0.001 of a percent).
 */
export function moodlePercent(credit: number): { percent: number; exact: boolean } {
  const wanted = credit * 100;
  let percent = 0;
  for (const p of MOODLE_PERCENTS) {
    if (Math.abs(p - wanted) < Math.abs(percent - wanted)) percent = p;
  }
  return { percent, exact: Math.abs(percent - wanted) < 0.001 };
}

/** A number as Moodle and QTI read it: no exponent, at most 7 decimals, no trailing zeros. */
export function decimal(value: number): string {
  const fixed = value.toFixed(7).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** FNV-1a, 32 bits, in hex: a short stable tag that keeps shortened identifiers apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const IDENTIFIER_MAX = 64;

/**
 * An XML NCName (and so a QTI identifier) made from an id: letters, digits, "-", "_" and "."
 * kept, anything else "_", a prefix so it starts with a letter; a long or clashing one is cut
 * and tagged with a hash of the whole id.
 */
export function identifierMaker(prefix: string): (id: string) => string {
  const made = new Map<string, string>();
  const used = new Set<string>();
  return (id) => {
    const kept = made.get(id);
    if (kept) return kept;
    const plain = `${prefix}${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    let identifier =
      plain.length <= IDENTIFIER_MAX && !used.has(plain)
        ? plain
        : `${plain.slice(0, IDENTIFIER_MAX - 9)}_${hash(id)}`;
    for (let n = 2; used.has(identifier); n++)
      identifier = `${plain.slice(0, 40)}_${hash(id)}_${n}`;
    made.set(id, identifier);
    used.add(identifier);
    return identifier;
  };
}

/**
 * Why Moodle (XML or GIFT) cannot import a question, if it cannot: a multiple-choice question
 * needs two answers, a matching question two questions and three answers.
 */
export function moodleRefusal(question: Question): string | undefined {
  if (question.form === 'choice' && question.choices.length < 2) {
    return 'Moodle needs at least two answers for a multiple-choice question.';
  }
  if (
    question.form === 'match' &&
    (question.rows.length < 2 || new Set(question.targets.map((t) => t.label)).size < 3)
  ) {
    return 'Moodle needs at least two cards and three categories for a matching question.';
  }
  return undefined;
}

/** What a Moodle matching question loses: a card's accepted alternatives score nothing there. */
export function matchingLosses(question: MatchQuestion): string[] {
  return question.rows
    .filter((row) => row.right.length > 1)
    .map((row) => {
      const names = row.right
        .slice(1)
        .map((id) => `“${question.targets.find((t) => t.id === id)?.label ?? id}”`)
        .join(', ');
      return `“${row.title}” also accepts ${names} in Attaché; a matching question marks that wrong.`;
    });
}

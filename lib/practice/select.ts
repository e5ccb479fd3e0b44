/**
 * Chooses what to practise next. In order: a queued remediation item (untangling a confusion
 * just made); a concept that is due, most overdue first; a concept never practised; then the
 * concept due soonest, so practice never runs dry. Never a third item in a row with the same
 * key; with the mixed scope, a different framework from the last item when the choice allows.
 * Within a concept, a scenario not met recently, never-seen ones first.
 */
import { hashSeed } from '../random/seeded';
import { conceptId, type ConceptId } from '../items/ids';
import { type PracticeAnswer, type Remediation, type StoredCard } from './types';

/** What the selector needs of an item. */
export type PracticeItemRef = {
  id: string;
  scenarioId: string;
  frameworkId: string;
  /** The key category (primary key for pick-every-one items). */
  key: string;
};

export type PracticeIndex = {
  items: readonly PracticeItemRef[];
  byId: ReadonlyMap<string, PracticeItemRef>;
  /** Concept → its items, in bank order. */
  byConcept: ReadonlyMap<ConceptId, readonly PracticeItemRef[]>;
  /** Concepts in bank order (framework by framework). */
  concepts: readonly ConceptId[];
};

export function buildPracticeIndex(items: readonly PracticeItemRef[]): PracticeIndex {
  const byConcept = new Map<ConceptId, PracticeItemRef[]>();
  for (const item of items) {
    const concept = conceptId(item.frameworkId, item.key);
    const list = byConcept.get(concept);
    if (list) list.push(item);
    else byConcept.set(concept, [item]);
  }
  return {
    items,
    byId: new Map(items.map((i) => [i.id, i])),
    byConcept,
    concepts: [...byConcept.keys()],
  };
}

export type SelectionInput = {
  index: PracticeIndex;
  cards: Readonly<Record<ConceptId, StoredCard>>;
  /** Answers so far, oldest first (only the recent tail is read). */
  history: readonly PracticeAnswer[];
  remediation: readonly Remediation[];
  /** "mixed" or a framework id. */
  scope: string;
  now: number;
};

export type Selection = {
  item: PracticeItemRef;
  reason: 'remediation' | 'due' | 'new' | 'ahead';
  remediation?: Remediation;
};

/** Scenarios met in the last this many answers count as "recent". */
const RECENT_WINDOW = 60;

export function selectNext(input: SelectionInput): Selection | undefined {
  const { index, cards, history, scope, now } = input;
  const inScope = (frameworkId: string) => scope === 'mixed' || frameworkId === scope;
  const last = history.at(-1);
  const lastTwo = history.slice(-2);
  const blockedConcept =
    lastTwo.length === 2 &&
    conceptId(lastTwo[0]!.frameworkId, lastTwo[0]!.key) ===
      conceptId(lastTwo[1]!.frameworkId, lastTwo[1]!.key)
      ? conceptId(lastTwo[1]!.frameworkId, lastTwo[1]!.key)
      : undefined;
  const allowed = (item: PracticeItemRef) =>
    inScope(item.frameworkId) && conceptId(item.frameworkId, item.key) !== blockedConcept;

  for (const queued of input.remediation) {
    const item = index.byId.get(queued.itemId);
    if (item && allowed(item)) return { item, reason: 'remediation', remediation: queued };
  }

  const recent = new Map<string, number>();
  const tail = history.slice(-RECENT_WINDOW);
  tail.forEach((answer, i) => recent.set(answer.scenarioId, i));
  const seenEver = new Set<string>();
  for (const answer of history) seenEver.add(answer.itemId);

  const concepts = index.concepts.filter((concept) => {
    if (concept === blockedConcept) return false;
    const first = index.byConcept.get(concept)![0]!;
    return inScope(first.frameworkId);
  });
  // Prefer another framework than the last item's, in the mixed scope.
  const frameworkOf = (concept: ConceptId) => concept.slice(0, concept.indexOf(':'));
  const switchesFramework = (concept: ConceptId) =>
    scope !== 'mixed' || !last || frameworkOf(concept) !== last.frameworkId ? 0 : 1;

  const due = concepts
    .filter((c) => cards[c] !== undefined && cards[c]!.due <= now)
    .sort((a, b) => switchesFramework(a) - switchesFramework(b) || cards[a]!.due - cards[b]!.due);
  const fresh = concepts
    .filter((c) => cards[c] === undefined)
    .sort((a, b) => switchesFramework(a) - switchesFramework(b));
  const ahead = concepts
    .filter((c) => cards[c] !== undefined && cards[c]!.due > now)
    .sort((a, b) => switchesFramework(a) - switchesFramework(b) || cards[a]!.due - cards[b]!.due);

  const salt = hashSeed(`${history.length}:${now}`);
  for (const [reason, list] of [
    ['due', due],
    ['new', fresh],
    ['ahead', ahead],
  ] as const) {
    const concept = list[0];
    if (concept === undefined) continue;
    const item = freshestItem(index.byConcept.get(concept)!, recent, seenEver, salt);
    if (item) return { item, reason };
  }
  return undefined;
}

/** Never-seen items first, then those not met recently, then the least recent; ties by a seeded hash. */
function freshestItem(
  items: readonly PracticeItemRef[],
  recent: ReadonlyMap<string, number>,
  seenEver: ReadonlySet<string>,
  salt: number,
): PracticeItemRef | undefined {
  let best: PracticeItemRef | undefined;
  let bestRank = Infinity;
  for (const item of items) {
    const lastSeen = recent.get(item.scenarioId);
    const rank =
      (seenEver.has(item.id) ? 1_000_000 : 0) +
      (lastSeen === undefined ? 0 : 1000 + lastSeen) +
      (((hashSeed(item.id) ^ salt) >>> 0) % 997) / 1000;
    if (rank < bestRank) {
      bestRank = rank;
      best = item;
    }
  }
  return best;
}

/**
 * After a wrong single-choice answer (the key was A, the learner chose B): a case of A and a
 * case of B, back to back. The missed scenario's contrast partners come first when they fit.
 */
export function remediationFor(
  answer: PracticeAnswer,
  index: PracticeIndex,
  contrastPartners: readonly string[],
  history: readonly PracticeAnswer[],
): Remediation[] {
  const { given, key, frameworkId } = answer;
  if (given === undefined || given === key) return [];
  const recentScenarios = new Set(history.slice(-RECENT_WINDOW).map((a) => a.scenarioId));
  recentScenarios.add(answer.scenarioId);
  const pick = (category: string): PracticeItemRef | undefined => {
    const pool = index.byConcept.get(conceptId(frameworkId, category)) ?? [];
    return (
      pool.find((i) => contrastPartners.includes(i.scenarioId)) ??
      pool.find((i) => !recentScenarios.has(i.scenarioId)) ??
      pool.find((i) => i.scenarioId !== answer.scenarioId)
    );
  };
  const ofKey = pick(key);
  const ofGiven = pick(given);
  return [ofKey, ofGiven].flatMap((item) =>
    item ? [{ itemId: item.id, frameworkId, keyCategory: key, confusedWith: given }] : [],
  );
}

const DAY = 24 * 60 * 60 * 1000;

/** The end of the learner's day: what "due today" counts up to. */
export function endOfDay(now: number, timezoneOffsetMinutes: number): number {
  const local = now - timezoneOffsetMinutes * 60_000;
  const end = Math.floor(local / DAY) * DAY + DAY - 1;
  return end + timezoneOffsetMinutes * 60_000;
}

/** Concepts due by the end of the learner's day (in the device's time zone unless given). */
export function dueToday(
  cards: Readonly<Record<ConceptId, StoredCard>>,
  now: number,
  timezoneOffsetMinutes = new Date(now).getTimezoneOffset(),
): number {
  const until = endOfDay(now, timezoneOffsetMinutes);
  return Object.values(cards).filter((c) => c.due <= until).length;
}

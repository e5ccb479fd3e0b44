/** Moodle XML, read back with fast-xml-parser (its validator first): structure, marks, escaping. */
import { describe, expect, it } from 'vitest';
import { toMoodleXml } from '@/lib/export/moodle-xml';
import { optionsOf, scoreItem } from '@/lib/items/registry';
import type { Item } from '@/lib/items/schema';
import { itemById, realBank } from '../assignments/real-bank';
import {
  frameworks,
  MANY_ID,
  oddOneOut,
  parseXml,
  single,
  sortBoard,
  textOfHtml,
  TRICKY,
  trickyItem,
  TWO_TIER_ID,
} from './interchange-items';

type Text = { text: string };
type Answer = { '@fraction': string; text: string; feedback?: Text };
type Question = {
  '@type': string;
  category?: Text;
  name?: Text;
  questiontext?: Text;
  generalfeedback?: Text;
  defaultgrade?: string;
  single?: string;
  answer?: Answer[];
  subquestion?: { text: string; answer: Text[] }[];
};

function questionsOf(items: readonly Item[]): Question[] {
  const { quiz } = parseXml(toMoodleXml(items, frameworks()).text) as {
    quiz: { question: Question[] };
  };
  return quiz.question;
}

/** The one non-category question of an export of one item. */
function onlyQuestion(item: Item): Question {
  const questions = questionsOf([item]).filter((q) => q['@type'] !== 'category');
  expect(questions).toHaveLength(1);
  return questions[0]!;
}

const fraction = (a: Answer) => Number(a['@fraction']);

/** Moodle's mark for ticking these answers of a multi-answer question: the sum, within 0 and 1. */
const moodleMark = (answers: readonly Answer[]) =>
  Math.min(
    1,
    Math.max(
      0,
      answers.reduce((sum, a) => sum + fraction(a) / 100, 0),
    ),
  );

function subsets<T>(list: readonly T[]): T[][] {
  return list.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);
}

describe('Moodle XML', () => {
  it('puts each framework in a category and every item in the category of its framework', () => {
    const items = [single(), itemById(MANY_ID), itemById(TWO_TIER_ID), sortBoard()];
    const questions = questionsOf(items);
    const categories = questions
      .filter((q) => q['@type'] === 'category')
      .map((q) => q.category!.text);
    expect(categories).toEqual([
      "$course$/Attaché/Pajtinka's five functions of modern military diplomacy",
      "$course$/Attaché/Cottey & Forster's roles of defence diplomacy",
      '$course$/Attaché/Military diplomacy, gunboat diplomacy or coercive diplomacy',
    ]);
    expect(questions.map((q) => q['@type'])).toEqual([
      'category',
      'multichoice',
      'matching',
      'category',
      'multichoice',
      'category',
      'multichoice',
    ]);
  });

  it('writes a single-best item as one-answer multichoice: key and accepted at 100, each distractor at 0 with its why-not', () => {
    const item = single();
    const question = onlyQuestion(item);
    expect(question.single).toBe('true');
    const byLabel = new Map(question.answer!.map((a) => [textOfHtml(a.text), a]));
    for (const option of optionsOf(item)) {
      const answer = byLabel.get(option.label)!;
      const right = [item.answerKey.best, ...item.answerKey.accepted].includes(option.id);
      expect(fraction(answer)).toBe(right ? 100 : 0);
      if (!right) {
        expect(textOfHtml(answer.feedback!.text)).toBe(item.teaching.whyNot[option.id]);
      }
    }
    expect(textOfHtml(question.generalfeedback!.text)).toBe(
      `${item.teaching.explanation} Source: ${item.teaching.citation.text}`,
    );
  });

  it('gives exactly one answer 100 when an item accepts no alternative', () => {
    const item = realBank().items.find(
      (i) => i.kind === 'classify' && i.answerKey.accepted.length === 0,
    )!;
    const fractions = onlyQuestion(item).answer!.map(fraction);
    expect(fractions.filter((f) => f === 100)).toHaveLength(1);
    expect(fractions.filter((f) => f !== 100 && f !== 0)).toEqual([]);
  });

  it("marks every subset of every pick-every-one item as Attaché's scorer does, positives summing to 100", () => {
    const many = realBank().items.filter((i) => i.kind === 'classify-many');
    expect(many.length).toBeGreaterThan(10);
    for (const item of many) {
      const question = onlyQuestion(item);
      expect(question.single).toBe('false');
      const positive = question.answer!.map(fraction).filter((f) => f > 0);
      expect(positive.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
      const answerOf = new Map(question.answer!.map((a) => [textOfHtml(a.text), a]));
      for (const ticked of subsets(optionsOf(item)).filter((s) => s.length > 0)) {
        const score = scoreItem(item, { kind: 'many', choices: ticked.map((o) => o.id) });
        const moodle = moodleMark(ticked.map((o) => answerOf.get(o.label)!));
        expect(moodle, ticked.map((o) => o.id).join('+')).toBeCloseTo(
          score.status === 'scored' ? score.earned : NaN,
          4,
        );
      }
    }
  });

  it('writes answer and reason as one pick among the pairs, each pair worth what the scorer gives it', () => {
    const item = itemById(TWO_TIER_ID);
    if (item.kind !== 'two-tier') throw new Error('not two-tier');
    const question = onlyQuestion(item);
    expect(question.single).toBe('true');
    expect(question.answer).toHaveLength(item.options.length * item.reasons.length);
    const answerOf = new Map(question.answer!.map((a) => [textOfHtml(a.text), a]));
    for (const option of item.options) {
      for (const reason of item.reasons) {
        const answer = answerOf.get(`${option.label}, because ${reason.label}`)!;
        const score = scoreItem(item, { kind: 'two-tier', choice: option.id, reason: reason.id });
        expect(fraction(answer) / 100).toBe(score.status === 'scored' ? score.earned : NaN);
      }
    }
    expect(question.answer!.map(fraction).sort((a, b) => b - a)[0]).toBe(100);
  });

  it('writes a sort board as matching: each card to its category, worth one per card', () => {
    const board = sortBoard();
    const question = onlyQuestion(board);
    expect(question.defaultgrade).toBe(String(board.scenarios.length));
    const cards = question.subquestion!.filter((s) => s.text !== '');
    expect(cards).toHaveLength(board.scenarios.length);
    for (const scenario of board.scenarios) {
      const card = cards.find((c) => textOfHtml(c.text).includes(scenario.title))!;
      const key = board.answerKey.placements[scenario.id]!.best;
      expect(card.answer[0]!.text).toBe(board.buckets.find((b) => b.id === key)!.label);
    }
    const offered = new Set(question.subquestion!.map((s) => s.answer[0]!.text));
    expect(offered).toEqual(new Set(board.buckets.map((b) => b.label)));
  });

  it('writes odd one out as multichoice on the four cases, the odd one at 100', () => {
    const item = oddOneOut();
    const question = onlyQuestion(item);
    const right = question.answer!.filter((a) => fraction(a) === 100);
    expect(right).toHaveLength(1);
    const odd = item.scenarios.find((s) => s.id === item.answerKey.odd)!;
    expect(textOfHtml(right[0]!.text)).toContain(odd.title);
    expect(question.answer!.every((a) => a.feedback !== undefined)).toBe(true);
  });

  it('keeps "]]>", "&", "<", quotes and text beyond the BMP intact in every field', () => {
    const item = trickyItem();
    const questions = questionsOf([item]);
    expect(questions[0]!.category!.text).toBe('$course$/Attaché/tricky//framework');
    const question = questions[1]!;
    expect(question.name!.text).toBe(`Title ${TRICKY}`);
    const stem = textOfHtml(question.questiontext!.text);
    expect(stem).toContain(`Title ${TRICKY}`);
    expect(stem).toContain(`Text ${TRICKY}`);
    expect(stem).toContain(`Question ${TRICKY}`);
    expect(textOfHtml(question.generalfeedback!.text)).toContain(`Explanation ${TRICKY}`);
    const wrong = question.answer!.find((a) => textOfHtml(a.text) === `[Wrong] ${TRICKY}`)!;
    expect(textOfHtml(wrong.feedback!.text)).toBe(`Why not ${TRICKY}`);
  });

  it('leaves out characters XML cannot hold instead of writing a file no parser reads', () => {
    const item = trickyItem();
    const text = toMoodleXml(
      [{ ...item, scenario: { ...item.scenario, title: 'Bell\u0007 and \uFFFF' } }],
      frameworks(),
    ).text;
    expect(text).toContain('Bell and ');
    expect(() => parseXml(text)).not.toThrow();
  });
});

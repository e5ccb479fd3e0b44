/** GIFT, read back with gift-pegjs: questions, answers, weights, feedback, escapes. */
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { giftEscape, toGift } from '@/lib/export/gift';
import { optionsOf, scoreItem } from '@/lib/items/registry';
import type { Item, SingleItem } from '@/lib/items/schema';
import { itemById } from '../assignments/real-bank';
import {
  frameworks,
  MANY_ID,
  oddOneOut,
  single,
  sortBoard,
  textOfHtml,
  TRICKY,
  trickyItem,
  TWO_TIER_ID,
} from './interchange-items';

type MC = Extract<GIFTQuestion, { type: 'MC' }>;
type Matching = Extract<GIFTQuestion, { type: 'Matching' }>;

function parsed(items: readonly Item[]): GIFTQuestion[] {
  return parse(toGift(items, frameworks()).text);
}

function only<T extends GIFTQuestion['type']>(
  item: Item,
  type: T,
): Extract<GIFTQuestion, { type: T }> {
  const questions = parsed([item]).filter((q) => q.type !== 'Category');
  expect(questions).toHaveLength(1);
  expect(questions[0]!.type).toBe(type);
  return questions[0] as Extract<GIFTQuestion, { type: T }>;
}

/** Moodle's weight of a GIFT answer: "=" is 100, "~" 0 unless it carries "%w%". */
const weight = (choice: MC['choices'][number]) => (choice.isCorrect ? 100 : (choice.weight ?? 0));

describe('GIFT', () => {
  it('writes a category before each framework and one question per item, none left out', () => {
    const items = [single(), itemById(MANY_ID), itemById(TWO_TIER_ID), sortBoard()];
    const gift = toGift(items, frameworks());
    expect(gift.skipped).toEqual([]);
    expect(gift.text.split('\n')[1]).toBe('// Every item is in this file.');
    const questions = parse(gift.text);
    expect(questions.map((q) => q.type)).toEqual([
      'Category',
      'MC',
      'Matching',
      'Category',
      'MC',
      'Category',
      'MC',
    ]);
    expect(questions[0]).toMatchObject({
      title: "$course$/Attaché/Pajtinka's five functions of modern military diplomacy",
    });
  });

  it('writes a single-best item with "=" for the key, "~%100%" for an accepted one and "#" why-nots', () => {
    const item = single();
    const question = only(item, 'MC');
    expect(question.stem.format).toBe('html');
    expect(question.choices.filter((c) => c.isCorrect)).toHaveLength(1);
    expect(item.answerKey.accepted).not.toEqual([]);
    for (const option of optionsOf(item)) {
      const choice = question.choices.find((c) => textOfHtml(c.text.text) === option.label)!;
      const right = [item.answerKey.best, ...item.answerKey.accepted].includes(option.id);
      expect(weight(choice)).toBe(right ? 100 : 0);
      if (option.id === item.answerKey.best) expect(choice.isCorrect).toBe(true);
      if (!right) {
        expect(textOfHtml(choice.feedback!.text)).toBe(item.teaching.whyNot[option.id]);
      }
    }
    expect(textOfHtml(question.globalFeedback!.text)).toBe(
      `${item.teaching.explanation} Source: ${item.teaching.citation.text}`,
    );
  });

  it('writes pick-every-one with "~%w%" weights, no "=", the positive ones summing to 100', () => {
    const item = itemById(MANY_ID);
    if (item.kind !== 'classify-many') throw new Error('not many');
    const question = only(item, 'MC');
    expect(question.choices.some((c) => c.isCorrect)).toBe(false);
    for (const option of item.options) {
      const choice = question.choices.find((c) => textOfHtml(c.text.text) === option.label)!;
      const applies = item.answerKey.applies.includes(option.id);
      expect(weight(choice)).toBe(applies ? 50 : -33.33333);
      const feedback = applies
        ? item.teaching.alsoFits[option.id]
        : item.teaching.whyNot[option.id];
      expect(choice.feedback && textOfHtml(choice.feedback.text)).toBe(feedback ?? null);
    }
    const positive = question.choices.map(weight).filter((w) => w > 0);
    expect(positive.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('writes answer and reason as weighted pairs: 100 with the reason, 50 without, 0 for a wrong answer', () => {
    const item = itemById(TWO_TIER_ID);
    if (item.kind !== 'two-tier') throw new Error('not two-tier');
    const question = only(item, 'MC');
    expect(question.choices).toHaveLength(item.options.length * item.reasons.length);
    const key = question.choices.filter((c) => c.isCorrect).map((c) => textOfHtml(c.text.text));
    expect(key).toEqual([
      `${item.options.find((o) => o.id === item.answerKey.best)!.label}, because ${item.reasons.find((r) => r.id === item.answerKey.reason)!.label}`,
    ]);
    for (const choice of question.choices) {
      const [answer, reason] = textOfHtml(choice.text.text).split(', because ');
      const a = item.options.find((o) => o.label === answer)!;
      const r = item.reasons.find((o) => o.label === reason)!;
      const score = scoreItem(item, { kind: 'two-tier', choice: a.id, reason: r.id });
      expect(weight(choice) / 100).toBe(score.status === 'scored' ? score.earned : NaN);
    }
  });

  it('writes a sort board as matching pairs, a spare category as a pair with no card', () => {
    const board = sortBoard();
    const question = only(board, 'Matching') as Matching;
    const cards = question.matchPairs.filter((p) => p.subquestion.text !== '');
    expect(cards).toHaveLength(board.scenarios.length);
    for (const scenario of board.scenarios) {
      const pair = cards.find((p) => textOfHtml(p.subquestion.text).includes(scenario.title))!;
      const key = board.answerKey.placements[scenario.id]!.best;
      expect(pair.subanswer).toBe(board.buckets.find((b) => b.id === key)!.label);
    }
    expect(new Set(question.matchPairs.map((p) => p.subanswer))).toEqual(
      new Set(board.buckets.map((b) => b.label)),
    );
  });

  it('writes odd one out as one pick among the cases', () => {
    const item = oddOneOut();
    const question = only(item, 'MC');
    const odd = item.scenarios.find((s) => s.id === item.answerKey.odd)!;
    expect(textOfHtml(question.choices.find((c) => c.isCorrect)!.text.text)).toContain(odd.title);
  });

  it('escapes ~ = # { } : and the backslash so every text survives the round trip', () => {
    const item: SingleItem = trickyItem();
    const questions = parsed([item]);
    expect(questions[0]).toMatchObject({
      type: 'Category',
      title: '$course$/Attaché/tricky//framework',
    });
    const question = questions[1] as MC;
    expect(question.title).toBe(`Title ${TRICKY}`);
    const stem = textOfHtml(question.stem.text);
    expect(stem).toContain(`Text ${TRICKY}`);
    expect(stem).toContain(`Question ${TRICKY}`);
    const wrong = question.choices.find((c) => textOfHtml(c.text.text) === `[Wrong] ${TRICKY}`)!;
    expect(wrong.text.format).toBe('html');
    expect(textOfHtml(wrong.feedback!.text)).toBe(`Why not ${TRICKY}`);
    expect(textOfHtml(question.globalFeedback!.text)).toContain(`Explanation ${TRICKY}`);
  });

  it('turns line breaks into spaces, since a blank line ends a GIFT question', () => {
    expect(giftEscape('one\n\ntwo\r\nthree')).toBe('one two three');
    expect(giftEscape('a{b}c~d=e#f:g\\h')).toBe('a\\{b\\}c\\~d\\=e\\#f\\:g\\\\h');
  });

  it('leaves out, and names at the top, an item Moodle could not import', () => {
    const item = single();
    const lonely: SingleItem = {
      ...item,
      options: item.options.filter((o) => o.id === item.answerKey.best),
    };
    const gift = toGift([lonely, item], frameworks());
    expect(gift.skipped).toEqual([
      {
        itemId: item.id,
        name: item.scenario.title,
        reason: 'Moodle needs at least two answers for a multiple-choice question.',
      },
    ]);
    expect(gift.text).toContain(`// Left out: ${item.scenario.title} (${item.id}): Moodle needs`);
    expect(parse(gift.text).filter((q) => q.type === 'MC')).toHaveLength(1);
  });
});

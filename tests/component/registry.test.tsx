import { describe, expect, it } from 'vitest';
import { FEEDBACK_VIEWS } from '@/components/quiz/feedback-bodies';
import { QUESTION_VIEWS } from '@/components/quiz/kinds';
import { KINDS, scoreItem, toPublicItem } from '@/lib/items/registry';
import { ITEM_KINDS } from '@/lib/items/schema';
import { classifyItem, manyItem, sortItem, twoTierItem } from '../support/items';

describe('the registry of kinds', () => {
  it('has, for every kind, a scorer, a projection, accessors and a component', () => {
    for (const kind of ITEM_KINDS) {
      const logic = KINDS[kind];
      expect(logic.kind, kind).toBe(kind);
      expect(typeof logic.score, kind).toBe('function');
      expect(typeof logic.toPublic, kind).toBe('function');
      expect(typeof logic.keyed, kind).toBe('function');
      expect(typeof logic.options, kind).toBe('function');
      expect(logic.label.length, kind).toBeGreaterThan(0);
      expect(QUESTION_VIEWS[kind], kind).toBeTruthy();
      expect(typeof FEEDBACK_VIEWS[kind], kind).toBe('function');
    }
    expect(Object.keys(KINDS).sort()).toEqual([...ITEM_KINDS].sort());
    expect(Object.keys(QUESTION_VIEWS).sort()).toEqual([...ITEM_KINDS].sort());
    expect(Object.keys(FEEDBACK_VIEWS).sort()).toEqual([...ITEM_KINDS].sort());
  });

  it('strips the key and the teaching from every kind it projects', () => {
    const items = [
      classifyItem({ id: 'a.pajtinka', key: 'cooperation' }),
      manyItem('b.cottey-forster.many', ['transparency', 'political-signal']),
      twoTierItem('c.modes.two-tier'),
      sortItem([
        { id: 'w', key: 'information' },
        { id: 'x', key: 'cooperation' },
        { id: 'y', key: 'arms-business' },
        { id: 'z', key: 'representation' },
      ]),
    ];
    for (const item of items) {
      const projected = JSON.stringify(toPublicItem(item));
      expect(projected).not.toContain('answerKey');
      expect(projected).not.toContain('teaching');
      expect(projected).not.toContain('Explanation for');
    }
  });

  it('refuses a response of the wrong shape instead of guessing', () => {
    const item = classifyItem({ id: 'a.pajtinka', key: 'cooperation' });
    expect(scoreItem(item, { kind: 'many', choices: ['cooperation'] })).toEqual({
      status: 'invalid',
      message: 'A many answer does not fit a classify item.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { SingleItem as ChoiceItem } from '@/lib/items/schema';
import { buildQuiz, spreadKeys } from '@/lib/quiz/build';
import { needsSeed, quizKeyOf, quizQuerySchema, specOf } from '@/lib/quiz/spec';

function item(stem: string, frameworkId: string, key: string): ChoiceItem {
  return {
    id: `${stem}.${frameworkId}`,
    kind: 'classify',
    frameworkId,
    difficulty: 1,
    scenario: { id: stem, title: stem, text: stem, context: 'hypothetical', contrastWith: [] },
    question: 'q',
    options: [{ id: key, label: key }],
    answerKey: { best: key, accepted: [] },
    teaching: { explanation: 'e', whyNot: {}, alsoFits: {}, citation: { text: 't', full: 'f' } },
  };
}

const keys = ['a', 'b', 'c', 'd', 'e'];
const pool = Array.from({ length: 40 }, (_, i) => item(`s${i}`, 'fw1', keys[i % keys.length]!));
const frameworks = [
  { id: 'fw1', label: 'Framework one', shortLabel: 'One' },
  { id: 'fw2', label: 'Framework two', shortLabel: 'Two' },
];
const mixedPool = [
  ...pool,
  ...Array.from({ length: 20 }, (_, i) => item(`t${i}`, 'fw2', i % 2 ? 'x' : 'y')),
];

describe('quizQuerySchema', () => {
  it('reads a framework quiz from the query string', () => {
    const query = quizQuerySchema.parse({ scope: 'pajtinka', n: '20', seed: 'abcd1234', q: '3' });
    expect(query).toEqual({ scope: 'pajtinka', n: 20, seed: 'abcd1234', q: 3 });
    expect(needsSeed(query)).toBe(false);
  });

  it('reads a retry list of item ids', () => {
    const query = quizQuerySchema.parse({ items: 'a-1.pajtinka,b-2.modes' });
    expect(query.items).toEqual(['a-1.pajtinka', 'b-2.modes']);
    expect(needsSeed(query)).toBe(false);
  });

  it.each([
    [{}, 'give exactly one of scope, set or items'],
    [{ scope: 'pajtinka', set: 'five' }, 'give exactly one of scope, set or items'],
    [{ scope: 'Bad Scope' }, 'kebab-case'],
    [{ scope: 'pajtinka', n: '7' }, 'one of 5, 10, 20'],
    [{ scope: 'pajtinka', seed: 'x' }, 'a seed of 4–16'],
    [{ items: 'not an id' }, 'an item id'],
    [{ scope: 'pajtinka', q: '0' }, 'Too small'],
  ])('rejects %j with a reason', (raw, reason) => {
    const result = quizQuerySchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(reason);
  });

  it('takes the first value when a parameter is repeated', () => {
    expect(quizQuerySchema.parse({ scope: ['modes', 'pajtinka'], seed: 'abcd' }).scope).toBe(
      'modes',
    );
  });

  it('gives the same quiz key for the same quiz', () => {
    const spec = specOf(quizQuerySchema.parse({ scope: 'modes', n: '5', seed: 'zzzz' }), 'unused');
    expect(quizKeyOf(spec)).toBe('scope=modes&n=5&seed=zzzz');
  });
});

describe('buildQuiz', () => {
  it('builds the same quiz from the same seed and a different one from another seed', () => {
    const context = { items: pool, frameworks, sets: [] };
    const a = buildQuiz(
      { source: 'scope', scope: 'fw1', count: 10, seed: 'aaaa', certaintyBased: false },
      context,
    );
    const b = buildQuiz(
      { source: 'scope', scope: 'fw1', count: 10, seed: 'aaaa', certaintyBased: false },
      context,
    );
    const c = buildQuiz(
      { source: 'scope', scope: 'fw1', count: 10, seed: 'bbbb', certaintyBased: false },
      context,
    );
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(a.items.map((i) => i.id)).toEqual(b.items.map((i) => i.id));
    expect(a.items.map((i) => i.id)).not.toEqual(c.items.map((i) => i.id));
    expect(a.items).toHaveLength(10);
  });

  it('covers every key before repeating one, and never puts the same key twice in a row', () => {
    for (const seed of ['s1', 's2', 's3', 's4', 's5']) {
      const items = spreadKeys(pool, seed).slice(0, 10) as ChoiceItem[];
      expect(new Set(items.slice(0, 5).map((i) => i.answerKey.best)).size).toBe(5);
      items
        .slice(1)
        .forEach((it, i) => expect(it.answerKey.best).not.toBe(items[i]!.answerKey.best));
    }
  });

  it('alternates frameworks in a mixed quiz', () => {
    const built = buildQuiz(
      { source: 'scope', scope: 'mixed', count: 6, seed: 'mix1', certaintyBased: false },
      { items: mixedPool, frameworks, sets: [] },
    );
    if (!built.ok) throw new Error('expected a quiz');
    const frameworksInOrder = built.items.map((i) => i.frameworkId);
    frameworksInOrder.slice(1).forEach((f, i) => expect(f).not.toBe(frameworksInOrder[i]));
  });

  it('keeps a retry list in its order and drops ids that no longer exist', () => {
    const built = buildQuiz(
      { source: 'items', items: ['s3.fw1', 'gone.fw1', 's1.fw1'], certaintyBased: false },
      { items: pool, frameworks, sets: [] },
    );
    expect(built.ok && built.items.map((i) => i.id)).toEqual(['s3.fw1', 's1.fw1']);
  });

  it('refuses an unknown framework or set', () => {
    const context = { items: pool, frameworks, sets: [] };
    expect(
      buildQuiz(
        { source: 'scope', scope: 'nope', count: 5, seed: 'aaaa', certaintyBased: false },
        context,
      ),
    ).toEqual({
      ok: false,
      reason: 'unknown-scope',
    });
    expect(
      buildQuiz({ source: 'set', set: 'nope', seed: 'aaaa', certaintyBased: false }, context),
    ).toEqual({
      ok: false,
      reason: 'unknown-set',
    });
  });
});

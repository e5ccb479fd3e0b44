import { describe, expect, it } from 'vitest';
import { generateItems } from '@/lib/bank/generate';
import {
  comparisonsMissing,
  compoundOption,
  giveawaysIn,
  lintBank,
  nearDuplicates,
  unemphasisedNegative,
  wordCount,
  type LintRule,
} from '@/lib/bank/lint';
import type { Bank } from '@/lib/bank/load';
import type { Scenario } from '@/lib/bank/schema';
import { loadFixtureBank } from '../../support/bank-fixture';

const rulesFound = (bank: Bank, severity: 'error' | 'warning' = 'error'): LintRule[] =>
  lintBank(bank, generateItems(bank))
    .issues.filter(
      (i) => i.severity === severity && i.rule !== 'coverage' && i.rule !== 'compare-coverage',
    )
    .map((i) => i.rule);

function withScenario(bank: Bank, id: string, change: (s: Scenario) => Scenario): Bank {
  return { ...bank, scenarios: bank.scenarios.map((s) => (s.id === id ? change(s) : s)) };
}

describe('the bank linter', () => {
  it('passes the fixture bank apart from its (tiny) coverage', () => {
    const bank = loadFixtureBank();
    const report = lintBank(bank, generateItems(bank));
    expect(rulesFound(bank)).toEqual([]);
    expect(
      report.issues.some(
        (i) => i.rule === 'coverage' && /scenarios: 2, at least 160/.test(i.message),
      ),
    ).toBe(true);
  });

  it('finds a giveaway phrase in a scenario, as a whole word in any case', () => {
    const framework = {
      categories: [{ id: 'gunboat', giveaways: ['gunboat', 'diplomacy of force'] }],
    };
    expect(giveawaysIn('The Gunboat stayed offshore.', framework as never)).toEqual([
      { category: 'gunboat', phrase: 'gunboat' },
    ]);
    expect(giveawaysIn('Gunboats stayed offshore.', framework as never)).toEqual([]);
    expect(giveawaysIn('It was a diplomacy of force.', framework as never)).toHaveLength(1);
    const bank = withScenario(loadFixtureBank(), 'case-one', (s) => ({
      ...s,
      text: `${s.text} It was alphabetical.`,
    }));
    expect(rulesFound(bank)).toEqual(['giveaway']);
  });

  it('flags an unemphasised NOT or EXCEPT in a question, and accepts capitals', () => {
    expect(unemphasisedNegative('Which function does this action not serve?')).toBe('not');
    expect(unemphasisedNegative('Which role is played EXCEPT here?')).toBeUndefined();
    expect(unemphasisedNegative('Which function does it mainly serve?')).toBeUndefined();
    const bank = withScenario(loadFixtureBank(), 'case-two', (s) => ({
      ...s,
      lenses: { tiny: { ...s.lenses.tiny!, question: 'Which category does this except?' } },
    }));
    expect(rulesFound(bank)).toEqual(['negative-stem']);
  });

  it('rejects all/none-of-the-above options and options that join two others', () => {
    const framework = {
      categories: [
        { shortLabel: 'Gunboat' },
        { shortLabel: 'Coercive' },
        { shortLabel: 'Military diplomacy' },
      ],
    };
    expect(compoundOption('None of the above', framework as never)).toMatch(/none-of-the-above/);
    expect(compoundOption('Gunboat and coercive', framework as never)).toMatch(/combines/);
    expect(compoundOption('Limited naval force', framework as never)).toBeUndefined();
  });

  it('limits a scenario to 120 words', () => {
    expect(wordCount('  one two\nthree  ')).toBe(3);
    const bank = withScenario(loadFixtureBank(), 'case-one', (s) => ({
      ...s,
      text: Array.from({ length: 121 }, (_, i) => `word${i}`).join(' '),
    }));
    expect(rulesFound(bank)).toEqual(['scenario-length']);
  });

  it('requires a why-not for every wrong option', () => {
    const bank = withScenario(loadFixtureBank(), 'case-two', (s) => ({
      ...s,
      lenses: { tiny: { ...s.lenses.tiny!, whyNot: { alpha: s.lenses.tiny!.whyNot.alpha! } } },
    }));
    expect(rulesFound(bank)).toEqual(['why-not']);
  });

  it('requires contrast pairs to point both ways', () => {
    const bank = withScenario(loadFixtureBank(), 'case-one', (s) => ({
      ...s,
      contrastWith: ['case-two'],
    }));
    expect(rulesFound(bank)).toEqual(['contrast-both-ways']);
  });

  it('warns about near-duplicate texts unless they are a linked contrast pair', () => {
    const base = loadFixtureBank();
    const one = base.scenarios.find((s) => s.id === 'case-one')!;
    const copy = withScenario(base, 'case-two', (s) => ({ ...s, text: `${one.text} Again.` }));
    expect(nearDuplicates(copy.scenarios)).toHaveLength(1);
    expect(rulesFound(copy, 'warning')).toEqual(['near-duplicate']);
    const linked = {
      ...copy,
      scenarios: copy.scenarios.map((s) =>
        s.id === 'case-one'
          ? { ...s, contrastWith: ['case-two'] }
          : s.id === 'case-two'
            ? { ...s, contrastWith: ['case-one'] }
            : s,
      ),
    };
    expect(rulesFound(linked, 'warning')).toEqual([]);
  });

  it('refuses a set entry that makes no item, saying what its kind needs', () => {
    const bank: Bank = {
      ...loadFixtureBank(),
      sets: [
        {
          schemaVersion: 1,
          id: 'odd-ones',
          title: 'Odd ones',
          description: 'Odd-one-out entries that cannot be built from the two fixture cases.',
          order: 1,
          items: [
            'case-one.tiny',
            'odd.tiny.case-one~case-two',
            'odd.tiny.case-one~case-two~case-one~case-two',
          ],
        },
      ],
    };
    const issues = lintBank(bank, generateItems(bank)).issues.filter((i) => i.rule === 'set-entry');
    expect(issues.map((i) => [i.severity, i.subject])).toEqual([
      ['error', 'set:odd-ones'],
      ['error', 'set:odd-ones'],
    ]);
    expect(issues[0]!.message).toBe(
      'item 2 "odd.tiny.case-one~case-two" makes no odd-one-out item: it needs 4 different scenarios, 3 keyed to one category and the last to another, with no accepted alternative crossing between the two',
    );
    expect(issues[1]!.message).toMatch(/^item 3 /);
  });

  it('refuses a scenario that opens by pointing back to another one', () => {
    const bank = withScenario(loadFixtureBank(), 'case-two', (s) => ({
      ...s,
      text: `Later on 25 July 2018, still in Beijing, ${s.text}`,
    }));
    const issue = lintBank(bank, generateItems(bank)).issues.find((i) => i.rule === 'stand-alone');
    expect(issue).toMatchObject({ severity: 'error', subject: 'scenario:case-two' });
    expect(issue!.message).toMatch(/^"Later" points to another scenario/);
  });

  it('asks for the cue that makes a lens fit', () => {
    const bank = withScenario(loadFixtureBank(), 'case-one', (s) => ({
      ...s,
      lenses: { tiny: { ...s.lenses.tiny!, cue: undefined } },
    }));
    const issue = lintBank(bank, generateItems(bank)).issues.find((i) => i.rule === 'lens-fit');
    expect(issue).toMatchObject({ subject: 'scenario:case-one' });
    expect(issue!.message).toMatch(/^tiny: no "cue"/);
  });

  it('asks a military-diplomacy case under the modes lens for its near miss, and counts the share', () => {
    const fixture = loadFixtureBank();
    const modes = { ...fixture.frameworks[0]!, id: 'modes' };
    const bank: Bank = {
      ...fixture,
      frameworks: [modes],
      scenarios: fixture.scenarios.map((s) => ({
        ...s,
        lenses: { modes: { ...s.lenses.tiny!, key: 'military-diplomacy', accepted: [] } },
      })),
    };
    const report = lintBank(bank, []);
    expect(report.issues.filter((i) => i.rule === 'near-miss').map((i) => i.subject)).toEqual([
      'scenario:case-one',
      'scenario:case-two',
      'framework:modes',
    ]);
    expect(report.counts.nearMiss.modes).toEqual({ scenarios: 2, withNearMiss: 0, share: 0 });
  });

  it('asks for a compare page for two categories a contrast pair joins', () => {
    const fixture = loadFixtureBank();
    const bank: Bank = {
      ...fixture,
      scenarios: fixture.scenarios.map((s) => ({
        ...s,
        contrastWith: s.id === 'case-one' ? ['case-two'] : ['case-one'],
      })),
    };
    const missing = comparisonsMissing(bank);
    expect(missing).toEqual([
      {
        frameworkId: 'tiny',
        categories: ['alpha', 'gamma'],
        why: 'joined by case-one and case-two',
      },
    ]);
    const covered: Bank = {
      ...bank,
      comparisons: [
        {
          schemaVersion: 1,
          framework: 'tiny',
          comparisons: [
            {
              categories: ['gamma', 'alpha'],
              shared: 'x'.repeat(40),
              separator: 'y'.repeat(40),
              examples: [
                ['case-two', 'case-one'],
                ['case-two', 'case-one'],
              ],
            },
          ],
        },
      ],
    };
    expect(comparisonsMissing(covered)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadBank } from '@/lib/bank/load';
import { formatIssue } from '@/lib/bank/yaml-source';
import { brokenScenarioFile, fixtureFiles } from '../../support/bank-fixture';

function errorsOf(files: ReturnType<typeof fixtureFiles>) {
  const result = loadBank(files);
  if (result.ok) throw new Error('expected the bank to be rejected');
  return result.errors;
}

describe('loadBank', () => {
  it('accepts a well-formed bank and keeps frameworks in their order', () => {
    const result = loadBank(fixtureFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bank.frameworks.map((f) => f.id)).toEqual(['tiny']);
    expect(result.bank.scenarios.map((s) => s.id)).toEqual(['case-one', 'case-two']);
  });

  it('reports invalid YAML with the file and the line where it breaks', () => {
    const [error] = errorsOf(brokenScenarioFile('bad-yaml.yaml'));
    expect(error).toMatchObject({
      file: 'scenarios/cases.yaml',
      message: expect.stringMatching(/^invalid YAML/),
    });
    expect(error!.line).toBeGreaterThanOrEqual(5);
  });

  it('names the file, line, field and the expected categories for an unknown category id', () => {
    const errors = errorsOf(brokenScenarioFile('unknown-category.yaml'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'scenarios/cases.yaml',
      line: 20,
      field: 'scenarios[0].lenses.tiny.whyNot.delta',
    });
    expect(errors[0]!.message).toContain('expected one of alpha, beta, gamma');
  });

  it('reports a missing explanation at the lens that lacks it', () => {
    const errors = errorsOf(brokenScenarioFile('missing-explanation.yaml'));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'scenarios[1].lenses.tiny.explanation',
        message: 'missing: expected string',
        line: 37,
      }),
    ]);
  });

  it('rejects a duplicate scenario id and points at the second one', () => {
    const errors = errorsOf(brokenScenarioFile('duplicate-id.yaml'));
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'scenarios[1].id',
        message: 'duplicate scenario id "case-one"',
        line: 23,
      }),
    ]);
  });

  it('rejects a duplicate scenario id across two files', () => {
    const files = fixtureFiles();
    const copy = files.find((f) => f.path === 'scenarios/cases.yaml')!;
    const errors = errorsOf([...files, { path: 'scenarios/copy.yaml', text: copy.text }]);
    expect(errors.map((e) => e.message)).toContain(
      'duplicate scenario id "case-one" (also in another file)',
    );
  });

  it('rejects a key that is not among the lens categories, listing the ones it could be', () => {
    const errors = errorsOf(brokenScenarioFile('key-not-in-lens.yaml'));
    expect(errors[0]).toMatchObject({ field: 'scenarios[1].lenses.tiny.key', line: 37 });
    expect(errors[0]!.message).toBe(
      'unknown category "omega" for tiny; expected one of alpha, beta, gamma',
    );
  });

  it('requires a "why not" for every wrong option', () => {
    const errors = errorsOf(brokenScenarioFile('missing-why-not.yaml'));
    expect(errors.map((e) => e.message)).toEqual([
      'missing: "whyNot.beta" should say why Beta is wrong here',
    ]);
  });

  it('formats an issue as file:line:column field: message', () => {
    const [error] = errorsOf(brokenScenarioFile('key-not-in-lens.yaml'));
    expect(formatIssue(error!)).toMatch(
      /^scenarios\/cases\.yaml:37:\d+ scenarios\[1\]\.lenses\.tiny\.key: unknown category/,
    );
  });

  it('rejects a citation to a reference that is not in references.yaml', () => {
    const files = fixtureFiles();
    const cases = files.find((f) => f.path === 'scenarios/cases.yaml')!;
    const errors = errorsOf(
      fixtureFiles({
        'scenarios/cases.yaml': cases.text.replace(
          '{ source: pajtinka-2016, page: 188 }',
          '{ source: nobody-2000 }',
        ),
      }),
    );
    expect(errors[0]!.message).toBe('unknown reference "nobody-2000": add it to references.yaml');
  });

  it('rejects unknown fields so that typos do not pass silently', () => {
    const files = fixtureFiles();
    const cases = files.find((f) => f.path === 'scenarios/cases.yaml')!;
    const errors = errorsOf(
      fixtureFiles({
        'scenarios/cases.yaml': cases.text.replace(
          'era: timeless',
          'era: timeless\n    erra: typo',
        ),
      }),
    );
    expect(errors[0]).toMatchObject({ field: 'scenarios[0]', message: 'unknown field "erra"' });
  });

  it('requires a year and actors for historical cases', () => {
    const files = fixtureFiles();
    const cases = files.find((f) => f.path === 'scenarios/cases.yaml')!;
    const errors = errorsOf(
      fixtureFiles({ 'scenarios/cases.yaml': cases.text.replace('    year: 1908\n', '') }),
    );
    expect(errors[0]).toMatchObject({
      field: 'scenarios[1].year',
      message: 'missing: expected number',
    });
  });

  const casesText = () => fixtureFiles().find((f) => f.path === 'scenarios/cases.yaml')!.text;

  it('rejects a cue that is not quoted from the scenario text', () => {
    const errors = errorsOf(
      fixtureFiles({
        'scenarios/cases.yaml': casesText().replace(
          'cue: place in the alpha category',
          'cue: words the case never uses',
        ),
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'scenarios[0].lenses.tiny.cue',
        message: expect.stringContaining("is not in the scenario's text"),
      }),
    ]);
  });

  it('accepts a cue whatever its case, spacing and quote style', () => {
    const result = loadBank(
      fixtureFiles({
        'scenarios/cases.yaml': casesText().replace(
          'cue: place in the alpha category',
          'cue: "PLACE   in the Alpha category"',
        ),
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('rejects a near miss that names a right category or words the text lacks', () => {
    const errors = errorsOf(
      fixtureFiles({
        'scenarios/cases.yaml': casesText().replace(
          'cue: place in the alpha category\n',
          'cue: place in the alpha category\n        nearMiss: { category: beta, cue: not in the text }\n',
        ),
      }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'scenarios[0].lenses.tiny.nearMiss.category',
      'scenarios[0].lenses.tiny.nearMiss.cue',
    ]);
    expect(errors[0]!.message).toBe('"beta" is right here; a near miss is a wrong category');
  });

  it('refuses a public contrast pair with a held-back scenario', () => {
    const errors = errorsOf(
      fixtureFiles({
        'scenarios/cases.yaml': casesText()
          .replace('era: before-1914', 'era: before-1914\n    heldBack: true')
          .replace(
            'actorTypes: [ministry]',
            'actorTypes: [ministry]\n    contrastWith: [case-two]',
          ),
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'scenarios[0].contrastWith[0]',
        message: '"case-two" is held back for assessments; a public scenario cannot link to it',
      }),
    ]);
  });

  it('refuses a public set that uses a held-back scenario, alone or on a sort board', () => {
    const set = [
      'schemaVersion: 1',
      'id: leaky',
      'title: A leaky set',
      'description: A set that tries to show held-back cases in public.',
      'order: 1',
      'items:',
      '  - case-two.tiny',
      '  - case-one.tiny',
      '  - sort: { framework: tiny, scenarios: [case-one, case-two, case-one, case-two] }',
    ].join('\n');
    const errors = errorsOf(
      fixtureFiles({
        'scenarios/cases.yaml': casesText().replace(
          'era: before-1914',
          'era: before-1914\n    heldBack: true',
        ),
      }).concat({ path: 'sets/leaky.yaml', text: set }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'items[0]',
      'items[2].sort.scenarios[1]',
      'items[2].sort.scenarios[2]',
      'items[2].sort.scenarios[3]',
    ]);
    expect(errors[2]!.message).toBe('"case-one" is on the board twice');
    expect(errors[0]!.message).toBe(
      '"case-two" is held back for assessments; a public set cannot use it',
    );
  });

  const compareFile = (body: string) => ({
    path: 'compare/tiny.yaml',
    text: ['schemaVersion: 1', 'framework: tiny', 'comparisons:', body].join('\n'),
  });
  const comparison = (categories: string, examples: string) =>
    [
      `  - categories: ${categories}`,
      '    shared: Both are categories of the tiny framework that a careful reader might confuse.',
      '    separator: Ask which cue the case shows, the alpha cue or the gamma cue, and nothing else.',
      `    examples: ${examples}`,
    ].join('\n');
  const linked = () =>
    casesText()
      .replace('actorTypes: [ministry]', 'actorTypes: [ministry]\n    contrastWith: [case-two]')
      .replace('actorTypes: [navy]', 'actorTypes: [navy]\n    contrastWith: [case-one]');

  it('accepts a compare page whose examples are contrast pairs keyed to its two categories', () => {
    const result = loadBank(
      fixtureFiles({ 'scenarios/cases.yaml': linked() }).concat(
        compareFile(comparison('[alpha, gamma]', '[[case-one, case-two], [case-one, case-two]]')),
      ),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a compare page with an unknown category, a wrong key or examples that are no contrast pair', () => {
    const errors = errorsOf(
      fixtureFiles().concat(
        compareFile(
          [
            comparison('[alpha, omega]', '[[case-one, case-two], [case-one, case-two]]'),
            comparison('[gamma, alpha]', '[[case-one, case-two], [case-two, case-one]]'),
          ].join('\n'),
        ),
      ),
    );
    const messages = errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^comparisons\[0\]\.categories\[1\]: unknown category "omega"/),
    );
    expect(messages).toContainEqual(
      'comparisons[1].examples[0][0]: "case-one" is not keyed "gamma" under tiny',
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^comparisons\[1\]\.examples\[1\]: "case-two" and "case-one" are not a contrast pair/,
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkOwnFile, checkOwnScenario } from '@/lib/authoring/check';
import { ownYaml, readOwnYaml } from '@/lib/authoring/yaml';
import { checkContext, ownScenario, withLens } from './own-scenario';

const fields = (raw: unknown, context = checkContext()) =>
  checkOwnScenario(raw, context).issues.map((i) => `${i.severity} ${i.field}: ${i.message}`);

describe("an instructor's own scenario", () => {
  it('passes every check when it is complete, and parses to the bank schema', () => {
    const check = checkOwnScenario(ownScenario(), checkContext());
    expect(check.issues).toEqual([]);
    expect(check.scenario?.lenses.pajtinka?.key).toBe('visits-presence');
  });

  it('flags a giveaway phrase in the text, next to the text', () => {
    const raw = ownScenario({
      text: 'The Kestrian frigate Aurel makes an official visit to the Valdorian capital for three days, with a wreath and a football match against local sailors.',
    });
    expect(fields(raw)).toContainEqual(
      expect.stringMatching(/^error text: contains "official visit"/),
    );
  });

  it('flags a giveaway in the title next to the title', () => {
    const raw = ownScenario({ title: 'The peaceful presence of a Kestrian frigate in Valdoria' });
    expect(fields(raw)).toContainEqual(
      expect.stringMatching(/^error title: contains "peaceful presence"/),
    );
  });

  it('refuses a text over 120 words', () => {
    const raw = ownScenario({ text: `${'The frigate stays in port. '.repeat(25)}` });
    expect(fields(raw)).toContainEqual(
      expect.stringMatching(/^error text: 125 words; at most 120/),
    );
  });

  it('asks for a "why not" for every wrong category, at that category', () => {
    const lens = (ownScenario().lenses as Record<string, Record<string, unknown>>).pajtinka!;
    const { information: _dropped, ...whyNot } = lens.whyNot as Record<string, string>;
    const out = fields(withLens('whyNot', whyNot));
    expect(out).toContainEqual(
      expect.stringMatching(/^error lenses\.pajtinka\.whyNot\.information: missing: .*wrong here$/),
    );
  });

  it('refuses a stem with a hidden negative, and accepts it in capitals', () => {
    const hidden = fields(withLens('question', 'Which function does this visit not serve?'));
    expect(hidden).toContainEqual(
      expect.stringMatching(/^error lenses\.pajtinka\.question: .*"not" without emphasis/),
    );
    const loud = fields(withLens('question', 'Which function does this visit NOT serve?'));
    expect(loud.filter((m) => m.includes('without emphasis'))).toEqual([]);
  });

  it('warns when the text reads like a scenario of the bank', async () => {
    const { realBank } = await import('../assignments/real-bank');
    const shipped = realBank().bank.scenarios.find(
      (s) => s.lenses.pajtinka && s.context === 'hypothetical',
    )!;
    const out = checkOwnScenario(ownScenario({ text: shipped.text }), checkContext()).issues;
    expect(out).toContainEqual(
      expect.objectContaining({ severity: 'warning', field: 'text', rule: 'near-duplicate' }),
    );
    expect(out.find((i) => i.rule === 'near-duplicate')?.message).toContain(shipped.title);
  });

  it('warns about a near-duplicate of its own other items, but not of itself', () => {
    const mine = ownScenario();
    const similar = () => [
      { id: 'kestrian-frigate-visit', title: 'A Kestrian frigate', mine: true, similarity: 1 },
    ];
    expect(checkOwnScenario(mine, checkContext({ similarTo: similar })).issues).toEqual([]);
    const copy = ownScenario({ id: 'other-visit' });
    expect(checkOwnScenario(copy, checkContext({ similarTo: similar })).issues).toContainEqual(
      expect.objectContaining({ rule: 'near-duplicate', severity: 'warning' }),
    );
  });

  it('still lints an incomplete draft as far as it goes', () => {
    const draft = {
      title: 'An official visit to Norland',
      lenses: { pajtinka: { key: 'cooperation' } },
    };
    const check = checkOwnScenario(draft, checkContext());
    expect(check.scenario).toBeUndefined();
    const messages = check.issues.map((i) => `${i.field}: ${i.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^text: missing/));
    expect(messages).toContainEqual(expect.stringMatching(/^title: contains "official visit"/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^lenses\.pajtinka\.whyNot\.information: /),
    );
  });

  it('accepts a citation written out, and refuses an unknown reference id', () => {
    expect(fields(withLens('citation', { text: 'Reuters, 3 March 2026' }))).toEqual([]);
    expect(fields(withLens('citation', { source: 'nobody-2020' }))).toContainEqual(
      expect.stringMatching(
        /^error lenses\.pajtinka\.citation\.source: unknown reference "nobody-2020"/,
      ),
    );
  });

  it('refuses unknown categories and frameworks where they are written', () => {
    expect(fields(withLens('key', 'espionage'))).toContainEqual(
      expect.stringMatching(/^error lenses\.pajtinka\.key: unknown category "espionage"/),
    );
    const raw = ownScenario({ lenses: { ...(ownScenario().lenses as object), tarot: {} } });
    expect(fields(raw)).toContainEqual(expect.stringMatching(/^error lenses\.tarot: /));
  });

  it('refuses an id another of the instructor’s items has, or one shaped like an internal id', () => {
    expect(
      fields(ownScenario(), checkContext({ otherSlugs: new Set(['kestrian-frigate-visit']) })),
    ).toContainEqual(expect.stringMatching(/^error id: you already have an item/));
    expect(fields(ownScenario({ id: 'own-abc' }))).toContainEqual(
      expect.stringMatching(/^error id: an id may not start with "own-"/),
    );
  });

  it('makes a missing cue a warning, not an error, for own items', () => {
    const check = checkOwnScenario(withLens('cue', undefined), checkContext());
    expect(check.errors).toBe(0);
    expect(check.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', rule: 'lens-fit' }),
    );
  });

  it('refuses a scenario larger than 64 KB before reading it', () => {
    const check = checkOwnScenario(ownScenario({ basis: 'x'.repeat(70_000) }), checkContext());
    expect(check.errors).toBe(1);
    expect(check.issues[0]!.message).toMatch(/at most 64 KB/);
  });
});

describe('a YAML file of own items', () => {
  const check = (text: string) => {
    const read = readOwnYaml('week3.yaml', text);
    if (!read.ok) return { read: read.issues.map((i) => `${i.file}:${i.line} ${i.message}`) };
    const result = checkOwnFile(read.data, 'week3.yaml', read.locate, checkContext());
    return {
      file: result.fileIssues.map((i) => `${i.file}:${i.line ?? '-'} ${i.field}: ${i.message}`),
      scenarios: result.scenarios.map((s) =>
        s.issues
          .filter((i) => i.severity === 'error')
          .map((i) => `${i.file}:${i.line} ${i.field}: ${i.message}`),
      ),
    };
  };

  it('round-trips: what an export writes reads back to the same scenarios, and writes the same text again', () => {
    const scenarios = [
      ownScenario(),
      ownScenario({ id: 'second', title: 'A second Kestrian frigate calls at a Valdorian port' }),
    ];
    const text = ownYaml(scenarios);
    const read = readOwnYaml('x.yaml', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data).toEqual({ schemaVersion: 1, scenarios });
    expect(ownYaml((read.data as { scenarios: Record<string, unknown>[] }).scenarios)).toBe(text);
  });

  it('reports broken YAML with its line', () => {
    expect(
      check('schemaVersion: 1\nscenarios:\n  - id: a\n   title: [unclosed\n').read,
    ).toContainEqual(expect.stringMatching(/^week3\.yaml:4 invalid YAML/));
  });

  it('reports unknown fields and unknown category ids at their lines, scenario by scenario', () => {
    const good = ownScenario();
    const bad = withLens('key', 'espionage', ownScenario({ id: 'bad-one', colour: 'red' }));
    const out = check(ownYaml([good, bad]));
    expect(out.scenarios?.[0]).toEqual([]);
    expect(out.scenarios?.[1]).toContainEqual(
      expect.stringMatching(/^week3\.yaml:\d+ scenarios\[1\]: unknown field "colour"/),
    );
    expect(out.scenarios?.[1]).toContainEqual(
      expect.stringMatching(
        /^week3\.yaml:\d+ scenarios\[1\]\.lenses\.pajtinka\.key: unknown category "espionage"/,
      ),
    );
  });

  it('points at the line of the field at fault', () => {
    const text = ownYaml([withLens('difficulty', 7)]);
    const line = text.split('\n').findIndex((l) => l.includes('difficulty: 7')) + 1;
    expect(check(text).scenarios?.[0]).toContainEqual(
      expect.stringMatching(
        new RegExp(`^week3\\.yaml:${line} scenarios\\[0\\]\\.lenses\\.pajtinka\\.difficulty: `),
      ),
    );
  });

  it('refuses an id used twice in the file, and a file with no scenarios or the wrong version', () => {
    expect(check(ownYaml([ownScenario(), ownScenario()])).scenarios?.[1]).toContainEqual(
      expect.stringMatching(/used twice in this file/),
    );
    expect(check('schemaVersion: 1\nscenarios: []\n').file).toEqual([
      expect.stringMatching(/no scenarios/),
    ]);
    expect(check('schemaVersion: 2\nscenarios: [{}]\n').file).toEqual([
      expect.stringMatching(/schemaVersion/),
    ]);
  });
});

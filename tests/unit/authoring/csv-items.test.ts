import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { csvToScenarioFile, scenariosToCsv, type CsvImport } from '@/lib/authoring/csv-items';
import { toCsv, type CsvCell } from '@/lib/export/csv';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const QUESTIONS = join(ROOT, 'questions');

type Framework = { id: string; categories: { id: string }[] };

const frameworks: Framework[] = readdirSync(join(QUESTIONS, 'frameworks'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join(QUESTIONS, 'frameworks', name), 'utf8')) as Framework);
const references = (
  parse(readFileSync(join(QUESTIONS, 'references.yaml'), 'utf8')) as {
    references: { id: string }[];
  }
).references;
const options = { frameworks, references };

function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function imported(result: CsvImport) {
  if (!result.ok) throw new Error(`expected an import, got ${JSON.stringify(result.problems)}`);
  return result;
}

function refused(result: CsvImport) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

function lensOf(scenario: Record<string, unknown> | undefined, framework: string) {
  const lens = (scenario?.lenses as Record<string, Record<string, unknown>> | undefined)?.[
    framework
  ];
  if (lens === undefined) throw new Error(`no ${framework} lens`);
  return lens;
}

/** A file in our own export format (BOM, CRLF, formula escapes). */
function exported(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Uint8Array {
  return utf8(toCsv(header, rows));
}

const MINIMAL_HEADER = [
  'id',
  'title',
  'text',
  'context',
  'framework',
  'key',
  'difficulty',
  'explanation',
];

/** One row of a minimal lens; `overrides` by column name. */
function minimalRow(overrides: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    id: 'case-one',
    title: 'A title of the case',
    text: 'Some text',
    context: 'hypothetical',
    framework: 'pajtinka',
    key: 'information',
    difficulty: '2',
    explanation: 'An explanation',
  };
  return MINIMAL_HEADER.map((column) => overrides[column] ?? base[column]!);
}

const NORLAND_PAJTINKA = {
  key: 'representation',
  explanation:
    "The attaché stands for Norland and its forces at the host's official ceremony: Pajtinka's representation function.",
  whyNot: {
    information:
      'Standing in the reviewing stand is ceremony; nobody gathers information for a report here.',
  },
  difficulty: 1,
  cue: 'stands in the reviewing stand',
  citation: { source: 'pajtinka-2016', page: 188 },
};

describe('csvToScenarioFile on the fixtures', () => {
  it('groups the rows of one id into one scenario with a lens per framework, fields in YAML order', () => {
    const { file, rowProblems } = imported(
      csvToScenarioFile(fixture('valid-bom-crlf.csv'), options),
    );

    expect(rowProblems).toEqual([]);
    expect(file.schemaVersion).toBe(1);
    expect(file.scenarios).toHaveLength(2);
    const [norland, moscow] = file.scenarios;
    expect(norland).toEqual({
      id: 'norland-attache-parade',
      title: "Norland's attaché stands at Kestria's national day parade",
      context: 'hypothetical',
      era: 'timeless',
      region: 'europe',
      actorTypes: ['attache'],
      text: "On Kestria's national day, Norland's defence attaché stands in the reviewing stand beside the other foreign attachés while Kestrian units march past.\r\nIt is -5 °C; the attaché, in full dress uniform, lays a wreath on behalf of Norland.",
      lenses: {
        pajtinka: NORLAND_PAJTINKA,
        'cottey-forster': {
          key: 'political-signal',
          explanation:
            'Sending the attaché to stand with the hosts shows, in a small way, that Norland values good relations with Kestria.',
          difficulty: 2,
          citation: { source: 'cottey-forster-2004' },
        },
      },
    });
    expect(Object.keys(norland!)).toEqual([
      'id',
      'title',
      'context',
      'era',
      'region',
      'actorTypes',
      'text',
      'lenses',
    ]);
    expect(Object.keys(lensOf(norland, 'pajtinka'))).toEqual([
      'key',
      'cue',
      'explanation',
      'whyNot',
      'difficulty',
      'citation',
    ]);
    expect(moscow).toMatchObject({
      id: 'moscow-parade-2015',
      context: 'historical',
      year: 2015,
      actors: ['Russian Ministry of Defence', 'contingents from China, India and Serbia'],
      basis: 'Beijing Review, 18 May 2015; AFP report of 9 May 2015.',
      lenses: {
        pajtinka: {
          key: 'representation',
          accepted: ['visits-presence'],
          alsoFits: { 'visits-presence': expect.stringMatching(/^The contingents travel/) },
          difficulty: 2,
          citation: { source: 'pajtinka-2016', page: '188-189' },
        },
      },
    });
  });

  it('reads the file without a BOM and with LF line ends as the same scenarios', () => {
    const withBom = imported(csvToScenarioFile(fixture('valid-bom-crlf.csv'), options));
    const plain = imported(csvToScenarioFile(fixture('valid-no-bom-lf.csv'), options));

    const norland = plain.file.scenarios[0]!;
    expect(norland.text).toContain('march past.\nIt is -5 °C');
    expect({ ...norland, text: '' }).toEqual({ ...withBom.file.scenarios[0], text: '' });
    expect(plain.file.scenarios[1]).toEqual(withBom.file.scenarios[1]);
  });

  it('reads the ";" file from Excel (Europe) as the same scenarios', () => {
    const comma = imported(csvToScenarioFile(fixture('valid-bom-crlf.csv'), options));
    const semicolon = imported(csvToScenarioFile(fixture('excel-europe-semicolon.csv'), options));

    expect(semicolon.file).toEqual(comma.file);
  });

  it('refuses Latin-1 and mixed-encoding files with the line of the bad byte', () => {
    expect(refused(csvToScenarioFile(fixture('latin1.csv'), options))).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringContaining('save the file as "CSV UTF-8"'),
      }),
    ]);
    expect(refused(csvToScenarioFile(fixture('mixed-encoding.csv'), options))).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringContaining('not UTF-8') }),
    ]);
  });

  it('refuses broken quoting as a file, at the line where the quote opened', () => {
    expect(refused(csvToScenarioFile(fixture('broken-quoting.csv'), options))).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('never closed') }),
    ]);
  });

  it('refuses formula cells with line and column, and takes escaped and "-" cells as text', () => {
    const { file, rowProblems } = imported(
      csvToScenarioFile(fixture('formula-cells.csv'), options),
    );
    const formula = 'looks like a spreadsheet formula; if it is text, start it with an apostrophe';

    expect(rowProblems).toEqual([
      { line: 2, column: 'title', message: formula, scenarioIndex: 0 },
      { line: 3, column: 'cue', message: formula, scenarioIndex: 1 },
      { line: 4, column: 'basis', message: formula, scenarioIndex: 2 },
    ]);
    expect(file.scenarios[0]).not.toHaveProperty('title');
    expect(file.scenarios[1]).toMatchObject({
      text: '-5 °C at the harbour',
      lenses: { pajtinka: { explanation: "=SUM(A1) is how the attaché's spreadsheet adds" } },
    });
    expect(lensOf(file.scenarios[1], 'pajtinka')).not.toHaveProperty('cue');
  });
});

describe('csvToScenarioFile columns', () => {
  it('matches header names case-insensitively, trimmed, in any order', () => {
    const header = [
      ' EXPLANATION',
      'Difficulty ',
      'key',
      'Framework',
      'Context',
      'TEXT',
      'Title',
      'Id',
      'whynot.Cooperation',
    ];
    const bytes = exported(header, [
      [
        'Why',
        '3',
        'information',
        'pajtinka',
        'hypothetical',
        'T',
        'A title',
        'case-one',
        'Not cooperation',
      ],
    ]);

    const { file } = imported(csvToScenarioFile(bytes, options));

    expect(file.scenarios).toEqual([
      {
        id: 'case-one',
        title: 'A title',
        context: 'hypothetical',
        text: 'T',
        lenses: {
          pajtinka: {
            key: 'information',
            explanation: 'Why',
            whyNot: { cooperation: 'Not cooperation' },
            difficulty: 3,
          },
        },
      },
    ]);
  });

  it('names an unknown column and lists the known ones', () => {
    const bytes = exported([...MINIMAL_HEADER, 'notes'], [[...minimalRow(), 'a note']]);

    const [problem, ...rest] = refused(csvToScenarioFile(bytes, options));

    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 1, column: 'notes' });
    expect(problem!.message).toMatch(/^unknown column "notes"; the columns are id, title, text/);
    expect(problem!.message).toContain('whyNot.<category id>');
    expect(problem!.message).toContain('citation');
  });

  it('names each missing required column', () => {
    const header = MINIMAL_HEADER.filter((column) => column !== 'difficulty' && column !== 'title');

    expect(refused(csvToScenarioFile(exported(header, []), options))).toEqual([
      { line: 1, column: 'title', message: 'the required column "title" is missing' },
      { line: 1, column: 'difficulty', message: 'the required column "difficulty" is missing' },
    ]);
  });

  it('refuses a column given twice', () => {
    const bytes = exported([...MINIMAL_HEADER, 'Key'], [[...minimalRow(), 'cooperation']]);

    expect(refused(csvToScenarioFile(bytes, options))).toEqual([
      { line: 1, column: 'key', message: 'the column "key" appears twice' },
    ]);
  });

  it('ignores an unnamed column while it is empty and refuses it once it holds data', () => {
    const header = [...MINIMAL_HEADER.slice(0, 2), '', ...MINIMAL_HEADER.slice(2)];
    const row = (between: string) => [
      ...minimalRow().slice(0, 2),
      between,
      ...minimalRow().slice(2),
    ];

    expect(imported(csvToScenarioFile(exported(header, [row('')]), options)).rowProblems).toEqual(
      [],
    );
    expect(refused(csvToScenarioFile(exported(header, [row('x')]), options))).toEqual([
      { line: 1, message: 'column 3 has data but no name in the header' },
    ]);
  });

  it('refuses a 10,000-row file for its length', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => minimalRow({ id: `case-${i}` }));

    expect(refused(csvToScenarioFile(exported(MINIMAL_HEADER, rows), options))).toEqual([
      { message: 'more than 1000 rows; split the file (at most 1000 rows per import)' },
    ]);
  });
});

describe('csvToScenarioFile rows', () => {
  it('leaves empty cells out instead of writing ""', () => {
    const header = [
      ...MINIMAL_HEADER,
      'basis',
      'accepted',
      'cue',
      'citation',
      'whyNot.cooperation',
    ];
    const bytes = exported(header, [[...minimalRow({ explanation: '' }), '', '  ', '', '', '']]);

    const scenario = imported(csvToScenarioFile(bytes, options)).file.scenarios[0]!;

    expect(scenario).toEqual({
      id: 'case-one',
      title: 'A title of the case',
      context: 'hypothetical',
      text: 'Some text',
      lenses: { pajtinka: { key: 'information', difficulty: 2 } },
    });
  });

  it('splits lists at "|" and trims every cell and item', () => {
    const header = [...MINIMAL_HEADER, 'actors', 'actorTypes', 'accepted'];
    const row = [
      ...minimalRow({ title: '  A title  ' }),
      ' Navy of Norland |  Kestrian MoD|',
      'navy|ministry',
      'cooperation',
    ];

    const scenario = imported(csvToScenarioFile(exported(header, [row]), options)).file
      .scenarios[0]!;

    expect(scenario).toMatchObject({
      title: 'A title',
      actors: ['Navy of Norland', 'Kestrian MoD'],
      actorTypes: ['navy', 'ministry'],
      lenses: { pajtinka: { accepted: ['cooperation'] } },
    });
  });

  it('reads citations of known references as source and page, anything else as free text', () => {
    const citations = [
      'pajtinka-2016',
      'pajtinka-2016, p. 188',
      'cable-1994, pp. 3-4',
      'popovic-stevic,p.12a',
      'no-such-ref, p. 3',
      'Reuters, 3 March 2026, “Navy visits Manila”',
    ];
    const rows = citations.map((citation, i) => [...minimalRow({ id: `case-${i}` }), citation]);

    const { file } = imported(
      csvToScenarioFile(exported([...MINIMAL_HEADER, 'citation'], rows), options),
    );

    expect(file.scenarios.map((s) => lensOf(s, 'pajtinka').citation)).toEqual([
      { source: 'pajtinka-2016' },
      { source: 'pajtinka-2016', page: 188 },
      { source: 'cable-1994', page: '3-4' },
      { source: 'popovic-stevic', page: '12a' },
      { text: 'no-such-ref, p. 3' },
      { text: 'Reuters, 3 March 2026, “Navy visits Manila”' },
    ]);
  });

  it('accepts scenario cells left empty on later rows and reports ones that differ', () => {
    const header = [...MINIMAL_HEADER, 'year'];
    const rows = [
      [...minimalRow(), '2015'],
      [...minimalRow({ title: '', text: '', context: '', framework: 'modes', key: 'gunboat' }), ''],
      [...minimalRow({ title: 'Another title', framework: 'criteria', key: 'actors' }), '2016'],
    ];

    const { file, rowProblems } = imported(csvToScenarioFile(exported(header, rows), options));

    expect(rowProblems).toEqual([
      {
        line: 4,
        column: 'title',
        message: 'differs from line 2, where scenario "case-one" was first given',
        scenarioIndex: 0,
      },
      {
        line: 4,
        column: 'year',
        message: 'differs from line 2, where scenario "case-one" was first given',
        scenarioIndex: 0,
      },
    ]);
    expect(file.scenarios).toHaveLength(1);
    expect(file.scenarios[0]).toMatchObject({ title: 'A title of the case', year: 2015 });
    expect(Object.keys(file.scenarios[0]!.lenses as object)).toEqual([
      'pajtinka',
      'modes',
      'criteria',
    ]);
  });

  it('reports the same framework twice for one scenario and keeps the first', () => {
    const rows = [minimalRow(), minimalRow({ key: 'cooperation' })];

    const { file, rowProblems } = imported(
      csvToScenarioFile(exported(MINIMAL_HEADER, rows), options),
    );

    expect(rowProblems).toEqual([
      {
        line: 3,
        column: 'framework',
        message:
          'the framework "pajtinka" is given twice for scenario "case-one" (first at line 2)',
        scenarioIndex: 0,
      },
    ]);
    expect(file.scenarios[0]).toMatchObject({ lenses: { pajtinka: { key: 'information' } } });
  });

  it('reports a year or difficulty that is not a whole number', () => {
    const header = [...MINIMAL_HEADER, 'year'];
    const rows = [
      [...minimalRow({ id: 'case-one', difficulty: '2.5' }), '2015'],
      [...minimalRow({ id: 'case-two' }), '1994.5'],
      [...minimalRow({ id: 'case-three', difficulty: 'hard' }), 'MMXV'],
    ];

    const { file, rowProblems } = imported(csvToScenarioFile(exported(header, rows), options));

    expect(
      rowProblems.map(({ line, column, scenarioIndex }) => ({ line, column, scenarioIndex })),
    ).toEqual([
      { line: 2, column: 'difficulty', scenarioIndex: 0 },
      { line: 3, column: 'year', scenarioIndex: 1 },
      { line: 4, column: 'year', scenarioIndex: 2 },
      { line: 4, column: 'difficulty', scenarioIndex: 2 },
    ]);
    expect(rowProblems[0]!.message).toBe(
      '"2.5" is not a whole number; the difficulty is 1, 2 or 3',
    );
    expect(rowProblems[1]!.message).toBe('"1994.5" is not a whole number');
    expect(file.scenarios[0]).toMatchObject({ year: 2015 });
    expect(file.scenarios[1]).not.toHaveProperty('year');
  });

  it('passes a whole-number difficulty or year out of range to the checker as a number', () => {
    const rows = [[...minimalRow({ difficulty: '4' }), '-44']];

    const { file, rowProblems } = imported(
      csvToScenarioFile(exported([...MINIMAL_HEADER, 'year'], rows), options),
    );

    expect(rowProblems).toEqual([]);
    expect(file.scenarios[0]).toMatchObject({ year: -44, lenses: { pajtinka: { difficulty: 4 } } });
  });

  it('makes a row without an id its own scenario, and reports the missing id', () => {
    const rows = [minimalRow({ id: '' }), minimalRow({ id: '', framework: 'modes' })];

    const { file, rowProblems } = imported(
      csvToScenarioFile(exported(MINIMAL_HEADER, rows), options),
    );

    expect(file.scenarios).toHaveLength(2);
    expect(file.scenarios[0]).not.toHaveProperty('id');
    expect(rowProblems.map((p) => [p.line, p.column, p.scenarioIndex])).toEqual([
      [2, 'id', 0],
      [3, 'id', 1],
    ]);
  });

  it('reports lens cells on a row without a framework', () => {
    const { rowProblems } = imported(
      csvToScenarioFile(exported(MINIMAL_HEADER, [minimalRow({ framework: '' })]), options),
    );

    expect(rowProblems).toEqual([
      {
        line: 2,
        column: 'framework',
        message: 'no framework: which lens is this row?',
        scenarioIndex: 0,
      },
    ]);
  });
});

describe('csvToScenarioFile locate', () => {
  const header = [...MINIMAL_HEADER, 'whyNot.information', 'year'];
  const rows = [
    [...minimalRow({ id: 'first' }), '', ''],
    [...minimalRow({ id: 'second' }), '', ''],
    [...minimalRow({ id: 'third' }), '', ''],
    [
      ...minimalRow({ id: 'third', title: '', framework: 'modes', key: 'gunboat' }),
      'Not information here at all',
      '2020',
    ],
  ];
  const { locate } = imported(csvToScenarioFile(exported(header, rows), options));

  it("points a lens's field to the row of that lens and the field's column", () => {
    expect(locate(['scenarios', 2, 'lenses', 'modes', 'whyNot', 'information'])).toEqual({
      line: 5,
      column: 'whyNot.information',
    });
    expect(locate(['scenarios', 2, 'lenses', 'pajtinka', 'key'])).toEqual({
      line: 4,
      column: 'key',
    });
    expect(locate(['scenarios', 2, 'lenses', 'modes', 'citation', 'source'])).toEqual({
      line: 5,
      column: 'citation',
    });
    expect(locate(['scenarios', 2, 'lenses', 'modes'])).toEqual({ line: 5, column: 'framework' });
  });

  it("points a scenario's field to its first row, or to the row that gave the value", () => {
    expect(locate(['scenarios', 2, 'text'])).toEqual({ line: 4, column: 'text' });
    expect(locate(['scenarios', 2, 'actors', 0])).toEqual({ line: 4, column: 'actors' });
    expect(locate(['scenarios', 2, 'year'])).toEqual({ line: 5, column: 'year' });
  });

  it("falls back to the scenario's first row for an unknown framework or a field not in the format", () => {
    expect(locate(['scenarios', 2, 'lenses', 'cottey-forster', 'key'])).toEqual({ line: 4 });
    expect(locate(['scenarios', 1, 'contrastWith', 0])).toEqual({ line: 3 });
    expect(locate(['scenarios', 2, 'lenses', 'modes', 'nearMiss'])).toEqual({ line: 5 });
    expect(locate(['scenarios', 9, 'text'])).toEqual({});
  });
});

describe('scenariosToCsv', () => {
  const scenario = {
    id: 'case-one',
    title: 'A title',
    context: 'historical',
    year: 2015,
    actors: ['Navy of Norland', 'Kestrian MoD'],
    era: 'since-2010',
    region: 'europe',
    actorTypes: ['navy'],
    basis: 'A basis',
    text: '=SUM(A1) is no formula here',
    contrastWith: ['case-two'],
    heldBack: false,
    lenses: {
      pajtinka: {
        key: 'information',
        cue: '-5 °C',
        nearMiss: { category: 'cooperation', cue: 'x' },
        explanation: 'Why',
        whyNot: { representation: 'Not representation', cooperation: 'Not cooperation' },
        difficulty: 2,
        citation: { source: 'pajtinka-2016', page: '185–186' },
      },
      'cottey-forster': {
        keys: ['political-signal', 'transparency'],
        explanation: 'Why',
        difficulty: 2,
        citation: { source: 'cottey-forster-2004' },
      },
      modes: {
        key: 'military-diplomacy',
        reason: 'methods-non-violent',
        explanation: 'Why',
        difficulty: 3,
        citation: { source: 'popovic-stevic', section: 'Theoretical framework' },
      },
    },
  };

  it('writes a BOM, CRLF, only the columns used in the format order, whyNot in category order', () => {
    const { csv } = scenariosToCsv([scenario], frameworks);

    expect(
      csv.startsWith(
        '\uFEFFid,title,text,context,year,actors,basis,era,region,actorTypes,framework,key,difficulty,explanation,whyNot.cooperation,whyNot.representation,cue,citation\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(",'=SUM(A1) is no formula here,");
    expect(csv).toContain('Navy of Norland|Kestrian MoD');
    expect(csv).toContain(
      `,Not cooperation,Not representation,'-5 °C,"pajtinka-2016, pp. 185–186"\r\n`,
    );
    expect(csv).toContain(',popovic-stevic\r\n');
  });

  it('lists what the spreadsheet cannot hold', () => {
    const { skipped } = scenariosToCsv([scenario], frameworks);

    expect(skipped).toEqual([
      {
        id: 'case-one',
        framework: '',
        why: 'the contrast pairs (contrastWith) are not in the spreadsheet format',
      },
      {
        id: 'case-one',
        framework: 'pajtinka',
        why: 'the near miss is not in the spreadsheet format',
      },
      {
        id: 'case-one',
        framework: 'cottey-forster',
        why: 'a pick-every-one lens without a single key is not in the spreadsheet format',
      },
      {
        id: 'case-one',
        framework: 'modes',
        why: 'the two-tier reason is not in the spreadsheet format',
      },
      {
        id: 'case-one',
        framework: 'modes',
        why: "the citation's section is not in the spreadsheet format; only its source is written",
      },
    ]);
  });

  it('reads back what it wrote, formula-looking text included', () => {
    const { csv } = scenariosToCsv([scenario], frameworks);

    const { file, rowProblems } = imported(csvToScenarioFile(utf8(csv), options));

    expect(rowProblems).toEqual([]);
    expect(file.scenarios[0]).toMatchObject({
      text: '=SUM(A1) is no formula here',
      lenses: {
        pajtinka: { cue: '-5 °C', citation: { source: 'pajtinka-2016', page: '185–186' } },
        modes: { citation: { source: 'popovic-stevic' } },
      },
    });
  });

  it('writes the required columns even with nothing to write, so the file is a template', () => {
    const { csv, skipped } = scenariosToCsv(
      [{ id: 'x', lenses: { pajtinka: { keys: ['a', 'b'] } } }],
      frameworks,
    );

    expect(csv).toBe('\uFEFFid,title,text,context,framework,key,difficulty,explanation\r\n');
    expect(skipped.map((s) => s.why)).toContain(
      'no lens has a single key, so the scenario has no row',
    );
  });
});

describe('a round trip through the spreadsheet', () => {
  /** What the spreadsheet format can hold of a raw scenario from the bank's YAML. */
  function reduced(scenario: Record<string, unknown>): Record<string, unknown> | undefined {
    const { contrastWith: _c, heldBack: _h, lenses, ...rest } = scenario;
    const kept = Object.entries(lenses as Record<string, Record<string, unknown>>)
      .filter(([, lens]) => typeof lens.key === 'string')
      .map(([framework, lens]) => {
        const {
          keys: _k,
          reason: _r,
          nearMiss: _n,
          question: _q,
          questionMany: _m,
          citation,
          ...fields
        } = lens;
        const { section: _s, ...reference } = citation as Record<string, unknown>;
        return [framework, { ...fields, citation: reference }] as const;
      });
    return kept.length === 0 ? undefined : { ...rest, lenses: Object.fromEntries(kept) };
  }

  function scenariosOf(file: string): Record<string, unknown>[] {
    const text = readFileSync(join(QUESTIONS, 'scenarios', file), 'utf8');
    return (parse(text) as { scenarios: Record<string, unknown>[] }).scenarios;
  }

  function roundTrip(scenarios: Record<string, unknown>[]) {
    const { csv } = scenariosToCsv(scenarios, frameworks);
    const result = imported(csvToScenarioFile(utf8(csv), options));
    expect(result.rowProblems).toEqual([]);
    return result.file.scenarios;
  }

  it('gives back every scenario of ceremonies.yaml, less what the format cannot hold', () => {
    const scenarios = scenariosOf('ceremonies.yaml');
    const expected = scenarios.map(reduced).filter((s) => s !== undefined);

    const back = roundTrip(scenarios);

    expect(expected.length).toBeGreaterThan(10);
    expect(back).toEqual(expected);
  });

  it('gives back the scenarios of every shipped file (pages as written: 188 and "39, 79")', () => {
    const files = readdirSync(join(QUESTIONS, 'scenarios')).filter((name) =>
      name.endsWith('.yaml'),
    );
    for (const file of files) {
      const scenarios = scenariosOf(file);
      expect(roundTrip(scenarios), file).toEqual(
        scenarios.map(reduced).filter((s) => s !== undefined),
      );
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvReadResult } from '@/lib/authoring/csv-read';
import { toCsv } from '@/lib/export/csv';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import');

function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function table(result: CsvReadResult) {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.problems)}`);
  return result;
}

function problems(result: CsvReadResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** `count` data rows of three cells under a header. */
function rowsFile(count: number, tail = ''): Uint8Array {
  const lines = ['a,b,c'];
  for (let i = 0; i < count; i++) lines.push(`row-${i},two,three`);
  return utf8(lines.join('\r\n') + '\r\n' + tail);
}

describe('readCsv on the fixtures', () => {
  it('reads a UTF-8 file with a BOM and CRLF line ends, without the BOM in the first header cell', () => {
    const result = table(readCsv(fixture('valid-bom-crlf.csv')));

    expect(result.delimiter).toBe(',');
    expect(result.header[0]).toBe('id');
    expect(result.header).toHaveLength(19);
    expect(result.rows.map((row) => row.line)).toEqual([2, 4, 5]);
    expect(result.rows[0]!.cells[2]).toContain('march past.\r\nIt is -5 °C');
  });

  it('reads the same table from a file without a BOM and with LF line ends', () => {
    const withBom = table(readCsv(fixture('valid-bom-crlf.csv')));
    const plain = table(readCsv(fixture('valid-no-bom-lf.csv')));

    expect(plain.header).toEqual(withBom.header);
    expect(plain.rows.map((row) => row.line)).toEqual([2, 4, 5]);
    // Only the line break inside the multi-line cell differs, as the two files were saved.
    const unify = (cells: string[]) => cells.map((cell) => cell.replaceAll('\r\n', '\n'));
    expect(plain.rows.map((row) => unify(row.cells))).toEqual(
      withBom.rows.map((row) => unify(row.cells)),
    );
  });

  it('reads a ";" file saved by Excel in a decimal-comma locale as the same table', () => {
    const comma = table(readCsv(fixture('valid-bom-crlf.csv')));
    const semicolon = table(readCsv(fixture('excel-europe-semicolon.csv')));

    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.header).toEqual(comma.header);
    expect(semicolon.rows).toEqual(comma.rows);
  });

  it('refuses a Latin-1 file, naming the line of the first byte that is not UTF-8', () => {
    expect(problems(readCsv(fixture('latin1.csv')))).toEqual([
      {
        line: 2,
        message:
          'not UTF-8 (a byte at line 2 is in another encoding): save the file as "CSV UTF-8"',
      },
    ]);
  });

  it('refuses a UTF-8 file with one Windows-1252 byte, at the line of that byte', () => {
    expect(problems(readCsv(fixture('mixed-encoding.csv')))).toEqual([
      {
        line: 5,
        message:
          'not UTF-8 (a byte at line 5 is in another encoding): save the file as "CSV UTF-8"',
      },
    ]);
  });

  it('reports an unterminated quote at the line where the quote opened', () => {
    const [problem, ...rest] = problems(readCsv(fixture('broken-quoting.csv')));

    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, message: expect.stringContaining('never closed') });
  });
});

describe('readCsv cells and rows', () => {
  it('undoes doubled quotes and keeps delimiters and line breaks inside quoted cells', () => {
    const result = table(readCsv(utf8('a,b\r\n"say ""hi""","one, two\r\nthree"\r\n')));

    expect(result.rows).toEqual([{ line: 2, cells: ['say "hi"', 'one, two\r\nthree'] }]);
  });

  it('counts CRLF, LF and a lone CR each as one line, inside quoted cells too', () => {
    const text = 'a,b\r\none,"x\ny"\rtwo,"p\r\nq\rr"\nthree,z';
    const result = table(readCsv(utf8(text)));

    expect(result.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, 'one'],
      [4, 'two'],
      [7, 'three'],
    ]);
  });

  it('skips empty rows, also rows of empty cells, and still counts their lines', () => {
    const result = table(readCsv(utf8('\r\na,b\r\n\r\none,1\r\n,\r\n  ,  \r\ntwo,2\r\n\r\n')));

    expect(result.headerLine).toBe(2);
    expect(result.rows).toEqual([
      { line: 4, cells: ['one', '1'] },
      { line: 7, cells: ['two', '2'] },
    ]);
  });

  it('pads short rows with empty cells and accepts empty cells past the header', () => {
    const result = table(readCsv(utf8('a,b,c\none\ntwo,2,,,\n')));

    expect(result.rows.map((row) => row.cells)).toEqual([
      ['one', '', ''],
      ['two', '2', ''],
    ]);
  });

  it('ignores unnamed empty columns at the end of the header', () => {
    expect(table(readCsv(utf8('a,b,,\none,1,,\n'))).header).toEqual(['a', 'b']);
  });

  it('reports a row with more cells than the header, with its line', () => {
    expect(problems(readCsv(utf8('a,b,c\none,1,x\ntwo,2,x,extra\n')))).toEqual([
      { line: 3, message: '4 cells but the header has 3' },
    ]);
  });

  it('reports text after the closing quote of a cell (a quote that should have been doubled)', () => {
    const found = problems(readCsv(utf8('a,b\n"He said "hi" there",x\n')));

    expect(found).toEqual([
      { line: 2, message: expect.stringContaining('after the closing quote') },
    ]);
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(table(readCsv(utf8('a,b\n15" screen,x\n'))).rows[0]!.cells).toEqual(['15" screen', 'x']);
  });

  it('refuses an empty file', () => {
    expect(problems(readCsv(utf8('\uFEFF\r\n')))).toEqual([{ message: 'the file is empty' }]);
  });

  it('strips one BOM only: a second one belongs to the first cell', () => {
    expect(table(readCsv(utf8('\uFEFF\uFEFFa,b\n1,2\n'))).header[0]).toBe('\uFEFFa');
  });
});

describe('readCsv delimiter', () => {
  it('takes ";" when the header line has more semicolons than commas outside quotes', () => {
    const result = table(readCsv(utf8('a;"b, c, d";e\n1;2,5;3\n')));

    expect(result.delimiter).toBe(';');
    expect(result.rows[0]!.cells).toEqual(['1', '2,5', '3']);
  });

  it('takes "," when the header has as many commas as semicolons', () => {
    expect(table(readCsv(utf8('a;b,c\n1,2\n'))).delimiter).toBe(',');
  });

  it('does not count semicolons inside quoted header cells', () => {
    expect(table(readCsv(utf8('"a;b;c",d\n1,2\n'))).delimiter).toBe(',');
  });

  it('decides from the header, not from the data rows below it', () => {
    expect(table(readCsv(utf8('a,b\n1;2;3;4,5\n'))).delimiter).toBe(',');
  });
});

describe('readCsv limits', () => {
  it('refuses a file over 5 MB by default', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);

    expect(problems(readCsv(bytes))).toEqual([{ message: 'the file is 5.1 MB; at most 5 MB' }]);
  });

  it('accepts 1000 data rows and refuses 1001 by default', () => {
    expect(table(readCsv(rowsFile(1000))).rows).toHaveLength(1000);
    expect(problems(readCsv(rowsFile(1001)))).toEqual([
      { message: 'more than 1000 rows; split the file (at most 1000 rows per import)' },
    ]);
  });

  it('refuses a generated 10,000-row file for its length', () => {
    expect(problems(readCsv(rowsFile(10_000)))).toEqual([
      { message: 'more than 1000 rows; split the file (at most 1000 rows per import)' },
    ]);
  });

  it('stops reading once the row limit is passed (a broken quote further on is never reached)', () => {
    const result = readCsv(rowsFile(20, 'late,"never closed\n'), { maxRows: 10 });

    expect(problems(result)).toEqual([
      { message: 'more than 10 rows; split the file (at most 10 rows per import)' },
    ]);
  });

  it('does not count empty rows toward the limit', () => {
    expect(table(readCsv(utf8('a\n1\n\n\n,\n2\n'), { maxRows: 2 })).rows).toHaveLength(2);
  });
});

describe('readCsv reads what toCsv writes', () => {
  const FORMULA_LIKE = /^[=+\-@\t\r]/;
  const unit = fc.oneof(
    fc.constantFrom(
      '"',
      ',',
      ';',
      '\r',
      '\n',
      '\r\n',
      ' ',
      '\t',
      '=',
      '+',
      '-',
      '@',
      "'",
      '\uFEFF',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.constantFrom('é', 'ł', '中', '😀', 'a', 'Z', '1'),
  );
  const text = fc.string({ unit, maxLength: 12 });
  const nonBlank = (cell: string) => cell.trim() !== '';
  // A header names its columns: no ";" (our exports never write one; it would sway the
  // delimiter), and its last cell is not blank (trailing unnamed columns are dropped).
  const headerCell = text.filter((cell) => !cell.includes(';'));

  it('gives back the same table, with formula-looking cells carrying the writer’s apostrophe', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc
              .array(headerCell, { minLength: width, maxLength: width })
              .filter((header) => nonBlank(header[width - 1]!)),
            fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 6 }),
          ),
        ),
        ([header, rows]) => {
          const result = table(readCsv(utf8(toCsv(header, rows))));
          const written = (cell: string) => (FORMULA_LIKE.test(cell) ? `'${cell}` : cell);

          expect(result.delimiter).toBe(',');
          expect(result.header).toEqual(header.map(written));
          expect(result.rows.map((row) => row.cells)).toEqual(
            // A row of blank cells is skipped, judged as written ("\r" becomes "'\r", not blank).
            rows.map((row) => row.map(written)).filter((row) => row.some(nonBlank)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/export/csv';

const BOM = '\uFEFF';

/** A minimal RFC 4180 reader: CRLF between records, quoted fields may hold anything. */
function parseCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

const FORMULA_LIKE = /^[=+\-@\t\r]/;

describe('csvCell', () => {
  it('writes null and undefined as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes booleans as true and false', () => {
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
  });

  it('writes numbers in plain decimal notation, never with an exponent', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(0.1)).toBe('0.1');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(1e21)).toBe('1000000000000000000000');
    expect(csvCell(1.5e22)).toBe('15000000000000000000000');
    expect(csvCell(1e-7)).toBe('0.0000001');
    expect(csvCell(-1.25e-7)).toBe('-0.000000125');
  });

  it('writes NaN and infinities as empty cells', () => {
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('');
  });

  it('never escapes a negative number, only strings', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('-1')).toBe("'-1");
  });

  it('prefixes a single quote to strings a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@here')).toBe("'@here");
    expect(csvCell('\tindent')).toBe("'\tindent");
    // The carriage return also forces quoting, after the prefix.
    expect(csvCell('\rline')).toBe('"\'\rline"');
  });

  it('leaves ordinary text, and formula characters after the start, alone', () => {
    expect(csvCell('Défense')).toBe('Défense');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell("'=already")).toBe("'=already");
    expect(csvCell('')).toBe('');
  });

  it('quotes cells holding a comma, a double quote, CR or LF, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\rtwo')).toBe('"one\rtwo"');
  });

  it('quotes cells that start or end with a space so the space survives', () => {
    expect(csvCell(' lead')).toBe('" lead"');
    expect(csvCell('trail ')).toBe('"trail "');
    expect(csvCell('in side')).toBe('in side');
  });

  it('quotes a formula-like string after prefixing it', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes every finite number so that it reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const cell = csvCell(value);
        expect(cell).not.toMatch(/e/i);
        expect(Number(cell)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('toCsv', () => {
  it('starts with a single UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['name', 'score'], [['Zoë', 1]]);
    expect(csv).toBe(`${BOM}name,score\r\nZoë,1\r\n`);
    expect(csv.split(BOM)).toHaveLength(2);
  });

  it('escapes header cells as well as row cells', () => {
    expect(toCsv(['=x', 'a,b'], [])).toBe(`${BOM}'=x,"a,b"\r\n`);
  });

  it('writes mixed cell types in one row', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[null, undefined, true, -2.5, 'ok']])).toBe(
      `${BOM}a,b,c,d,e\r\n,,true,-2.5,ok\r\n`,
    );
  });

  it('reads back as the original strings, apart from the quote added to formula-like ones', () => {
    const tricky = fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', ' ', "'", 'a', 'é'),
    });
    const text = fc.oneof(tricky, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
    const row = (width: number) => fc.array(text, { minLength: width, maxLength: width });
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) => fc.tuple(row(width), fc.array(row(width), { maxLength: 5 })));
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const parsed = parseCsv(toCsv(header, rows));
        const original = [header, ...rows];
        expect(parsed).toHaveLength(original.length);
        parsed.forEach((record, r) => {
          const restored = record.map((cell, c) => {
            if (!FORMULA_LIKE.test(original[r]![c]!)) return cell;
            expect(cell.startsWith("'")).toBe(true);
            return cell.slice(1);
          });
          expect(restored).toEqual(original[r]);
        });
      }),
    );
  });
});

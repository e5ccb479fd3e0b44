/**
 * Reads the spreadsheet files instructors upload: RFC 4180 CSV as Excel, LibreOffice and Google
 * Sheets save it, with `,` or (in locales with a decimal comma) `;` between cells. The result
 * is a table of strings; what the cells mean is ./csv-items.ts's business.
 */

export type CsvDelimiter = ',' | ';';

export type CsvReadProblem = { line?: number; message: string };

export type CsvRow = {
  /** The physical line where the row starts; 1 is the first line of the file. */
  line: number;
  /** As many cells as the header has; cells the row leaves out are "". */
  cells: string[];
};

export type CsvTable = {
  ok: true;
  header: string[];
  /** The physical line of the header: 1 unless empty lines precede it. */
  headerLine: number;
  rows: CsvRow[];
  delimiter: CsvDelimiter;
};

export type CsvReadResult = CsvTable | { ok: false; problems: CsvReadProblem[] };

export type CsvReadOptions = {
  /** At most this many data rows (the header and empty rows do not count); 1000 by default. */
  maxRows?: number;
  /** At most this many bytes; 5 MB by default. */
  maxBytes?: number;
};

const MB = 1024 * 1024;
const DEFAULT_MAX_BYTES = 5 * MB;
const DEFAULT_MAX_ROWS = 1000;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;

export function readCsv(bytes: Uint8Array, options: CsvReadOptions = {}): CsvReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (bytes.length > maxBytes) {
    return refuse(
      `the file is ${megabytes(bytes.length, 'up')} MB; at most ${megabytes(maxBytes, 'down')} MB`,
    );
  }

  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return { ok: false, problems: [text] };

  const delimiter = detectDelimiter(text);
  const problems: CsvReadProblem[] = [];
  let header: string[] | undefined;
  let headerLine = 1;
  const rows: CsvRow[] = [];
  let tooMany = false;

  const broken = scanRecords(text, delimiter.charCodeAt(0), problems, (line, cells) => {
    if (cells.every((cell) => cell.trim() === '')) return true;
    if (header === undefined) {
      header = withoutTrailingBlanks(cells);
      headerLine = line;
      return true;
    }
    // Stop at the first row past the limit: a huge file is refused without parsing all of it.
    if (rows.length === maxRows) {
      tooMany = true;
      return false;
    }
    const used = withoutTrailingBlanks(cells).length;
    if (used > header.length) {
      problems.push({ line, message: `${used} cells but the header has ${header.length}` });
    }
    const padded = cells.slice(0, header.length);
    while (padded.length < header.length) padded.push('');
    rows.push({ line, cells: padded });
    return true;
  });

  if (tooMany) {
    return refuse(`more than ${maxRows} rows; split the file (at most ${maxRows} rows per import)`);
  }
  if (broken) problems.push(broken);
  if (problems.length > 0) return { ok: false, problems };
  if (header === undefined) return refuse('the file is empty');
  return { ok: true, header, headerLine, rows, delimiter };
}

function refuse(message: string): { ok: false; problems: CsvReadProblem[] } {
  return { ok: false, problems: [{ message }] };
}

/** Two significant digits, rounded so that a file just over the limit never reads as equal to it. */
function megabytes(bytes: number, round: 'up' | 'down'): string {
  const value = bytes / MB;
  if (value === 0) return '0';
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  const rounded = (round === 'up' ? Math.ceil(value / step) : Math.floor(value / step)) * step;
  return String(Number(rounded.toPrecision(2)));
}

/** The text, or where the first byte that is not UTF-8 sits (the file is then Latin-1, Windows-1252…). */
function decodeUtf8(bytes: Uint8Array): string | CsvReadProblem {
  try {
    // The decoder strips one leading BOM itself (ignoreBOM is false); a second one is text.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = at === -1 ? undefined : lineOfByte(bytes, at);
    const where = line === undefined ? '' : ` (a byte at line ${line} is in another encoding)`;
    const message = `not UTF-8${where}: save the file as "CSV UTF-8"`;
    return line === undefined ? { message } : { line, message };
  }
}

/** Index of the first byte that starts an ill-formed sequence (Unicode Table 3-7), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trailing: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trailing = 2;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trailing = 3;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= trailing; k++) {
      const byte = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += trailing + 1;
  }
  return -1;
}

/** 1-based physical line of a byte: CRLF, LF and a lone CR each end a line. */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const byte = bytes[i];
    if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) line++;
  }
  return line;
}

/** `;` when the header line has more of them than commas outside quotes; `,` otherwise. */
function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      quoted = !quoted;
      content = true;
    } else if (quoted) continue;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
    else if (ch === '\n' || ch === '\r') {
      if (content) break;
      // A line of empty cells before the header is skipped by the reader; so it is here.
      commas = 0;
      semicolons = 0;
    } else if (ch.trim() !== '') content = true;
  }
  return semicolons > commas ? ';' : ',';
}

function withoutTrailingBlanks(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}

/**
 * Splits `text` into records and hands each to `onRecord` (which returns false to stop early).
 * Problems that leave the table readable are pushed to `problems`; an unterminated quote ends
 * the scan and is returned, since everything after it has been swallowed into one cell.
 */
function scanRecords(
  text: string,
  delimiter: number,
  problems: CsvReadProblem[],
  onRecord: (line: number, cells: string[]) => boolean,
): CsvReadProblem | undefined {
  const end = text.length;
  let i = 0;
  let line = 1;
  while (i < end) {
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      // Spaces before an opening quote are tolerated, as hand-written files have them.
      let start = i;
      while (start < end && isBlank(text.charCodeAt(start))) start++;
      if (start < end && text.charCodeAt(start) === QUOTE) {
        const openedAt = line;
        let value = '';
        let at = start + 1;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close === -1) {
            return {
              line: openedAt,
              message:
                'a quote opened here is never closed; a quote inside a quoted cell is written twice ("")',
            };
          }
          value += text.slice(at, close);
          line += countLineBreaks(text, at, close);
          at = close + 1;
          if (text.charCodeAt(at) !== QUOTE) break;
          value += '"';
          at++;
        }
        while (at < end && isBlank(text.charCodeAt(at))) at++;
        const afterQuote = at;
        while (at < end && !endsCell(text.charCodeAt(at), delimiter)) at++;
        if (at > afterQuote) {
          problems.push({
            line,
            message:
              'text after the closing quote of a cell; a quote inside a quoted cell is written twice ("")',
          });
          value += text.slice(afterQuote, at);
        }
        cells.push(value);
        i = at;
      } else {
        let at = i;
        while (at < end && !endsCell(text.charCodeAt(at), delimiter)) at++;
        cells.push(text.slice(i, at));
        i = at;
      }
      if (i < end && text.charCodeAt(i) === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    line++;
    if (!onRecord(recordLine, cells)) return undefined;
  }
  return undefined;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

function endsCell(code: number, delimiter: number): boolean {
  return code === delimiter || code === LF || code === CR;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) breaks++;
  }
  return breaks;
}

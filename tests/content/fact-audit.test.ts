import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '@/lib/bank/load';
import { readBankFiles } from '@/lib/bank/read-files';

const AUDIT_DIR = join(process.cwd(), 'review', 'fact-audit');
const HEADER = ['scenario', 'claims checked', 'source', 'verdict', 'note'];
const VERDICTS = ['confirmed', 'corrected', 'discrepancy-noted', 'trimmed'];

type AuditLine = { file: string; line: number; cells: string[] };

function auditLines(): AuditLine[] {
  return readdirSync(AUDIT_DIR)
    .filter((name) => name.endsWith('.tsv'))
    .flatMap((file) => {
      const [header, ...rows] = readFileSync(join(AUDIT_DIR, file), 'utf8')
        .split(/\r?\n/)
        .filter((row) => row.trim() !== '');
      expect(header?.split('\t'), `${file}: header`).toEqual(HEADER);
      return rows.map((row, i) => ({ file, line: i + 2, cells: row.split('\t') }));
    });
}

describe('the fact audit of real events', () => {
  const result = loadBank(readBankFiles(join(process.cwd(), 'questions')));
  if (!result.ok) throw new Error('the bank does not load');
  const real = result.bank.scenarios.filter(
    (s) => s.context === 'source-case' || s.context === 'historical',
  );
  const lines = auditLines();

  it('has a line for every real-event scenario, public or held back', () => {
    const audited = new Set(lines.map((l) => l.cells[0]));
    expect(real.filter((s) => !audited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('names only scenarios that exist, each once, with a source and a known verdict', () => {
    const ids = new Set(result.bank.scenarios.map((s) => s.id));
    const seen = new Set<string>();
    for (const { file, line, cells } of lines) {
      const where = `${file}:${line}`;
      const [scenario, claims, source, verdict] = cells;
      expect(cells.length, where).toBeGreaterThanOrEqual(4);
      expect(ids.has(scenario!), `${where}: unknown scenario "${scenario}"`).toBe(true);
      expect(seen.has(scenario!), `${where}: "${scenario}" audited twice`).toBe(false);
      seen.add(scenario!);
      expect(claims!.trim().length, `${where}: claims`).toBeGreaterThan(10);
      expect(source!.trim().length, `${where}: source`).toBeGreaterThan(10);
      expect(source, `${where}: a source is not "well known"`).not.toMatch(
        /^\s*(widely documented|well known)\.?\s*$/i,
      );
      expect(VERDICTS, `${where}: verdict`).toContain(verdict);
    }
  });

  it('gives every real event a basis that names where it can be checked', () => {
    const vague = real.filter((s) =>
      /^\s*(widely (documented|reported)|well known)\.?\s*$/i.test(s.basis ?? ''),
    );
    expect(vague.map((s) => s.id)).toEqual([]);
  });
});

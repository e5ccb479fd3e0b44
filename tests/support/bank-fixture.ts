/** Builds in-memory banks from tests/fixtures/bank, optionally with one file replaced. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank, type Bank, type BankFile } from '@/lib/bank/load';
import { readBankFiles } from '@/lib/bank/read-files';

export const FIXTURE_ROOT = join(__dirname, '..', 'fixtures');

export function fixtureFiles(replace: Record<string, string> = {}): BankFile[] {
  return readBankFiles(join(FIXTURE_ROOT, 'bank')).map((file) =>
    replace[file.path] === undefined ? file : { ...file, text: replace[file.path]! },
  );
}

export function brokenScenarioFile(name: string): BankFile[] {
  return fixtureFiles({
    'scenarios/cases.yaml': readFileSync(join(FIXTURE_ROOT, 'broken', name), 'utf8'),
  });
}

export function loadFixtureBank(): Bank {
  const result = loadBank(fixtureFiles());
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.bank;
}

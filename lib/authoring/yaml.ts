/** Own items as a YAML file in the bank's own schema: what an instructor exports and imports. */
import { stringify } from 'yaml';
import { BANK_SCHEMA_VERSION } from '../bank/schema';
import { issueAt, parseYaml, type BankIssue } from '../bank/yaml-source';
import type { Locate } from './check';

export type ReadYaml =
  { ok: true; data: unknown; locate: Locate } | { ok: false; issues: BankIssue[] };

export function readOwnYaml(file: string, text: string): ReadYaml {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  return {
    ok: true,
    data: parsed.data,
    locate: (path) => {
      const { line, column } = issueAt(source, path, '');
      return {
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      };
    },
  };
}

/** The file an export writes; reading it back gives the same scenarios, field for field. */
export function ownYaml(scenarios: readonly Record<string, unknown>[]): string {
  return stringify(
    { schemaVersion: BANK_SCHEMA_VERSION, scenarios },
    { lineWidth: 100, minContentWidth: 40 },
  );
}

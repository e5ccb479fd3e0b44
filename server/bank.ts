import 'server-only';
import { join } from 'node:path';
import { generateItems } from '@/lib/bank/generate';
import { loadBank, type Bank } from '@/lib/bank/load';
import { heldBackIds, publicBank } from '@/lib/bank/pools';
import { readBankFiles } from '@/lib/bank/read-files';
import { formatIssue } from '@/lib/bank/yaml-source';
import type { Item } from '@/lib/items/schema';

export type LoadedBank = Bank & { items: Item[]; itemById: Map<string, Item> };

/** Both pools, for instructors building assignments: which scenarios are held back is known. */
export type AssessmentBank = LoadedBank & { heldBack: ReadonlySet<string> };

let loaded: { public: LoadedBank; full: AssessmentBank } | undefined;

function withItems(bank: Bank): LoadedBank {
  const items = generateItems(bank);
  return { ...bank, items, itemById: new Map(items.map((item) => [item.id, item])) };
}

function load(): { public: LoadedBank; full: AssessmentBank } {
  if (loaded) return loaded;
  // BANK_DIR lets tests and previews serve another bank; the default is the repository's.
  const root = process.env.BANK_DIR ?? join(process.cwd(), 'questions');
  const result = loadBank(readBankFiles(root));
  if (!result.ok) {
    throw new Error(`The question bank has errors:\n${result.errors.map(formatIssue).join('\n')}`);
  }
  loaded = {
    public: withItems(publicBank(result.bank)),
    full: { ...withItems(result.bank), heldBack: heldBackIds(result.bank) },
  };
  return loaded;
}

/**
 * The public bank, parsed once per server process: what practice, quizzes, concept pages and
 * curated sets show. Held-back scenarios are not in it, so no public surface can leak them.
 * A broken bank stops the server with every error listed.
 */
export function getBank(): LoadedBank {
  return load().public;
}

/** Public and held-back items together: only for building an instructor's assignment. */
export function getAssessmentBank(): AssessmentBank {
  return load().full;
}

import 'server-only';
import { join } from 'node:path';
import { generateItems } from '@/lib/bank/generate';
import type { Item } from '@/lib/items/schema';
import { loadBank, type Bank } from '@/lib/bank/load';
import { readBankFiles } from '@/lib/bank/read-files';
import { formatIssue } from '@/lib/bank/yaml-source';

export type LoadedBank = Bank & { items: Item[]; itemById: Map<string, Item> };

let loaded: LoadedBank | undefined;

/** The bank, parsed once per server process; a broken bank stops the server with every error listed. */
export function getBank(): LoadedBank {
  if (loaded) return loaded;
  // BANK_DIR lets tests and previews serve another bank; the default is the repository's.
  const root = process.env.BANK_DIR ?? join(process.cwd(), 'questions');
  const result = loadBank(readBankFiles(root));
  if (!result.ok) {
    throw new Error(`The question bank has errors:\n${result.errors.map(formatIssue).join('\n')}`);
  }
  const items = generateItems(result.bank);
  loaded = { ...result.bank, items, itemById: new Map(items.map((item) => [item.id, item])) };
  return loaded;
}

import {
  PRACTICE_BANK_VERSION,
  type PracticeBank,
  type PracticeItem,
} from '@/lib/practice/bank-data';
import { compositeKind } from '@/lib/items/registry';
import { getBank } from '@/server/bank';

// Built once at build time and served as a static file: not inlined into any page's JS.
export const dynamic = 'force-static';

export function GET() {
  const bank = getBank();
  const body: PracticeBank = {
    version: PRACTICE_BANK_VERSION,
    frameworks: bank.frameworks.map((f) => ({
      id: f.id,
      label: f.label,
      shortLabel: f.shortLabel,
      categories: f.categories.map((c) => ({
        id: c.id,
        label: c.label,
        shortLabel: c.shortLabel,
        definition: c.definition,
      })),
    })),
    items: bank.items.filter((item): item is PracticeItem => !compositeKind(item.kind)),
  };
  return Response.json(body);
}

import 'server-only';
import { ACTOR_TYPES, CONTEXTS, ERAS, REGIONS } from '@/lib/bank/schema';
import type { EditorChoices } from '@/components/instructor/items/ItemEditor';
import { getBank } from '../bank';

/** What the item editor offers: the frameworks, their categories and reasons, the references. */
export function editorChoices(): EditorChoices {
  const bank = getBank();
  return {
    frameworks: bank.frameworks.map((f) => ({
      id: f.id,
      label: f.label,
      many: f.questionMany !== undefined,
      categories: f.categories.map((c) => ({ id: c.id, label: c.label, shortLabel: c.shortLabel })),
      reasons: f.reasons.map((r) => ({ id: r.id, label: r.label, characterises: r.characterises })),
    })),
    references: bank.references.map((r) => ({ id: r.id, short: r.short })),
    contexts: CONTEXTS,
    eras: ERAS,
    regions: REGIONS,
    actorTypes: ACTOR_TYPES,
  };
}

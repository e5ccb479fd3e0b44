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
    eras: ERAS.map((id) => ({ id, label: ERA_LABEL[id] })),
    regions: REGIONS.map((id) => ({ id, label: words(id) })),
    actorTypes: ACTOR_TYPES.map((id) => ({ id, label: id === 'attache' ? 'Attaché' : words(id) })),
  };
}

const ERA_LABEL: Record<(typeof ERAS)[number], string> = {
  'before-1914': 'Before 1914',
  '1914-1945': '1914–1945',
  'cold-war': 'Cold War (1945–1991)',
  'post-cold-war': 'After the Cold War (1991–2009)',
  'since-2010': 'Since 2010',
  timeless: 'Timeless (no period)',
};

/** "head-of-government" → "Head of government". */
function words(id: string): string {
  const text = id.replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

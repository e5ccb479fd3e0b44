/**
 * What to assign after a confusion: pairs of scenarios that differ in the detail that separates
 * the two categories the class mixed up (the bank's contrast pairs), one keyed to each.
 */
import type { ChoiceItem, Item } from '../bank/items';

export type ContrastSuggestion = {
  a: { id: string; title: string };
  b: { id: string; title: string };
};

export function contrastSuggestions(
  items: readonly Item[],
  frameworkId: string,
  key: string,
  given: string,
  limit: number,
): ContrastSuggestion[] {
  const classify = items.filter(
    (item): item is ChoiceItem => item.kind === 'classify' && item.frameworkId === frameworkId,
  );
  const byStem = new Map(classify.map((item) => [item.stem.id, item]));
  const out: ContrastSuggestion[] = [];
  if (limit <= 0) return out;
  for (const item of classify) {
    if (item.answer.key !== key) continue;
    for (const contrast of item.stem.contrastWith) {
      const partner = byStem.get(contrast.id);
      if (partner?.answer.key !== given) continue;
      out.push({
        a: { id: item.id, title: item.stem.title },
        b: { id: partner.id, title: partner.stem.title },
      });
      if (out.length === limit) return out;
    }
  }
  return out;
}

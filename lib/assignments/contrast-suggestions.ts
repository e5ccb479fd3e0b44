/**
 * What to assign after a confusion: pairs of scenarios that differ in the detail that separates
 * the two categories the class mixed up (the bank's contrast pairs), one keyed to each.
 */
import { classifyItemsOf } from '../items/registry';
import type { Item } from '../items/schema';

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
  const classify = classifyItemsOf(frameworkId, items);
  const byScenario = new Map(classify.map((item) => [item.scenario.id, item]));
  const out: ContrastSuggestion[] = [];
  if (limit <= 0) return out;
  for (const item of classify) {
    if (item.answerKey.best !== key) continue;
    for (const contrast of item.scenario.contrastWith) {
      const partner = byScenario.get(contrast.id);
      if (partner?.answerKey.best !== given) continue;
      out.push({
        a: { id: item.id, title: item.scenario.title },
        b: { id: partner.id, title: partner.scenario.title },
      });
      if (out.length === limit) return out;
    }
  }
  return out;
}

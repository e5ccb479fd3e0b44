/**
 * The question component of each kind of item. Complete by type, like the logic registry in
 * lib/items/registry.ts; a new kind adds one line here and one in ../feedback/index.ts, whose
 * feedback bodies load after the question (they are not needed until it is answered).
 */
import type { ItemKind } from '@/lib/items/schema';
import { ManyQuestion } from './Many';
import { OddOneOutQuestion } from './OddOneOut';
import { SingleQuestion } from './Single';
import { SortQuestion } from './Sort';
import { TwoTierQuestion } from './TwoTier';
import type { QuestionView } from './types';

export const QUESTION_VIEWS: { [K in ItemKind]: QuestionView<K> } = {
  classify: SingleQuestion,
  distinguish: SingleQuestion,
  attribute: SingleQuestion,
  'classify-many': ManyQuestion,
  'two-tier': TwoTierQuestion,
  sort: SortQuestion,
  'odd-one-out': OddOneOutQuestion,
};

/**
 * The question of a kind: indexed by a kind, the record gives that kind's own component. In an
 * object, so that the caller destructures it: React's lint takes a component returned by a call
 * for one made during render.
 */
export function questionOf<K extends ItemKind>(kind: K): { Question: QuestionView<K> } {
  return { Question: QUESTION_VIEWS[kind] };
}

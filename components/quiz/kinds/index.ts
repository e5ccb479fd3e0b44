/**
 * The component of each kind of item: how it is asked and how its feedback reads. Complete by
 * type, like the logic registry in lib/items/registry.ts; a new kind adds one line here.
 */
import type { ItemKind } from '@/lib/items/schema';
import { manyView } from './Many';
import { oddOneOutView } from './OddOneOut';
import { singleView } from './Single';
import { sortView } from './Sort';
import { twoTierView } from './TwoTier';
import type { KindView } from './types';

export const KIND_VIEWS: { [K in ItemKind]: KindView<K> } = {
  classify: singleView,
  distinguish: singleView,
  attribute: singleView,
  'classify-many': manyView,
  'two-tier': twoTierView,
  sort: sortView,
  'odd-one-out': oddOneOutView,
};

/** The view of a kind: indexed by a kind, the record gives that kind's own view. */
export function viewOf<K extends ItemKind>(kind: K): KindView<K> {
  return KIND_VIEWS[kind];
}

'use client';

import dynamic from 'next/dynamic';
import type { Item } from '@/lib/bank/items';
import type { PublicItem } from '@/lib/bank/public';
import type { Response } from '@/lib/scoring/responses';
import { ScenarioCard } from '../ScenarioCard';
import { ChoiceQuestion } from './ChoiceQuestion';
import { ManyQuestion } from './ManyQuestion';
import { TwoTierQuestion } from './TwoTierQuestion';

// Drag and drop is only needed when a sort board is on screen: keep it out of the first load.
const SortBoard = dynamic(() => import('./SortBoard').then((m) => m.SortBoard));

type Props = {
  item: PublicItem;
  /** The full item, when its key may be shown (after answering, with immediate feedback). */
  revealed?: Item;
  given?: Response;
  draft?: Response;
  certaintyBased?: boolean;
  titleRef?: React.Ref<HTMLHeadingElement>;
  onSubmit: (response: Response) => void;
  onDraft: (response: Response) => void;
  announce: (message: string) => void;
};

/** The question of any kind of item: its scenario and the controls to answer it. */
export function ItemQuestion({
  item,
  revealed,
  given,
  draft,
  certaintyBased,
  titleRef,
  onSubmit,
  onDraft,
  announce,
}: Props) {
  if (item.kind === 'sort') {
    return (
      <SortBoard
        key={item.id}
        item={item}
        given={given?.kind === 'sort' ? given : undefined}
        draft={draft?.kind === 'sort' ? draft : undefined}
        reveal={revealed?.kind === 'sort' ? revealed.answer : undefined}
        certaintyBased={certaintyBased}
        onDraft={onDraft}
        onSubmit={onSubmit}
        announce={announce}
        titleRef={titleRef}
      />
    );
  }
  const titleId = `${item.id}-title`;
  return (
    <>
      <ScenarioCard stem={item.stem} titleId={titleId} titleRef={titleRef} />
      {item.kind === 'classify-many' ? (
        <ManyQuestion
          key={item.id}
          item={item}
          given={given?.kind === 'many' ? given : undefined}
          reveal={revealed?.kind === 'classify-many' ? revealed.answer : undefined}
          certaintyBased={certaintyBased}
          onSubmit={onSubmit}
          describedBy={titleId}
        />
      ) : item.kind === 'two-tier' ? (
        <TwoTierQuestion
          key={item.id}
          item={item}
          given={given?.kind === 'two-tier' ? given : undefined}
          reveal={revealed?.kind === 'two-tier' ? revealed.answer : undefined}
          certaintyBased={certaintyBased}
          onSubmit={onSubmit}
          describedBy={titleId}
        />
      ) : (
        <ChoiceQuestion
          key={item.id}
          item={item}
          given={given?.kind === 'choice' ? given : undefined}
          reveal={revealed && 'key' in revealed.answer ? revealed.answer : undefined}
          certaintyBased={certaintyBased}
          onSubmit={onSubmit}
          describedBy={titleId}
        />
      )}
    </>
  );
}

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ItemFeedback } from '@/components/quiz/Feedback';
import { scoreItem } from '@/lib/items/registry';
import type { LearnerResponse } from '@/lib/items/response';
import type { Item } from '@/lib/items/schema';
import type { Scored } from '@/lib/items/score';
import { classifyItem } from '../support/items';

function scored(item: Item, response: LearnerResponse): Scored {
  const score = scoreItem(item, response);
  if (score.status !== 'scored') throw new Error(score.message);
  return score;
}

describe('the feedback panel', () => {
  const base = classifyItem({ id: 'port-call.pajtinka', key: 'visits-presence' });
  const item = {
    ...base,
    scenario: {
      ...base.scenario,
      contrastWith: [
        { id: 'anchored-offshore', title: 'The same squadron anchors offshore', lenses: ['modes'] },
      ],
    },
  };

  it('links a contrast pair to a quiz of the other case', () => {
    const response = { kind: 'choice', choice: 'representation' } as const;
    render(<ItemFeedback item={item} response={response} score={scored(item, response)} />);
    expect(screen.getByRole('heading', { name: 'Compare with' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'The same squadron anchors offshore' }),
    ).toHaveAttribute('href', '/quiz?items=anchored-offshore.modes');
  });

  it('shows no compare block for a case without a contrast', () => {
    const response = { kind: 'choice', choice: 'visits-presence' } as const;
    render(<ItemFeedback item={base} response={response} score={scored(base, response)} />);
    expect(screen.queryByRole('heading', { name: 'Compare with' })).toBeNull();
  });
});

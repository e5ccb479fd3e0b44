import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ItemFeedback } from '@/components/quiz/Feedback';
import { scoreItem } from '@/lib/scoring/score-item';
import { classifyItem } from '../support/items';

describe('the feedback panel', () => {
  const base = classifyItem({ id: 'port-call.pajtinka', key: 'visits-presence' });
  const item = {
    ...base,
    stem: {
      ...base.stem,
      contrastWith: [
        { id: 'anchored-offshore', title: 'The same squadron anchors offshore', lenses: ['modes'] },
      ],
    },
  };

  it('links a contrast pair to a quiz of the other case', () => {
    const response = { kind: 'choice', choice: 'representation' } as const;
    render(<ItemFeedback item={item} response={response} score={scoreItem(item, response)} />);
    expect(screen.getByRole('heading', { name: 'Compare with' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'The same squadron anchors offshore' }),
    ).toHaveAttribute('href', '/quiz?items=anchored-offshore.modes');
  });

  it('shows no compare block for a case without a contrast', () => {
    const response = { kind: 'choice', choice: 'visits-presence' } as const;
    render(<ItemFeedback item={base} response={response} score={scoreItem(base, response)} />);
    expect(screen.queryByRole('heading', { name: 'Compare with' })).toBeNull();
  });
});

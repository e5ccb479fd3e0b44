import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import { QuizStoreProvider } from '@/stores/quiz-store-provider';
import { classifyItem } from '../support/items';

// The feedback's code loads after the page; here its fetch fails, as it does offline without a
// cached copy.
vi.mock('@/components/quiz/load-feedback', () => ({
  loadFeedback: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
}));

const items = [
  classifyItem({ id: 'one.pajtinka', key: 'cooperation' }),
  classifyItem({ id: 'two.pajtinka', key: 'arms-business' }),
];

describe('a quiz whose feedback cannot be loaded', () => {
  it('still gives the verdict, says why the explanation is missing and lets the learner go on', async () => {
    const user = userEvent.setup();
    render(
      <QuizStoreProvider>
        <QuizRunner
          quizKey="scope=pajtinka&n=2&seed=offline"
          href="/quiz?scope=pajtinka&n=2&seed=offline"
          title="Pajtinka"
          items={items}
        />
      </QuizStoreProvider>,
    );
    await user.click(screen.getByRole('radio', { name: 'Supporting arms business' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The explanation could not be loaded. Check your connection and reload the page.',
    );
    expect(screen.getByText('✗ Not quite')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText('Question 2 of 2')).toBeInTheDocument();
  });
});

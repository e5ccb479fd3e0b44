import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AttemptRunner } from '@/components/student/AttemptRunner';
import { scoreItem, toPublicItem } from '@/lib/items/registry';
import type { AttemptView } from '@/lib/assignments/views';
import { classifyItem } from '../support/items';

const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh, push: vi.fn() }) }));

const first = classifyItem({ id: 'a.pajtinka', key: 'cooperation' });
const second = classifyItem({ id: 'b.pajtinka', key: 'information' });

function view(feedback: 'immediate' | 'after-close'): AttemptView {
  return {
    assignment: {
      id: 'assignment',
      title: 'Week 3',
      joinCode: 'K9QM4P',
      state: { state: 'open' },
      feedback,
      certaintyBased: false,
      maxAttempts: 1,
      timeLimitMinutes: null,
      dueAt: null,
      itemCount: 2,
    },
    attempt: {
      number: 1,
      displayName: 'Sam',
      startedAt: 0,
      deadlineAt: null,
      submittedAt: null,
      submittedReason: null,
      earned: null,
      max: 2,
    },
    items: [toPublicItem(first), toPublicItem(second)],
    revealed: {},
    answers: {},
    canRetry: false,
  };
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Picks an option and sends it: "Save answer" when feedback comes later, "Check answer" when at once. */
async function answer(label: RegExp, button = 'Save answer') {
  await userEvent.click(screen.getByRole('radio', { name: label }));
  await userEvent.click(screen.getByRole('button', { name: button }));
}

describe('AttemptRunner', () => {
  beforeEach(() => refresh.mockReset());

  it('sends an answer, says it is saved, and lets the student change it when feedback is deferred', async () => {
    const sent: unknown[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return jsonResponse(200, { saved: true, revision: sent.length });
    });
    render(<AttemptRunner view={view('after-close')} code="K9QM4P" />);

    await answer(/information/i);
    expect(await screen.findByText('✓ All answers saved')).toBeInTheDocument();
    expect(sent).toEqual([
      { itemId: 'a.pajtinka', response: { kind: 'choice', choice: 'information' } },
    ]);
    expect(screen.getByText(/You can change it until you submit/)).toBeInTheDocument();
    expect(screen.queryByText(/Explanation for/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Change answer' }));
    await answer(/cooperation/i);
    await screen.findByText('✓ All answers saved');
    expect(sent).toHaveLength(2);
  });

  it('keeps an answer through a lost connection and sends it when the browser is back online', async () => {
    let online = false;
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return jsonResponse(200, { saved: true, revision: 1 });
    });
    render(<AttemptRunner view={view('after-close')} code="K9QM4P" />);

    await answer(/cooperation/i);
    expect(await screen.findByText('Offline, will retry (1 waiting)')).toBeInTheDocument();
    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('✓ All answers saved')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shows the explanation the server returns when feedback is immediate', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      jsonResponse(200, {
        saved: true,
        revision: 1,
        feedback: {
          item: first,
          score: scoreItem(first, { kind: 'choice', choice: 'information' }),
        },
      }),
    );
    render(<AttemptRunner view={view('immediate')} code="K9QM4P" />);
    await answer(/information/i, 'Check answer');
    expect(await screen.findByText('Explanation for a.pajtinka.')).toBeInTheDocument();
    expect(screen.getByText('Why not information in a.pajtinka.')).toBeInTheDocument();
  });

  it('shows the server’s refusal and reloads the attempt when it is closed', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      jsonResponse(409, { error: 'This attempt is closed: the answer was not saved.' }),
    );
    render(<AttemptRunner view={view('after-close')} code="K9QM4P" />);
    await answer(/information/i);
    expect(
      await screen.findByText('This attempt is closed: the answer was not saved.'),
    ).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });
});

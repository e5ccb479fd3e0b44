import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IntentLink } from '@/components/ui/IntentLink';

const prefetch = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ prefetch }) }));

describe('a link that prefetches on intent', () => {
  beforeEach(() => prefetch.mockClear());

  it('fetches nothing while it is only on screen', () => {
    render(<IntentLink href="/practice">Practice</IntentLink>);
    expect(screen.getByRole('link', { name: 'Practice' })).toHaveAttribute('href', '/practice');
    expect(prefetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a pointer moves over it', (link: HTMLElement) => fireEvent.mouseEnter(link)],
    ['a finger touches it', (link: HTMLElement) => fireEvent.touchStart(link)],
    ['it takes the keyboard focus', (link: HTMLElement) => fireEvent.focus(link)],
  ])('prefetches its page when %s', (_, reach) => {
    render(<IntentLink href="/concepts/pajtinka">The concepts</IntentLink>);
    reach(screen.getByRole('link', { name: 'The concepts' }));
    expect(prefetch).toHaveBeenCalledWith('/concepts/pajtinka');
  });

  it('still calls the handlers it is given', () => {
    const onFocus = vi.fn();
    render(
      <IntentLink href="/join" onFocus={onFocus}>
        Join
      </IntentLink>,
    );
    fireEvent.focus(screen.getByRole('link', { name: 'Join' }));
    expect(onFocus).toHaveBeenCalledTimes(1);
  });
});

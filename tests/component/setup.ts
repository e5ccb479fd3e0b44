import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { createElement, type AnchorHTMLAttributes } from 'react';
import { afterEach, vi } from 'vitest';

// next/link needs the App Router at run time; in jsdom a plain anchor shows the same thing to the user.
// `prefetch` is the router's business, not an attribute of the anchor.
vi.mock('next/link', () => ({
  default: ({
    href,
    children,
    prefetch: _routerOnly,
    ...rest
  }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean }) =>
    createElement('a', { href, ...rest }, children),
}));

// Outside Next there is no App Router: links that prefetch on intent get a router that does nothing.
// A test that checks navigation mocks next/navigation itself.
vi.mock('next/navigation', () => ({
  useRouter: () => ({ prefetch: () => {}, push: () => {}, replace: () => {}, refresh: () => {} }),
  usePathname: () => '/',
}));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

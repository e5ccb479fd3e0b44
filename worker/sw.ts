/// <reference lib="webworker" />
/**
 * The service worker: precaches the app shell and the pages a learner practises on; the
 * practice bank is kept when the practice page fetches it, so practice works offline after the
 * first visit. Pages are network-first (fresh when online, cached when not); hashed static files
 * are cache-first. Classes are never cached: assignment, join and instructor pages and every
 * API answer go straight to the network, so nothing of an attempt stays on a shared computer.
 * A new build takes over at once (skipWaiting + clientsClaim) and the page offers a reload.
 */
import { CacheFirst, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry } from 'serwist';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, ignoreURLParametersMatching: [/.*/] },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ url }) => /^\/(a|join|instructor|api)(\/|$)/.test(url.pathname),
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && /^\/practice\/bank(\/\d+)?$/.test(url.pathname),
      handler: new NetworkFirst({ cacheName: 'practice-bank', networkTimeoutSeconds: 4 }),
    },
    {
      matcher: ({ request }) => request.mode === 'navigate',
      handler: new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 4 }),
    },
    {
      matcher: ({ url }) => url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: 'static' }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.searchParams.has('_rsc'),
      handler: new NetworkFirst({ cacheName: 'rsc', networkTimeoutSeconds: 4 }),
    },
  ],
});

serwist.addEventListeners();

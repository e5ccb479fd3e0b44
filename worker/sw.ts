/// <reference lib="webworker" />
/**
 * The service worker: precaches the app shell, the pages a learner practises on and the
 * practice bank, so practice works offline after the first visit. Pages are network-first
 * (fresh when online, cached when not); hashed static files are cache-first. A new build
 * takes over at once (skipWaiting + clientsClaim) and the page offers a reload, so nobody is
 * left on stale code.
 */
import { CacheFirst, NetworkFirst, Serwist, type PrecacheEntry } from 'serwist';

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

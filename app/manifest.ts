import type { MetadataRoute } from 'next';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Attaché: military diplomacy practice',
    short_name: 'Attaché',
    description:
      'Classify cases of military and defence diplomacy against the concepts of the literature.',
    start_url: '/',
    display: 'standalone',
    background_color: '#f6f6f3',
    theme_color: '#1d4f91',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: '/icons/icon-512-maskable.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}

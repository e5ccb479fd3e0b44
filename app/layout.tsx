import type { Metadata, Viewport } from 'next';
import { IntentLink } from '@/components/ui/IntentLink';
import type { ReactNode } from 'react';
import { OfflineStatus } from '@/components/OfflineStatus';
import './globals.css';
import styles from './layout.module.css';

export const metadata: Metadata = {
  title: { default: 'Attaché — practise classifying military diplomacy', template: '%s · Attaché' },
  description:
    'Classify real cases of military and defence diplomacy against Pajtinka’s functions, Cottey & Forster’s roles and the three modes, with an explanation for every answer.',
  applicationName: 'Attaché',
  appleWebApp: { capable: true, title: 'Attaché' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f6f3' },
    { media: '(prefers-color-scheme: dark)', color: '#121416' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className={styles.header}>
          <nav className={styles.nav} aria-label="Main">
            <IntentLink href="/" className={styles.brand}>
              Attaché
            </IntentLink>
            <ul className={styles.links}>
              <li>
                <IntentLink href="/practice">Practice</IntentLink>
              </li>
              <li>
                <IntentLink href="/progress">Progress</IntentLink>
              </li>
              <li>
                <IntentLink href="/concepts">Concepts</IntentLink>
              </li>
            </ul>
          </nav>
        </header>
        <OfflineStatus />
        <main id="main" className="page" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import styles from './OfflineStatus.module.css';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** Class pages: no service worker is registered from them, and nothing of them is cached. */
const CLASS_PAGES = /^\/(a|join|instructor)(\/|$)/;

/**
 * Registers the service worker (on learner pages only), says when the device is offline, and
 * offers a reload when a new version has taken over, so nobody keeps practising on stale code.
 */
export function OfflineStatus() {
  const pathname = usePathname();
  const classPage = CLASS_PAGES.test(pathname);
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  const [updated, setUpdated] = useState(false);

  useEffect(() => {
    if (classPage) return;
    if (!('serviceWorker' in navigator) || process.env.NODE_ENV !== 'production') return;
    const hadController = navigator.serviceWorker.controller !== null;
    const onChange = () => {
      if (hadController) setUpdated(true);
    };
    navigator.serviceWorker.addEventListener('controllerchange', onChange);
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', onChange);
  }, [classPage]);

  if (online && !updated) return null;
  return (
    <div className={styles.banner} role="status">
      {!online ? (
        <span>
          {classPage
            ? 'Offline: answers you give now are sent as soon as the connection is back.'
            : 'Offline: practice goes on with the questions saved on this device.'}
        </span>
      ) : (
        <>
          <span>A new version of Attaché is ready.</span>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => location.reload()}
          >
            Reload
          </button>
        </>
      )}
    </div>
  );
}

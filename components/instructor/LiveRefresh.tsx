'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** While students are still answering, the results re-read themselves every 15 seconds. */
export function LiveRefresh({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, 15_000);
    return () => clearInterval(timer);
  }, [active, router]);
  return (
    <div className="button-row">
      {active ? (
        <p className="muted">Students are answering: this table updates every 15 seconds.</p>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => router.refresh()}>
        Refresh results
      </button>
    </div>
  );
}

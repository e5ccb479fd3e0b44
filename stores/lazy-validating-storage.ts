import type { PersistStorage } from 'zustand/middleware';

/**
 * localStorage for zustand `persist`, read through a validator that is imported on demand (so
 * zod stays off the first load). The validator migrates and checks what was saved and returns
 * current-version state, or undefined for anything unusable, which counts as nothing saved.
 */
export function lazyValidatingStorage<S>(
  getStorage: () => Storage,
  version: number,
  loadValidator: () => Promise<(raw: unknown) => S | undefined>,
): PersistStorage<S> | undefined {
  let storage: Storage;
  try {
    storage = getStorage();
  } catch {
    return undefined;
  }
  return {
    getItem: async (name) => {
      let raw: unknown;
      try {
        const text = storage.getItem(name);
        if (text === null) return null;
        raw = JSON.parse(text);
      } catch {
        return null;
      }
      const state = (await loadValidator())(raw);
      return state ? { state, version } : null;
    },
    setItem: (name, value) => storage.setItem(name, JSON.stringify(value)),
    removeItem: (name) => storage.removeItem(name),
  };
}

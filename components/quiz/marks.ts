import type { OptionResult } from '@/lib/items/score';

/** The option a one-pick verdict marks as the key, and the one picked. */
export function picks(options: readonly OptionResult[]): { key?: string; chosen?: string } {
  return {
    key: options.find((o) => o.mark === 'key')?.id,
    chosen: options.find((o) => o.chosen)?.id,
  };
}

export function markOf(
  options: readonly OptionResult[] | undefined,
  id: string,
): OptionResult['mark'] {
  return options?.find((o) => o.id === id)?.mark;
}

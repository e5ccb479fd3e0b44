/** An instructor's own scenario that passes every check; tests change one thing at a time. */
import type { CheckContext } from '@/lib/authoring/check';
import { nearDuplicateIndex } from '@/lib/bank/lint';
import { realBank } from '../assignments/real-bank';

export function ownScenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'kestrian-frigate-visit',
    title: 'A Kestrian frigate calls at Valdorian port for three days',
    context: 'hypothetical',
    era: 'timeless',
    region: 'global',
    actorTypes: ['navy'],
    text:
      'The Kestrian frigate Aurel ties up in the Valdorian capital for three days. Its captain ' +
      'lays a wreath, the crew plays football against local sailors, and the ship is open to ' +
      'visitors on Sunday. No talks or contracts are on the programme.',
    lenses: {
      pajtinka: {
        key: 'visits-presence',
        cue: 'ties up in the Valdorian capital for three days',
        explanation:
          'A warship stays in a friendly port as a guest, with a public programme: the peaceful ' +
          'presence of the sending state’s units.',
        whyNot: {
          information:
            'Nobody aboard is tasked with observing Valdoria’s forces and reporting back.',
          cooperation: 'No joint exercise or cooperation programme follows from the visit.',
          'arms-business': 'No equipment is on offer and no contract is discussed.',
          representation:
            'The wreath is one item of a visit, not an appearance at a ceremony of the host.',
        },
        difficulty: 1,
        citation: { source: 'pajtinka-2016', page: 188 },
      },
    },
    ...overrides,
  };
}

export function checkContext(overrides: Partial<CheckContext> = {}): CheckContext {
  const { bank } = realBank();
  const find = nearDuplicateIndex(bank.scenarios);
  return {
    frameworks: bank.frameworks,
    references: bank.references,
    otherSlugs: new Set(),
    similarTo: (text) =>
      find(text).map(({ entry, similarity }) => ({
        id: entry.id,
        title: entry.title,
        mine: false,
        similarity,
      })),
    ...overrides,
  };
}

/** The scenario with one lens field replaced (or removed, for undefined). */
export function withLens(
  field: string,
  value: unknown,
  base: Record<string, unknown> = ownScenario(),
): Record<string, unknown> {
  const lenses = base.lenses as Record<string, Record<string, unknown>>;
  const lens = { ...lenses.pajtinka };
  if (value === undefined) delete lens[field];
  else lens[field] = value;
  return { ...base, lenses: { ...lenses, pajtinka: lens } };
}

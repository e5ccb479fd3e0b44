/**
 * The server's receipt for a saved answer, with the feedback when it may be shown at once.
 * Apart from the queue so that zod loads after the attempt page, not with it.
 */
import * as z from 'zod/mini';
import { itemSchema } from '@/lib/items/schema';
import { scoredSchema } from '@/lib/items/score-schema';

export const saveAckSchema = z.looseObject({
  saved: z.literal(true),
  revision: z.int(),
  feedback: z.optional(z.strictObject({ item: itemSchema, score: scoredSchema })),
});
export type SaveAck = z.infer<typeof saveAckSchema>;

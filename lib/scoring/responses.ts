/** What a learner submits for an item. Validated wherever it crosses a boundary (storage, network). */
import { z } from 'zod';

export const choiceResponseSchema = z.strictObject({
  kind: z.literal('choice'),
  /** The option id picked, e.g. "arms-business". */
  choice: z.string().min(1).max(64),
});
export type ChoiceResponse = z.infer<typeof choiceResponseSchema>;

export const responseSchema = choiceResponseSchema;
export type Response = z.infer<typeof responseSchema>;

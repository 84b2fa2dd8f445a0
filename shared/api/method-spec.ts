import { z } from 'zod';

/** One call of the contract: input schema (validated at every boundary), result schema, and whether it needs a session. */
export interface MethodSpec<I extends z.ZodTypeAny, R extends z.ZodTypeAny> {
  input: I;
  result: R;
  session: boolean;
}

export function method<I extends z.ZodTypeAny, R extends z.ZodTypeAny>(session: boolean, input: I, result: R): MethodSpec<I, R> {
  return { input, result, session };
}

export const idInput = z.object({ id: z.string().min(1).max(64) }).strict();

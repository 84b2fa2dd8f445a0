import { z } from 'zod';

/**
 * One query shape for every server-side table: the DataTable sends it, services turn it into
 * SQL over a whitelist of columns (sorting, filtering and paging are done in SQL, not in JS).
 */
export const tableQuerySchema = z.object({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  sort: z
    .array(z.object({ id: z.string().max(64), desc: z.boolean() }))
    .max(4)
    .default([]),
  filters: z.record(z.string().max(64), z.string().max(200)).default({}),
  search: z.string().max(200).default(''),
});
export type TableQuery = z.infer<typeof tableQuerySchema>;
export type TableQueryInput = z.input<typeof tableQuerySchema>;

export function pageSchema<T extends z.ZodTypeAny>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int() });
}
export interface Page<T> {
  rows: T[];
  total: number;
}

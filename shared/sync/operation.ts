import { z } from 'zod';

/**
 * The one write path's unit: every change to a record is an operation. The local journal, the
 * audit log and sync with the central server all read these; no service writes tables directly.
 */
export const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type Scalar = z.infer<typeof scalarSchema>;

export const fieldChangeSchema = z.object({ old: scalarSchema, new: scalarSchema });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const opKindSchema = z.enum(['insert', 'update', 'delete']);
export type OpKind = z.infer<typeof opKindSchema>;

export const operationSchema = z.object({
  opId: z.string().min(1).max(64),
  entity: z.string().min(1).max(64),
  entityId: z.string().min(1).max(128),
  kind: opKindSchema,
  fields: z.record(z.string().max(64), fieldChangeSchema),
  hlc: z.string().max(128),
  userId: z.string().max(64).nullable(),
  deviceId: z.string().max(64),
});
export type Operation = z.infer<typeof operationSchema>;

import { z } from 'zod';
import { RESOURCE_CODE } from './codes';
import {
  dataTypeSchema,
  formatSchema,
  openTypeSchema,
  resourceStatusSchema,
  shareMethodSchema,
  shareTypeSchema,
  updateCycleSchema,
} from './vocab';

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });

/** A data item (信息项) as entered: name, type and length, optionally linked to a data element. */
export const dataItemInputSchema = z
  .object({
    name: text(60).min(1, { message: 'field.required' }),
    dataType: dataTypeSchema,
    length: z.number().int().min(1, { message: 'dir.item.lengthPositive' }).max(100_000).nullable().default(null),
    description: text(500).default(''),
    elementId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict();
export type DataItemInput = z.infer<typeof dataItemInputSchema>;

/**
 * A catalog entry as a department registers it: the guide's core metadata; anything else goes
 * into `extra` (extended metadata, key → value). The code is allocated by the service.
 */
export const resourceInputSchema = z
  .object({
    name: text(100).min(2, { message: 'field.tooShort' }),
    classCode: z.string().regex(/^[1-3](\d{2}(\d{3}(\d{2,4})?)?)?$/, { message: 'dir.classCode.format' }),
    providerDeptId: z.string().min(1).max(64),
    summary: text(2000).min(1, { message: 'field.required' }),
    format: formatSchema,
    shareType: shareTypeSchema,
    shareCondition: text(500).default(''),
    shareMethod: shareMethodSchema.nullable().default(null),
    openType: openTypeSchema,
    openCondition: text(500).default(''),
    updateCycle: updateCycleSchema,
    relatedCodes: z.array(z.string().regex(RESOURCE_CODE, { message: 'dir.code.format' })).max(50).default([]),
    sourceSystem: text(100).default(''),
    extra: z.record(text(40), text(500)).default({}),
    items: z.array(dataItemInputSchema).max(500).default([]),
  })
  .strict();
export type ResourceInput = z.infer<typeof resourceInputSchema>;
export type ResourceInputRaw = z.input<typeof resourceInputSchema>;

export const dataItemSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  dataType: dataTypeSchema,
  length: z.number().int().nullable(),
  description: z.string(),
  elementId: z.string().nullable(),
  elementName: z.string().nullable(),
});
export type DataItem = z.infer<typeof dataItemSchema>;

/** One row of the directory table: catalog entry and basic metadata, never data items. */
export const resourceRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  classCode: z.string(),
  className: z.string().nullable(),
  providerDeptId: z.string(),
  providerName: z.string(),
  providerCode: z.string(),
  summary: z.string(),
  format: formatSchema,
  shareType: shareTypeSchema,
  shareMethod: shareMethodSchema.nullable(),
  openType: openTypeSchema,
  updateCycle: updateCycleSchema,
  status: resourceStatusSchema,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ResourceRow = z.infer<typeof resourceRowSchema>;

export const resourceEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  fromStatus: resourceStatusSchema.nullable(),
  toStatus: resourceStatusSchema,
  comment: z.string(),
  userName: z.string().nullable(),
  at: z.string(),
});

/**
 * A resource as one caller may see it. `restricted` means the negative-list rule applied: the
 * entry and basic metadata only; items, extended metadata and conditions did not leave the service.
 */
export const resourceViewSchema = resourceRowSchema.extend({
  restricted: z.boolean(),
  shareCondition: z.string().nullable(),
  openCondition: z.string().nullable(),
  relatedCodes: z.array(z.string()),
  sourceSystem: z.string().nullable(),
  extra: z.record(z.string(), z.string()).nullable(),
  items: z.array(dataItemSchema).nullable(),
  history: z.array(resourceEventSchema),
  /** Who uses it: departments holding an unexpired grant (shown to the provider and curators only). */
  consumers: z.array(z.object({ department: z.string(), until: z.string(), items: z.number().int().nullable() })),
  /** What the caller may do now: edit, submit, publish, return, retire, apply. */
  can: z.array(z.string()),
});
export type ResourceView = z.infer<typeof resourceViewSchema>;

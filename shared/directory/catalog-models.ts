import { z } from 'zod';
import { classKindSchema, dataTypeSchema } from './vocab';

/** A node of the 基础 / 主题 / 部门 classification trees (类 → 项 → 目 → 细目). */
export const classificationSchema = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  kind: classKindSchema,
  /** Resources classified here or below (for facets and the tree). */
  resourceCount: z.number().int(),
});
export type Classification = z.infer<typeof classificationSchema>;

export const classificationInputSchema = z
  .object({
    code: z.string().regex(/^[1-3](\d{2}(\d{3}(\d{2,4})?)?)?$/, { message: 'dir.classCode.format' }),
    name: z.string().trim().min(1, { message: 'field.required' }).max(60, { message: 'field.tooLong' }),
  })
  .strict();

/** A standard data element (数据元) of the bureau's dictionary. */
export const dataElementSchema = z.object({
  id: z.string(),
  identifier: z.string(),
  name: z.string(),
  definition: z.string(),
  dataType: dataTypeSchema,
  format: z.string(),
  synonyms: z.array(z.string()),
});
export type DataElement = z.infer<typeof dataElementSchema>;

export const dataElementInputSchema = z
  .object({
    identifier: z.string().trim().regex(/^[A-Za-z]{2,8}[0-9]{3,8}$/, { message: 'dir.element.identifierFormat' }),
    name: z.string().trim().min(1, { message: 'field.required' }).max(60, { message: 'field.tooLong' }),
    definition: z.string().trim().max(500, { message: 'field.tooLong' }).default(''),
    dataType: dataTypeSchema,
    format: z.string().trim().max(60, { message: 'field.tooLong' }).default(''),
    synonyms: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  })
  .strict();
export type DataElementInput = z.infer<typeof dataElementInputSchema>;

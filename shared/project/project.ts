import { z } from 'zod';
import { dataItemInputSchema, dataItemSchema } from '../directory/resource';
import { formatSchema, openTypeSchema, resourceStatusSchema, shareMethodSchema, shareTypeSchema, updateCycleSchema } from '../directory/vocab';
import { attachmentKindSchema, fundingSourceSchema, projectTypeSchema } from './vocab';
import { projectStatusSchema } from './workflow';

const text = (max: number) => z.string().trim().max(max, { message: 'field.tooLong' });
const id = z.string().min(1).max(64);

/** A system the project builds, with its functions (功能模块). */
export const projectSystemInputSchema = z
  .object({
    name: text(100).min(2, { message: 'field.tooShort' }),
    functions: z.array(text(100).min(1, { message: 'field.required' })).max(100).default([]),
  })
  .strict();
export type ProjectSystemInput = z.infer<typeof projectSystemInputSchema>;

/** A directory resource the project will use instead of collecting the data itself (共享需求). */
export const consumeInputSchema = z.object({ resourceId: id, purpose: text(200).default('') }).strict();

/** A new directory entry the project promises, registered as a draft of the project's department. */
export const promisedDraftSchema = z
  .object({
    name: text(100).min(2, { message: 'field.tooShort' }),
    classCode: z.string().regex(/^[1-3](\d{2}(\d{3}(\d{2,4})?)?)?$/, { message: 'dir.classCode.format' }),
    summary: text(2000).min(1, { message: 'field.required' }),
    format: formatSchema,
    shareMethod: shareMethodSchema.nullable().default(null),
    openType: openTypeSchema,
    updateCycle: updateCycleSchema,
  })
  .strict();

/**
 * A resource the project promises to provide, with the share attribute the acceptance gate will
 * check: either an existing entry of the department (`resourceId`) or a new draft (`draft`).
 */
export const provideInputSchema = z
  .object({
    resourceId: id.nullable().default(null),
    shareType: shareTypeSchema,
    draft: promisedDraftSchema.nullable().default(null),
  })
  .strict();
export type ProvideInput = z.infer<typeof provideInputSchema>;

/** A project as a department declares it (申报). Amounts are in 万元. */
export const projectInputSchema = z
  .object({
    name: text(100).min(4, { message: 'field.tooShort' }),
    departmentId: id,
    type: projectTypeSchema,
    year: z.number().int().min(2000, { message: 'proj.rule.yearRange' }).max(2100, { message: 'proj.rule.yearRange' }),
    budget: z
      .number()
      .positive({ message: 'proj.rule.budgetPositive' })
      .max(10_000_000, { message: 'proj.rule.budgetTooLarge' })
      .refine((n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6, { message: 'proj.rule.budgetPrecision' }),
    fundingSource: fundingSourceSchema,
    content: text(5000).min(10, { message: 'proj.rule.contentTooShort' }),
    systems: z.array(projectSystemInputSchema).max(50).default([]),
    dataItems: z.array(dataItemInputSchema).max(500).default([]),
    consumes: z.array(consumeInputSchema).max(200).default([]),
    provides: z.array(provideInputSchema).max(100).default([]),
  })
  .strict();
export type ProjectInput = z.infer<typeof projectInputSchema>;
export type ProjectInputRaw = z.input<typeof projectInputSchema>;

/** One row of the register (项目库). */
export const projectRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  type: projectTypeSchema,
  year: z.number().int(),
  budget: z.number(),
  fundingSource: fundingSourceSchema,
  status: projectStatusSchema,
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ProjectRow = z.infer<typeof projectRowSchema>;

export const projectEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  fromStatus: projectStatusSchema.nullable(),
  toStatus: projectStatusSchema,
  comment: z.string(),
  userName: z.string().nullable(),
  at: z.string(),
});
export type ProjectEvent = z.infer<typeof projectEventSchema>;

const resourceRef = z.object({
  resourceId: z.string(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  providerName: z.string().nullable(),
  status: resourceStatusSchema.nullable(),
  shareType: shareTypeSchema.nullable(),
});

export const consumeViewSchema = resourceRef.extend({ purpose: z.string() });

export const provideViewSchema = resourceRef.extend({
  id: z.string(),
  promisedShareType: shareTypeSchema,
  exception: z.object({ reason: z.string(), userName: z.string().nullable(), at: z.string() }).nullable(),
});

/** Why a promised resource does not pass the acceptance gate yet. */
export const GATE_PROBLEMS = ['notRegistered', 'notPublished', 'shareMismatch'] as const;
export const gateSchema = z.object({
  /** True when every promise is met or excepted. */
  passes: z.boolean(),
  missing: z.array(
    z.object({
      provideId: z.string(),
      resourceId: z.string().nullable(),
      code: z.string().nullable(),
      name: z.string(),
      problem: z.enum(GATE_PROBLEMS),
      promised: shareTypeSchema,
      actual: shareTypeSchema.nullable(),
      status: resourceStatusSchema.nullable(),
      excepted: z.boolean(),
    }),
  ),
});
export type Gate = z.infer<typeof gateSchema>;

export const attachmentSchema = z.object({
  id: z.string(),
  kind: attachmentKindSchema,
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  userName: z.string().nullable(),
  at: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A project as one caller may see it, with what the caller may do now. */
export const projectViewSchema = projectRowSchema.extend({
  content: z.string(),
  systems: z.array(z.object({ id: z.string(), name: z.string(), functions: z.array(z.string()) })),
  dataItems: z.array(dataItemSchema),
  consumes: z.array(consumeViewSchema),
  provides: z.array(provideViewSchema),
  attachments: z.array(attachmentSchema),
  history: z.array(projectEventSchema),
  /** The acceptance gate, once the project is being built. */
  gate: gateSchema.nullable(),
  /** Actions (workflow steps) and 'edit', 'attach', 'except' the caller may do now. */
  can: z.array(z.string()),
  filingThreshold: z.number(),
});
export type ProjectView = z.infer<typeof projectViewSchema>;

import { z } from 'zod';
import { projectStatusSchema } from '../project/workflow';

/** What a finding says about the project under review (the engine's labels; `distinct` is never reported). */
export const FINDING_LABELS = ['duplicate', 'overlap', 'upgrade', 'recollection'] as const;
export const findingLabelSchema = z.enum(FINDING_LABELS);
export type FindingLabel = z.infer<typeof findingLabelSchema>;

/** An auditor's decision on one finding. */
export const DECISIONS = ['confirmed', 'dismissed', 'partial'] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

/** How a report ends, and what it does to the project (共享审核 → 审批通过 / 退回修改 / 不予通过). */
export const CONCLUSIONS = ['approve', 'return', 'reject'] as const;
export const conclusionSchema = z.enum(CONCLUSIONS);
export type Conclusion = z.infer<typeof conclusionSchema>;

/** One piece of evidence: what matched on each side, and how strongly. */
export const evidenceSchema = z.object({
  kind: z.enum(['name', 'sentence', 'system', 'function', 'item', 'feature']),
  left: z.string(),
  right: z.string(),
  score: z.number(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const findingSchema = z.object({
  id: z.string(),
  kind: z.enum(['project', 'recollection']),
  label: findingLabelSchema,
  score: z.number(),
  /** The other project (kind project). */
  otherProject: z
    .object({ id: z.string(), code: z.string(), name: z.string(), departmentName: z.string(), status: projectStatusSchema, year: z.number().int() })
    .nullable(),
  /** The data item re-collected, and the directory resource (and its item) to consume instead (kind recollection). */
  dataItem: z.string(),
  resource: z.object({ id: z.string(), code: z.string(), name: z.string(), providerName: z.string(), item: z.string() }).nullable(),
  evidence: z.array(evidenceSchema),
  decision: decisionSchema.nullable(),
  reason: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The decision was kept from an earlier version of the report (the finding did not change). */
  carried: z.boolean(),
});
export type Finding = z.infer<typeof findingSchema>;

export const reportSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  departmentName: z.string(),
  projectStatus: projectStatusSchema,
  version: z.number().int(),
  /** How many versions the project's reports have. */
  versions: z.number().int(),
  trigger: z.enum(['auto', 'manual']),
  status: z.enum(['open', 'concluded']),
  conclusion: conclusionSchema.nullable(),
  conclusionComment: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  concludedBy: z.string().nullable(),
  concludedAt: z.string().nullable(),
  /** The project as it was checked: what the evidence quotes. */
  snapshot: z.object({
    content: z.string(),
    systems: z.array(z.object({ name: z.string(), functions: z.array(z.string()) })),
    dataItems: z.array(z.string()),
  }),
  findings: z.array(findingSchema),
  /** What the caller may do: 'decide', 'conclude', 'check'. */
  can: z.array(z.string()),
});
export type Report = z.infer<typeof reportSchema>;

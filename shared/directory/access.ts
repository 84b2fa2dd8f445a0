import { z } from 'zod';

export const ACCESS_STATUSES = ['pending', 'approved', 'denied', 'expired'] as const;
export const accessStatusSchema = z.enum(ACCESS_STATUSES);
export type AccessStatus = z.infer<typeof accessStatusSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dir.access.dateFormat' });

/** 申请取用: a department applies for a resource, or chosen data items of it, for a period. */
export const accessApplySchema = z
  .object({
    resourceId: z.string().min(1).max(64),
    /** null = the whole resource. */
    itemIds: z.array(z.string().min(1).max(64)).min(1).max(500).nullable().default(null),
    purpose: z.string().trim().min(4, { message: 'dir.access.purposeTooShort' }).max(1000, { message: 'field.tooLong' }),
    legalBasis: z.string().trim().min(2, { message: 'field.required' }).max(500, { message: 'field.tooLong' }),
    periodFrom: isoDate,
    periodTo: isoDate,
  })
  .strict();
export type AccessApply = z.infer<typeof accessApplySchema>;

/** The provider's decision: approve (optionally fewer items or a shorter period) or deny with a reason. */
export const accessDecideSchema = z
  .object({
    id: z.string().min(1).max(64),
    decision: z.enum(['approve', 'deny']),
    itemIds: z.array(z.string().min(1).max(64)).min(1).max(500).nullable().optional(),
    until: isoDate.optional(),
    reason: z.string().trim().max(1000, { message: 'field.tooLong' }).default(''),
  })
  .strict();
export type AccessDecide = z.infer<typeof accessDecideSchema>;

export const accessRequestSchema = z.object({
  id: z.string(),
  resourceId: z.string(),
  resourceCode: z.string(),
  resourceName: z.string(),
  providerName: z.string(),
  requesterDeptName: z.string(),
  requesterName: z.string().nullable(),
  itemIds: z.array(z.string()).nullable(),
  itemNames: z.array(z.string()).nullable(),
  purpose: z.string(),
  legalBasis: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: accessStatusSchema,
  approvedItemIds: z.array(z.string()).nullable(),
  approvedItemNames: z.array(z.string()).nullable(),
  approvedUntil: z.string().nullable(),
  reason: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type AccessRequest = z.infer<typeof accessRequestSchema>;

export const notificationSchema = z.object({
  id: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  refId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

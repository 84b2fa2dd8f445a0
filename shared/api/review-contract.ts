import { z } from 'zod';
import { conclusionSchema, decisionSchema, reportSchema } from '../review/report';
import { method } from './method-spec';

const id = z.string().min(1).max(64);

/** The duplicate-construction review (issue 5): reports per project, decisions, conclusions. */
export const reviewContract = {
  /** Runs the check now and keeps it as the project's next report version. `projectId` may be a code. */
  'review.check': method(true, z.object({ projectId: id }).strict(), reportSchema),
  /** The latest report (or a version); null when the project was never checked. */
  'review.get': method(true, z.object({ projectId: id, version: z.number().int().min(1).max(100_000).optional() }).strict(), reportSchema.nullable()),
  'review.decide': method(
    true,
    z.object({ findingId: id, decision: decisionSchema, reason: z.string().trim().max(1000, { message: 'field.tooLong' }).default('') }).strict(),
    reportSchema,
  ),
  'review.conclude': method(
    true,
    z.object({ reportId: id, conclusion: conclusionSchema, comment: z.string().trim().max(2000, { message: 'field.tooLong' }).default('') }).strict(),
    reportSchema,
  ),
  /** The printable report (the bureau's layout) as PDF: findings table, decisions, signatures block. */
  'review.pdf': method(
    true,
    z.object({ reportId: id, language: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    z.object({ fileName: z.string(), contentBase64: z.string() }),
  ),
};

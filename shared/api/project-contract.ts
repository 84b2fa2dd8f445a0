import { z } from 'zod';
import { importReportSchema } from '../directory/import-report';
import { pageSchema, tableQuerySchema } from '../model/table-query';
import { projectInputSchema, projectRowSchema, projectViewSchema } from '../project/project';
import { attachmentKindSchema } from '../project/vocab';
import { projectActionSchema } from '../project/workflow';
import { method } from './method-spec';

const id = z.string().min(1).max(64);
const fileOut = z.object({ fileName: z.string(), contentBase64: z.string() });
const base64 = (max: number) => z.string().min(1).max(max).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'field.invalid' });
const issueSchema = z.object({
  path: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  severity: z.enum(['error', 'warning']),
});
const configSchema = z.object({ filingThreshold: z.number().min(0).max(10_000_000) });

/** Largest attachment accepted (a feasibility study with drawings), before base64. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Information projects (issue 4): register, workflow, acceptance gate, attachments, import/export. */
export const projectContract = {
  /** Filters: department, type, year, status, budgetMin, budgetMax (万元), queue ('1': what the caller may act on), mine ('1'). */
  'projects.list': method(true, tableQuerySchema.strict(), pageSchema(projectRowSchema)),
  /** `ref` is a project id or its code (项目编号). */
  'projects.get': method(true, z.object({ ref: id }).strict(), projectViewSchema),
  'projects.check': method(true, z.object({ id: id.nullable().default(null), input: projectInputSchema }).strict(), z.object({ issues: z.array(issueSchema) })),
  'projects.create': method(true, projectInputSchema, projectViewSchema),
  'projects.update': method(true, z.object({ id, input: projectInputSchema }).strict(), projectViewSchema),
  'projects.transition': method(
    true,
    z.object({ id, action: projectActionSchema, comment: z.string().trim().max(1000, { message: 'field.tooLong' }).default('') }).strict(),
    projectViewSchema,
  ),
  /** An auditor lets a promised resource pass the acceptance gate without being met, with a reason. */
  'projects.except': method(
    true,
    z.object({ id, provideId: id, reason: z.string().trim().min(4, { message: 'proj.rule.reasonTooShort' }).max(1000, { message: 'field.tooLong' }) }).strict(),
    projectViewSchema,
  ),
  'projects.attach': method(
    true,
    z
      .object({
        projectId: id,
        kind: attachmentKindSchema,
        fileName: z.string().trim().min(1).max(255),
        contentBase64: base64(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4),
      })
      .strict(),
    projectViewSchema,
  ),
  'projects.attachment': method(true, z.object({ id }).strict(), fileOut),
  'projects.config': method(true, z.object({}).strict(), configSchema),
  'projects.setConfig': method(true, configSchema.strict(), configSchema),
  'projects.import': method(
    true,
    z.object({ fileName: z.string().min(1).max(255), contentBase64: base64(90_000_000), dryRun: z.boolean().default(false), taskId: id.optional() }).strict(),
    importReportSchema,
  ),
  'projects.export': method(
    true,
    z
      .object({
        format: z.enum(['xlsx', 'csv']),
        filters: z.record(z.string().max(64), z.string().max(200)).default({}),
        search: z.string().max(200).default(''),
        taskId: id.optional(),
      })
      .strict(),
    fileOut.extend({ count: z.number().int() }),
  ),
  'projects.template': method(true, z.object({}).strict(), fileOut),
};

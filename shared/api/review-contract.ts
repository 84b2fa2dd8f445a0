import { z } from 'zod';
import { citywideViewSchema, clusterPageSchema, hotspotPageSchema, pairPageSchema, scanSummarySchema } from '../review/citywide';
import { conclusionSchema, decisionSchema, reportSchema } from '../review/report';
import { tableQuerySchema } from '../model/table-query';
import { method } from './method-spec';
import { dictionarySchema } from '../review/dictionary';

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
  /** City-wide scan of every project (bureau staff, auditors): clusters of duplicates; progress events carry `taskId`. */
  'review.scan': method(true, z.object({ taskId: id.optional() }).strict(), scanSummarySchema),
  /** The last scan's duplicate clusters (sort: size, departments, topScore; filter: label; search: project name or code). */
  'review.clusters': method(true, tableQuerySchema.strict(), clusterPageSchema),
  /** The last scan's related pairs (sort: score, label; filter: label; search: project name or code). */
  'review.pairs': method(true, tableQuerySchema.strict(), pairPageSchema),
  /** 多头采集: data elements collected by two or more departments (sort: departments, resources, projects, element; filter: department, kind key/generic; search: names, departments). */
  'review.hotspots': method(true, tableQuerySchema.strict(), hotspotPageSchema),
  /** The clusters or the hotspots as a file, filtered and searched as on screen. */
  'review.exportCitywide': method(
    true,
    z
      .object({
        view: citywideViewSchema,
        format: z.enum(['xlsx', 'csv']),
        filters: z.record(z.string().max(64), z.string().max(200)).default({}),
        search: z.string().max(200).default(''),
      })
      .strict(),
    z.object({ fileName: z.string(), contentBase64: z.string(), count: z.number().int() }),
  ),
  /** The bureau's matching dictionary (审查词典): elements with synonyms, and look-alikes that differ. */
  'review.dictionary': method(true, z.object({}).strict(), dictionarySchema.extend({ edited: z.boolean() })),
  'review.setDictionary': method(true, dictionarySchema, dictionarySchema.extend({ edited: z.boolean() })),
};

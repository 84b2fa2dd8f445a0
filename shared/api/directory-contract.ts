import { z } from 'zod';
import { accessApplySchema, accessDecideSchema, accessRequestSchema, notificationSchema } from '../directory/access';
import { classificationInputSchema, classificationSchema, dataElementInputSchema, dataElementSchema } from '../directory/catalog-models';
import { resourceInputSchema, resourceRowSchema, resourceViewSchema } from '../directory/resource';
import { importReportSchema } from '../directory/import-report';
import { pageSchema, tableQuerySchema } from '../model/table-query';
import { idInput, method } from './method-spec';

const empty = z.object({}).strict();
const issueSchema = z.object({ path: z.string(), key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
const fileOut = z.object({ fileName: z.string(), contentBase64: z.string() });
const facetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const FACET_DIMENSIONS = ['provider', 'classKind', 'format', 'shareType', 'openType', 'updateCycle', 'status'] as const;

/** Calls whose input may exceed the HTTP host's default body limit (a spreadsheet upload). */
export const LARGE_INPUT_METHODS: readonly string[] = ['directory.import', 'projects.import', 'projects.attach'];

/** The resource directory's calls (issue 3): catalog, negative-list views, lifecycle, access requests. */
export const directoryContract = {
  'classifications.list': method(true, empty, z.array(classificationSchema)),
  'classifications.create': method(true, classificationInputSchema, classificationSchema),
  'elements.list': method(true, tableQuerySchema.strict(), pageSchema(dataElementSchema)),
  'elements.create': method(true, dataElementInputSchema, dataElementSchema),
  'elements.update': method(true, z.object({ id: z.string().min(1).max(64), patch: dataElementInputSchema.partial().strict() }).strict(), dataElementSchema),
  'directory.list': method(true, tableQuerySchema.strict(), pageSchema(resourceRowSchema)),
  'directory.facets': method(
    true,
    z.object({ filters: z.record(z.string().max(64), z.string().max(200)).default({}), search: z.string().max(200).default('') }).strict(),
    z.record(z.enum(FACET_DIMENSIONS), facetSchema),
  ),
  /** `ref` is a resource id or its code (信息资源代码). */
  'directory.get': method(true, z.object({ ref: z.string().min(1).max(64) }).strict(), resourceViewSchema),
  'directory.check': method(true, z.object({ id: z.string().min(1).max(64).nullable().default(null), input: resourceInputSchema }).strict(), z.object({ issues: z.array(issueSchema) })),
  'directory.create': method(true, resourceInputSchema, resourceViewSchema),
  'directory.update': method(true, z.object({ id: z.string().min(1).max(64), input: resourceInputSchema }).strict(), resourceViewSchema),
  'directory.transition': method(
    true,
    z
      .object({
        id: z.string().min(1).max(64),
        action: z.enum(['submit', 'publish', 'return', 'retire']),
        comment: z.string().trim().max(1000, { message: 'field.tooLong' }).default(''),
      })
      .strict(),
    resourceViewSchema,
  ),
  'access.apply': method(true, accessApplySchema, accessRequestSchema),
  'access.decide': method(true, accessDecideSchema, accessRequestSchema),
  'access.mine': method(true, tableQuerySchema.strict(), pageSchema(accessRequestSchema)),
  'access.incoming': method(true, tableQuerySchema.strict(), pageSchema(accessRequestSchema)),
  'notifications.list': method(true, empty, z.object({ items: z.array(notificationSchema), unread: z.number().int() })),
  'directory.import': method(
    true,
    z
      .object({
        fileName: z.string().min(1).max(255),
        contentBase64: z.string().min(1).max(90_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'field.invalid' }),
        dryRun: z.boolean().default(false),
        taskId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    importReportSchema,
  ),
  'directory.cancelTask': method(true, z.object({ taskId: z.string().min(1).max(64) }).strict(), z.object({ cancelled: z.boolean() })),
  'directory.export': method(
    true,
    z
      .object({
        format: z.enum(['xlsx', 'csv', 'dcat']),
        filters: z.record(z.string().max(64), z.string().max(200)).default({}),
        search: z.string().max(200).default(''),
        taskId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    fileOut.extend({ count: z.number().int() }),
  ),
  'directory.template': method(true, empty, fileOut),
  'notifications.markRead': method(true, z.object({ ids: z.array(z.string().min(1).max(64)).max(500) }).strict(), z.object({})),
};

export { idInput };

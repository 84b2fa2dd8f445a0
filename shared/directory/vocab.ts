import { z } from 'zod';

/**
 * The national catalog guide's vocabularies (《政务信息资源目录编制指南（试行）》), stored as
 * stable English ids; the Chinese labels live in the i18n tables under `dir.*`.
 */
export const FORMATS = ['file', 'spreadsheet', 'database', 'image', 'media', 'self-describing', 'service'] as const;
export const SHARE_TYPES = ['unconditional', 'conditional', 'none'] as const;
export const SHARE_METHODS = ['database', 'file', 'api'] as const;
export const OPEN_TYPES = ['open', 'conditional', 'closed'] as const;
export const UPDATE_CYCLES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const RESOURCE_STATUSES = ['draft', 'pending', 'published', 'returned', 'retired'] as const;
export const DATA_TYPES = ['string', 'number', 'date', 'enum', 'geo', 'binary'] as const;
/** 类: 1 基础, 2 主题, 3 部门. */
export const CLASS_KINDS = ['base', 'theme', 'dept'] as const;

export const formatSchema = z.enum(FORMATS);
export const shareTypeSchema = z.enum(SHARE_TYPES);
export const shareMethodSchema = z.enum(SHARE_METHODS);
export const openTypeSchema = z.enum(OPEN_TYPES);
export const updateCycleSchema = z.enum(UPDATE_CYCLES);
export const resourceStatusSchema = z.enum(RESOURCE_STATUSES);
export const dataTypeSchema = z.enum(DATA_TYPES);
export const classKindSchema = z.enum(CLASS_KINDS);

export type Format = z.infer<typeof formatSchema>;
export type ShareType = z.infer<typeof shareTypeSchema>;
export type ShareMethod = z.infer<typeof shareMethodSchema>;
export type OpenType = z.infer<typeof openTypeSchema>;
export type UpdateCycle = z.infer<typeof updateCycleSchema>;
export type ResourceStatus = z.infer<typeof resourceStatusSchema>;
export type DataType = z.infer<typeof dataTypeSchema>;
export type ClassKind = z.infer<typeof classKindSchema>;

/**
 * Which share methods fit a format (a reviewers' rule of the guide): files are downloaded,
 * databases are shared as a database or through an interface, a service only as an interface.
 */
export const METHODS_FOR_FORMAT: Record<Format, readonly ShareMethod[]> = {
  file: ['file'],
  spreadsheet: ['file'],
  image: ['file'],
  media: ['file', 'api'],
  'self-describing': ['file', 'api'],
  database: ['database', 'api'],
  service: ['api'],
};

/** Days after which a resource of each update cycle is overdue (used by the dashboard later). */
export const CYCLE_DAYS: Record<UpdateCycle, number> = { realtime: 1, daily: 1, weekly: 7, monthly: 31, quarterly: 92, yearly: 366 };

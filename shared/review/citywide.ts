import { z } from 'zod';
import { pageSchema } from '../model/table-query';
import { projectStatusSchema } from '../project/workflow';

/**
 * The city-wide views of the duplicate-construction review (issue 5 §3): the scan of every
 * project that clusters duplicates (全市扫描), and the 多头采集 list of data elements collected
 * by two or more departments.
 */

/** A project as the city-wide views name it (a link to the project page). */
export const projectRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  departmentName: z.string(),
  status: projectStatusSchema,
  year: z.number().int(),
});
export type ProjectRef = z.infer<typeof projectRefSchema>;

export const SCAN_PAIR_LABELS = ['duplicate', 'overlap', 'upgrade'] as const;
export const scanPairLabelSchema = z.enum(SCAN_PAIR_LABELS);

/** What the last scan was: when, how long, how much it found; `stale` once projects changed since. */
export const scanSummarySchema = z.object({
  ranAt: z.string(),
  ms: z.number().int(),
  projects: z.number().int(),
  clusters: z.number().int(),
  pairs: z.number().int(),
});
export type ScanSummary = z.infer<typeof scanSummarySchema>;

/** A cluster of duplicate construction: projects connected by duplicate pairs. */
export const clusterRowSchema = z.object({
  /** stable while the cluster's members are (its smallest project id) */
  id: z.string(),
  size: z.number().int(),
  projects: z.array(projectRefSchema),
  /** how many departments the projects belong to */
  departments: z.number().int(),
  /** the strongest pair inside the cluster */
  topLabel: scanPairLabelSchema,
  topScore: z.number(),
});
export type ClusterRow = z.infer<typeof clusterRowSchema>;

export const pairRowSchema = z.object({
  id: z.string(),
  a: projectRefSchema,
  b: projectRefSchema,
  label: scanPairLabelSchema,
  score: z.number(),
});
export type PairRow = z.infer<typeof pairRowSchema>;

/** A scan page also says which scan it shows (null before the first scan), and whether data changed since. */
const scanState = { scan: scanSummarySchema.extend({ stale: z.boolean() }).nullable() };
export const clusterPageSchema = pageSchema(clusterRowSchema).extend(scanState);
export const pairPageSchema = pageSchema(pairRowSchema).extend(scanState);

/** A directory resource that holds an element (shown only when the viewer may see its data items). */
export const hotspotResourceSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), department: z.string() });

/** One data element collected by two or more departments (多头采集). */
export const hotspotRowSchema = z.object({
  /** the element's key (canonical form) */
  id: z.string(),
  /** a representative name: the dictionary's, else the variant used most */
  element: z.string(),
  /** the names it is collected under (those the viewer may see) */
  names: z.array(z.string()),
  /** departments that collect it: providers of published resources and departments of compared projects */
  departments: z.number().int(),
  departmentNames: z.array(z.string()),
  /** published resources holding it (all of them) */
  resourceCount: z.number().int(),
  /** those the viewer may see, at most HOTSPOT_RESOURCES_SHOWN */
  resources: z.array(hotspotResourceSchema),
  /** compared projects collecting it */
  projects: z.number().int(),
  /** a field every register has (备注, 联系电话, 登记日期 …) rather than a key element (公民身份号码 …) */
  generic: z.boolean(),
});
export type HotspotRow = z.infer<typeof hotspotRowSchema>;
export const hotspotPageSchema = pageSchema(hotspotRowSchema);

/** The hotspot filter `kind`: key elements only, or the generic fields only. */
export const HOTSPOT_KINDS = ['key', 'generic'] as const;

/** Resources a hotspot row lists (the count says how many hold the element). */
export const HOTSPOT_RESOURCES_SHOWN = 50;

export const CITYWIDE_VIEWS = ['clusters', 'hotspots'] as const;
export const citywideViewSchema = z.enum(CITYWIDE_VIEWS);
export type CitywideView = z.infer<typeof citywideViewSchema>;

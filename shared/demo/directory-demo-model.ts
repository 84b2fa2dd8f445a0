import type { DataItemInput, ResourceInput } from '../directory/resource';
import type { DataType, Format, OpenType, ShareMethod, UpdateCycle } from '../directory/vocab';

/**
 * A small, hand-checked demo directory for the console (modelled on the catalogs of 中山市
 * departments): 60 entries across bureaus and town offices, each a ResourceInput with the provider
 * named by its demo department code (shared/demo/zhongshan.ts) and the status the demo loader
 * should leave it in. Classification codes are 项-level codes of the default trees (101 人口 …,
 * 201 证照 …, 3xx the department), so they exist as soon as the defaults are seeded.
 *
 * The first entries are the ones the walkthrough needs: a 公安局 不予共享 / 不开放 entry with data
 * items, a 市场监管局 无条件共享 / 开放 entry, and 有条件共享 entries with their conditions.
 * Data items are not linked to data elements (elementId null): element ids only exist once the
 * dictionary is seeded; the same names (公民身份号码, 身份证号码, 统一社会信用代码 …) recur across
 * departments on purpose — that is the 多头采集 the duplicate review looks for.
 */
export interface DemoResource extends Omit<ResourceInput, 'providerDeptId'> {
  providerDeptCode: string;
  status: 'published' | 'draft';
}

export type Share = 'U' | readonly ['C', string] | readonly ['N', string];
export type Open = OpenType | readonly ['conditional', string];

export interface Row {
  dept: string;
  cls: string;
  name: string;
  summary: string;
  format: Format;
  method: ShareMethod | null;
  share: Share;
  open: Open;
  cycle: UpdateCycle;
  items: string;
  system?: string;
  draft?: boolean;
}

const TYPES: Record<string, DataType> = { s: 'string', n: 'number', d: 'date', e: 'enum', g: 'geo', b: 'binary' };

/** `名称:s18 性别:e1 …` → data items (s string, n number, d date, e enum, g geo, b binary; then the length). */
export function items(spec: string): DataItemInput[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const m = /^(.+):([sndegb])(\d+)$/.exec(token);
      if (!m) throw new Error(`bad demo item: ${token}`);
      return { name: m[1]!, dataType: TYPES[m[2]!]!, length: Number(m[3]), description: '', elementId: null };
    });
}

export function toResource(row: Row): DemoResource {
  const share = row.share;
  const shareType = share === 'U' ? 'unconditional' : share[0] === 'C' ? 'conditional' : 'none';
  const openType: OpenType = typeof row.open === 'string' ? row.open : 'conditional';
  return {
    providerDeptCode: row.dept,
    status: row.draft ? 'draft' : 'published',
    name: row.name,
    classCode: row.cls,
    summary: row.summary,
    format: row.format,
    shareType,
    shareCondition: share === 'U' ? '' : share[1],
    shareMethod: row.method,
    openType,
    openCondition: typeof row.open === 'string' ? '' : row.open[1],
    updateCycle: row.cycle,
    relatedCodes: [],
    sourceSystem: row.system ?? '',
    extra: {},
    items: items(row.items),
  };
}


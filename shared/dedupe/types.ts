/**
 * The engine's input types are exactly the dedupe-dev JSON format (see bench/data/dedupe-dev/README.md),
 * so any labelled folder in that format can be read as is; the product adapts its own project and
 * directory records to these shapes rather than the engine knowing the product's schema.
 */
export interface DataItem {
  name: string;
  /** string | number | date | enum | geo | binary */
  type: string;
  /** characters, code width, digits, format width or bytes, depending on `type` */
  length: number;
}

export interface SystemSpec {
  name: string;
  functions: string[];
}

export interface Project {
  id: string;
  name: string;
  /** full official department name; the engine compares departments by this string */
  department: string;
  year: number;
  budgetWan: number;
  /** 建设内容 */
  description: string;
  systems: SystemSpec[];
  /** items the project will collect */
  dataItems: DataItem[];
  /** directory resource codes it will call (共享调用) instead of collecting */
  consumes: string[];
}

export interface Resource {
  code: string;
  name: string;
  department: string;
  /** 基础库/…, 主题库/… or 部门库 */
  category: string;
  summary: string;
  /** 无条件共享 | 有条件共享 | 不予共享 */
  shareType: string;
  openType: string;
  dataItems: DataItem[];
}

export type PairLabel = 'duplicate' | 'upgrade' | 'overlap' | 'distinct';
export const PAIR_LABELS: readonly PairLabel[] = ['duplicate', 'upgrade', 'overlap', 'distinct'];

/** labels.json of a labelled folder. */
export interface DedupeLabels {
  projectPairs: { a: string; b: string; label: PairLabel; note?: string }[];
  recollection: { project: string; dataItem: string; resource: string; resourceDataItem: string }[];
  dataItemSynonyms: string[][];
  dataItemNonSynonyms: [string, string][];
}

/** A labelled folder, parsed. */
export interface DedupeDataset {
  projects: Project[];
  resources: Resource[];
  labels: DedupeLabels;
}

import type { DataItemInput } from '../../directory/resource';
import type { Format, OpenType, ShareType, UpdateCycle } from '../../directory/vocab';
import type { FundingSource, ProjectType } from '../../project/vocab';
import type { ProjectStatus } from '../../project/workflow';
import type { DirectorySample } from './projects-sample';
import type { GeneratedEvent } from './projects-workflow';
import type { DeptProfile } from './subjects';
import type { GeneratedDepartment } from './types';

/** What the project generator produces (shared/demo/generator/projects.ts). */
export interface GeneratedProjectItem extends DataItemInput {
  id: string;
  /** The other department's entry this item was copied from (it already holds the data), if any. */
  heldBy: string | null;
}

export interface GeneratedPromise {
  id: string;
  /** An entry of the department already in the directory, or null for a new draft (`draft`). */
  resourceId: string | null;
  shareType: ShareType;
  /** A new entry, registered as a draft of the department under `draftId`. */
  draft: { name: string; classCode: string; summary: string; format: Format; shareMethod: null; openType: OpenType; updateCycle: UpdateCycle } | null;
  draftId: string | null;
  /** Met at generation time: an existing published entry with the promised share type. */
  met: boolean;
  exception: { reason: string; at: string } | null;
}

export interface GeneratedProject {
  id: string;
  /** XM + year + number in the year, as the service allocates them. */
  code: string;
  name: string;
  departmentCode: string;
  type: ProjectType;
  year: number;
  budget: number;
  fundingSource: FundingSource;
  content: string;
  status: ProjectStatus;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** `rebuilds`: the earlier project that already built a system of this name (重复建设), if any. */
  systems: { id: string; name: string; functions: string[]; rebuilds: string | null }[];
  items: GeneratedProjectItem[];
  consumes: { id: string; resourceId: string; purpose: string }[];
  provides: GeneratedPromise[];
  events: GeneratedEvent[];
}

/** A department as the project generator sees it (names it has used, systems it has built). */
export interface Model {
  dept: GeneratedDepartment;
  profile: DeptProfile;
  short: string;
  isTown: boolean;
  names: Set<string>;
  built: string[];
}

/** What projects share while they are generated: the directory sample and what earlier projects built. */
export interface World {
  sample: DirectorySample;
  deptCodes: readonly string[];
  elementIds: ReadonlyMap<string, string>;
  sequences: Map<number, number>;
  /** Systems earlier projects built new (not the departments' established ones): what others may re-build. */
  systems: { projectId: string; deptCode: string; short: string; name: string }[];
}


import type { DataItemInput, ResourceInput } from '../../directory/resource';
import type { ClassKind, DataType, ResourceStatus } from '../../directory/vocab';
import type { DepartmentLevel } from '../../model/department';
import type { SizeName } from './directory';

/** What the generator produces (shared/demo/generator/directory.ts). */
export interface GenerateOptions {
  size: SizeName | number;
  seed?: number;
}

export interface GeneratedDepartment {
  code: string;
  name: string;
  level: DepartmentLevel;
  /** Its 部门类 项 code: 3 + two digits in demo order (301 … 366). */
  classCode: string;
}

export interface GeneratedClassification {
  code: string;
  name: string;
  parentCode: string | null;
  kind: ClassKind;
}

export interface GeneratedElement {
  id: string;
  identifier: string;
  name: string;
  definition: string;
  dataType: DataType;
  format: string;
  synonyms: string[];
}

export interface GeneratedItem extends DataItemInput {
  id: string;
}

/**
 * A resource as a department would enter it (ResourceInput with the provider named by its
 * department code), plus what the store adds: id, code, status and timestamps.
 */
export interface GeneratedResource extends Omit<ResourceInput, 'providerDeptId' | 'items'> {
  id: string;
  code: string;
  providerDeptCode: string;
  status: ResourceStatus;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  items: GeneratedItem[];
}

export interface GeneratedDirectory {
  size: number;
  seed: number;
  departments: readonly GeneratedDepartment[];
  classifications: readonly GeneratedClassification[];
  elements: readonly GeneratedElement[];
  /** A fresh pass over the resources, in order (each call starts again and yields the same). */
  resources(): Generator<GeneratedResource>;
}


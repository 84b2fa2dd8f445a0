import { z } from 'zod';

/** 市直 municipal, 镇街 town/sub-district, 村居 village/community. */
export const DEPARTMENT_LEVELS = ['city', 'town', 'village'] as const;
export const departmentLevelSchema = z.enum(DEPARTMENT_LEVELS);
export type DepartmentLevel = z.infer<typeof departmentLevelSchema>;

/** Department codes are short identifiers the bureau assigns (e.g. 统一社会信用代码 or an internal code). */
export const departmentCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{1,31}$/, { message: 'department.code.format' });

export const departmentNameSchema = z.string().trim().min(2, { message: 'field.tooShort' }).max(60, { message: 'field.tooLong' });

export const departmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: departmentLevelSchema,
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;

export const departmentInputSchema = z.object({
  code: departmentCodeSchema,
  name: departmentNameSchema,
  level: departmentLevelSchema,
  parentId: z.string().min(1).max(64).nullable().default(null),
});
export type DepartmentInput = z.infer<typeof departmentInputSchema>;

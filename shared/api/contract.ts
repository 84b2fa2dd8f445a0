import { z } from 'zod';
import type { MethodName } from './method-names';
import { idInput, method, type MethodSpec } from './method-spec';
import { departmentInputSchema, departmentLevelSchema, departmentSchema } from '../model/department';
import { displayNameSchema, passwordSchema, userInputSchema, userSchema, usernameSchema } from '../model/user';
import { roleSchema } from '../model/roles';
import { pageSchema, tableQuerySchema } from '../model/table-query';
import { languageSchema } from '../i18n/languages';
import { directoryContract } from './directory-contract';
import { projectContract } from './project-contract';
import { reviewContract } from './review-contract';

/**
 * The one API contract (DESIGN.md §2). Each call: its input schema (validated at every
 * boundary, always) and its result schema (the type the renderer gets). `session: false` marks
 * the few calls that work before sign-in; every other call needs a session, and each service
 * checks roles and departments itself.
 */
const empty = z.object({}).strict();
const sessionResult = z.object({ session: z.string(), user: userSchema });

export const systemInfoSchema = z.object({
  product: z.string(),
  version: z.string(),
  mode: z.enum(['desktop', 'browser', 'cli']),
  dataDir: z.string(),
  storeWarnings: z.array(z.object({ key: z.string(), detail: z.string() })),
});
export const departmentOptionSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), level: departmentLevelSchema });

export const contract = {
  'system.info': method(true, empty, systemInfoSchema),
  'auth.status': method(false, empty, z.object({ needsSetup: z.boolean(), hasDemoData: z.boolean() })),
  'auth.setup': method(
    false,
    z.object({ username: usernameSchema, displayName: displayNameSchema, password: passwordSchema }).strict(),
    sessionResult,
  ),
  'auth.login': method(
    false,
    z.object({ username: z.string().trim().min(1, { message: 'field.required' }).max(64), password: z.string().min(1, { message: 'field.required' }).max(128) }).strict(),
    sessionResult,
  ),
  'auth.logout': method(true, empty, z.object({})),
  'auth.me': method(true, empty, userSchema),
  'settings.get': method(false, empty, z.object({ language: languageSchema })),
  'settings.setLanguage': method(false, z.object({ language: languageSchema }).strict(), z.object({ language: languageSchema })),
  'departments.list': method(true, tableQuerySchema.strict(), pageSchema(departmentSchema)),
  'departments.options': method(true, empty, z.array(departmentOptionSchema)),
  'departments.get': method(true, idInput, departmentSchema),
  'departments.create': method(true, departmentInputSchema.strict(), departmentSchema),
  'departments.update': method(
    true,
    z.object({ id: z.string().min(1).max(64), patch: departmentInputSchema.partial().strict() }).strict(),
    departmentSchema,
  ),
  'users.list': method(true, tableQuerySchema.strict(), pageSchema(userSchema)),
  'users.create': method(true, userInputSchema.strict(), userSchema),
  'users.update': method(
    true,
    z
      .object({
        id: z.string().min(1).max(64),
        patch: z
          .object({
            displayName: displayNameSchema,
            role: roleSchema,
            departmentId: z.string().min(1).max(64).nullable(),
            active: z.boolean(),
          })
          .partial()
          .strict(),
      })
      .strict(),
    userSchema,
  ),
  'users.setPassword': method(
    true,
    z.object({ id: z.string().min(1).max(64), password: passwordSchema, currentPassword: z.string().min(1).max(128).optional() }).strict(),
    z.object({}),
  ),
  'demo.load': method(true, empty, z.object({ departments: z.number().int(), users: z.number().int(), resources: z.number().int(), projects: z.number().int() })),
  ...directoryContract,
  ...projectContract,
  ...reviewContract,
} satisfies Record<MethodName, MethodSpec<z.ZodTypeAny, z.ZodTypeAny>>;

export type Contract = typeof contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Result<K extends MethodName> = z.output<Contract[K]['result']>;
export type { MethodName };

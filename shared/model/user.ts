import { z } from 'zod';
import { roleSchema } from './roles';

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, { message: 'user.username.format' });

/** At least 8 characters; the bureau's password policy. Max bounds scrypt work on hostile input. */
export const passwordSchema = z.string().min(8, { message: 'user.password.tooShort' }).max(128, { message: 'field.tooLong' });

export const displayNameSchema = z.string().trim().min(1, { message: 'field.required' }).max(40, { message: 'field.tooLong' });

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userInputSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: roleSchema,
  departmentId: z.string().min(1).max(64).nullable().default(null),
});
export type UserInput = z.infer<typeof userInputSchema>;

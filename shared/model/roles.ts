import { z } from 'zod';

/** The five roles of DESIGN.md §1; every service call checks one of these. */
export const ROLES = ['admin', 'bureau', 'registrant', 'auditor', 'inspector'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

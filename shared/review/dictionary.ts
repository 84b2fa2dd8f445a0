import { z } from 'zod';

const name = z.string().trim().min(1, { message: 'field.required' }).max(60, { message: 'field.tooLong' });

/**
 * The bureau's matching dictionary (审查词典): data elements with their synonyms and kind, and
 * look-alike names that are different elements. Whether 联系电话 and 手机号码 are one element is
 * a judgement: it lives here as data the bureau edits, not as a rule in the engine.
 */
export const ELEMENT_KINDS = ['identifier', 'registry', 'dependent', 'generic'] as const;
export const elementDefSchema = z
  .object({
    name,
    kind: z.enum(ELEMENT_KINDS),
    synonyms: z.array(name).max(50).default([]),
    ownerHint: z.string().trim().max(60).optional(),
    requires: z.string().trim().max(60).optional(),
  })
  .strict();
export type ElementDefInput = z.infer<typeof elementDefSchema>;

export const dictionarySchema = z
  .object({
    elements: z.array(elementDefSchema).max(2000),
    nonSynonyms: z.array(z.tuple([name, name])).max(2000),
  })
  .strict();
export type Dictionary = z.infer<typeof dictionarySchema>;

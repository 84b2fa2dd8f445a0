import { z } from 'zod';

/** Project vocabularies as stable English ids; Chinese labels live in i18n under `proj.*`. */
export const PROJECT_TYPES = ['new', 'upgrade', 'operation'] as const; // 新建 / 升级改造 / 运维
export const FUNDING_SOURCES = ['fiscal', 'special', 'self', 'other'] as const; // 财政资金 / 专项资金 / 自筹资金 / 其他
export const ATTACHMENT_KINDS = ['feasibility', 'design', 'budget', 'acceptance', 'other'] as const;

export const projectTypeSchema = z.enum(PROJECT_TYPES);
export const fundingSourceSchema = z.enum(FUNDING_SOURCES);
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);

export type ProjectType = z.infer<typeof projectTypeSchema>;
export type FundingSource = z.infer<typeof fundingSourceSchema>;
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;

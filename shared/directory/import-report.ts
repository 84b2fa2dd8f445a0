import { z } from 'zod';

/**
 * What an import tells a person: every problem by sheet, row (1-based, as the spreadsheet
 * program shows it: the header is row 1) and column (the header text), as a message key with
 * parameters, so the console and the CLI translate it. Shared by the contract and the console.
 */
export const importErrorSchema = z.object({
  sheet: z.string(),
  /** 0 for a problem with the file as a whole. */
  row: z.number().int().min(0),
  /** The column's header; '' when the problem is the whole row or file. */
  column: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importReportSchema = z.object({
  /** Resources found in the file. */
  total: z.number().int(),
  /** Resources written: `total` when the import committed, 0 otherwise. */
  imported: z.number().int(),
  /** Data items found in the file. */
  items: z.number().int(),
  dryRun: z.boolean(),
  /** The caller cancelled before anything was written. */
  aborted: z.boolean(),
  /** How many problems there are (the list may be cut at MAX_REPORTED_ERRORS). */
  errorCount: z.number().int(),
  errors: z.array(importErrorSchema),
  /** The codes allocated to the new entries, in file order. */
  codes: z.array(z.string()),
  /** The file's text encoding, for CSV (utf-8 or gb18030). */
  encoding: z.string().nullable(),
  ms: z.number(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

import type { ImportError } from '../../../../shared/directory/import-report';

export { importErrorSchema, importReportSchema, type ImportError, type ImportReport } from '../../../../shared/directory/import-report';

/** A report lists at most this many problems (a person fixes the first ones and imports again). */
export const MAX_REPORTED_ERRORS = 1000;

/** Collects problems; stops storing (but keeps counting) past the cap. */
export class ErrorList {
  readonly list: ImportError[] = [];
  count = 0;

  add(sheet: string, row: number, column: string, key: string, params: Record<string, string | number> = {}): void {
    this.count++;
    if (this.list.length < MAX_REPORTED_ERRORS) this.list.push({ sheet, row, column, key, params });
  }
}

/** A file the import cannot read at all (not .xlsx/.csv, damaged, too large): no row to point at. */
export class FileProblem extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

import { ApiError } from '../../../../shared/api/errors';
import type { ImportReport } from '../../../../shared/directory/import-report';
import type { Ctx } from '../../context';

export interface ProjectImportOptions {
  fileName: string;
  bytes: Uint8Array;
  dryRun?: boolean;
  signal?: AbortSignal;
  taskId?: string;
}

// Placeholder until the declaration-sheet import lands (issue 4, in progress).
export async function importProjects(_ctx: Ctx, _opts: ProjectImportOptions): Promise<ImportReport> {
  throw new ApiError('INTERNAL');
}

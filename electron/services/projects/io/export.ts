import { ApiError } from '../../../../shared/api/errors';
import type { Ctx } from '../../context';

// Placeholder until the register export lands (issue 4, in progress).
export async function exportProjects(_ctx: Ctx, _q: { format: 'xlsx' | 'csv'; filters: Record<string, string>; search: string; taskId?: string }): Promise<{ fileName: string; bytes: Buffer; count: number }> {
  throw new ApiError('INTERNAL');
}

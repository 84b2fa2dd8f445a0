import { ApiError } from '../../../shared/api/errors';
import type { Ctx } from '../context';

// Placeholder until the printable report lands (issue 5, in progress).
export async function reportPdf(_ctx: Ctx, _reportId: string, _language: 'zh-CN' | 'en'): Promise<{ fileName: string; bytes: Buffer }> {
  throw new ApiError('INTERNAL');
}

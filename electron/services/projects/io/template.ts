import { ApiError } from '../../../../shared/api/errors';

// Placeholder until the declaration template lands (issue 4, in progress).
export async function projectTemplate(): Promise<{ fileName: string; bytes: Buffer }> {
  throw new ApiError('INTERNAL');
}

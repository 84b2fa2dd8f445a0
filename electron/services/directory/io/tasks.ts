import { ApiError } from '../../../../shared/api/errors';
import { callerUserId, type Ctx } from '../../context';

/**
 * Long file jobs the console can cancel: the caller names the task (the same id its progress
 * events carry), and a second call cancels it. Only the user who started a task may cancel it.
 */
const running = new Map<string, { controller: AbortController; userId: string | null }>();

export async function runCancellable<T>(ctx: Ctx, taskId: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (running.has(taskId)) throw new ApiError('CONFLICT');
  const controller = new AbortController();
  running.set(taskId, { controller, userId: callerUserId(ctx) });
  try {
    return await fn(controller.signal);
  } finally {
    running.delete(taskId);
  }
}

export function cancelTask(ctx: Ctx, taskId: string): { cancelled: boolean } {
  const task = running.get(taskId);
  if (!task || task.userId !== callerUserId(ctx)) return { cancelled: false };
  task.controller.abort();
  return { cancelled: true };
}

import { z } from 'zod';

/** Events the main process pushes to the renderer (IPC) or the web host streams (SSE). */
export const eventSchemas = {
  progress: z.object({
    taskId: z.string(),
    /** i18n key naming the task, e.g. `progress.demo`. */
    label: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  syncStatus: z.object({
    state: z.enum(['idle', 'syncing', 'offline', 'error', 'unconfigured']),
    lastSyncAt: z.string().nullable(),
    pending: z.number().int(),
    errorKey: z.string().nullable(),
  }),
  storeWarning: z.object({ key: z.string(), detail: z.string() }),
} as const;

export type EventMap = { [K in keyof typeof eventSchemas]: z.infer<(typeof eventSchemas)[K]> };
export type EventName = keyof EventMap;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];

import { isAppUrl } from './app-origin';

/**
 * The part of Electron's `WebFrameMain` an IPC sender check needs. `event.senderFrame` is
 * structurally assignable to it, and tests pass plain objects.
 */
export interface SenderFrame {
  readonly url: string;
  /** null for a top-level frame. */
  readonly parent: object | null;
}

/**
 * IPC handlers answer only the app's own page: the sending frame must still exist, be a top-level
 * frame (not an iframe, even a same-origin one), and be on the `app://tongchou` origin.
 * (main.ts additionally checks that the sending webContents is one of its own windows.)
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

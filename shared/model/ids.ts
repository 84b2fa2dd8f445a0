/** The Web Crypto subset both Node 20 and browsers provide as a global (shared/ has no DOM types). */
declare const crypto: { randomUUID(): string };

/** Globally unique ids (UUID v4) so records made offline never collide when they sync. */
export function newId(): string {
  return crypto.randomUUID();
}

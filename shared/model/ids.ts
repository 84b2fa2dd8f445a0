/** Globally unique ids (UUID v4) so records made offline never collide when they sync. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

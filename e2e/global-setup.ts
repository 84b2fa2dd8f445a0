import { buildNode, buildRenderer } from '../scripts/build-lib.mjs';

/** Build once so every spec runs the same bundles the app ships. */
export default async function globalSetup(): Promise<void> {
  await buildNode();
  await buildRenderer();
}

export const root: string;
export function buildNode(): Promise<void>;
export function buildRenderer(): Promise<void>;
export function newestSource(dirs: string[]): number;
export function isStale(output: string, sourceDirs: string[]): boolean;
export const preloadOptions: import('esbuild').BuildOptions;

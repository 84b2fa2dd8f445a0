/** Replaced at bundle time by esbuild's `define`; falls back for tests run from source. */
declare const __TONGCHOU_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __TONGCHOU_VERSION__ === 'string' ? __TONGCHOU_VERSION__ : '0.0.0-dev';

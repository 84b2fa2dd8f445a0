/** The browser-mode host's HTTP conventions, shared by the host and the renderer's transport. */
export const TOKEN_HEADER = 'x-tongchou-token';
export const CALL_PATH = '/api/call/';
export const EVENTS_PATH = '/api/events';

const EVENT = 'tongchou:notifications-refresh';

/** Ask the notification bell to poll now (after an action that may have notified someone). */
export function refreshNotifications(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onNotificationsRefresh(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

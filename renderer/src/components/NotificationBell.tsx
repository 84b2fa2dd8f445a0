import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../shared/directory/access';
import { api } from '../api/client';
import { navigate, projectHref, resourceHref } from '../app/route';
import { formatDateTime } from '../i18n/dates';
import { onNotificationsRefresh } from './notify-refresh';

export const POLL_MS = 30_000;

/**
 * Where a notification leads: a project's news to the project, decisions to my applications,
 * requests to the ones awaiting me, the rest to the resource.
 */
export function notificationHref(n: Notification): string | null {
  if (n.key.startsWith('proj.')) return n.refId ? projectHref(n.refId) : null;
  if (n.key.endsWith('.accessRequested')) return '#/directory/access/incoming';
  if (n.key.endsWith('.accessApproved') || n.key.endsWith('.accessDenied')) return '#/directory/access';
  if (n.refId) return resourceHref(n.refId);
  return null;
}

/**
 * The bell in the sidebar: unread count, a short list, mark as read. Polls every 30 s and
 * whenever an action may have notified someone (refreshNotifications()).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const poll = useCallback(() => {
    api.call('notifications.list', {}).then(
      (r) => {
        setItems(r.items);
        setUnread(r.unread);
      },
      () => {},
    );
  }, []);
  useEffect(() => {
    poll();
    const timer = setInterval(poll, POLL_MS);
    const off = onNotificationsRefresh(poll);
    return () => {
      clearInterval(timer);
      off();
    };
  }, [poll]);
  useEffect(() => {
    if (!open) return;
    poll();
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, poll]);

  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return;
    setItems((list) => list.map((n) => (ids.includes(n.id) ? { ...n, read: true } : n)));
    setUnread((u) => Math.max(0, u - ids.length));
    try {
      await api.call('notifications.markRead', { ids });
    } finally {
      poll();
    }
  };
  const openOne = (n: Notification) => {
    if (!n.read) void markRead([n.id]);
    const href = notificationHref(n);
    setOpen(false);
    if (href) navigate(href);
  };

  return (
    <div
      ref={root}
      className="bell"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={t('ui.notifications.label', { count: unread })}
        onClick={() => setOpen((o) => !o)}
      >
        <svg className="bell-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {t('ui.notifications.title')}
        {unread > 0 && (
          <span className="bell-count" aria-hidden>
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="bell-panel" role="region" aria-label={t('ui.notifications.title')}>
          <div className="bell-head">
            <strong>{t('ui.notifications.title')}</strong>
            <button type="button" className="link" disabled={unread === 0} onClick={() => void markRead(items.filter((n) => !n.read).map((n) => n.id))}>
              {t('ui.notifications.markAll')}
            </button>
          </div>
          {items.length === 0 ? (
            <p className="muted">{t('ui.notifications.empty')}</p>
          ) : (
            <ul>
              {items.map((n) => (
                <li key={n.id}>
                  <button type="button" className={n.read ? 'note-item' : 'note-item unread'} onClick={() => openOne(n)}>
                    <span>{t(n.key, n.params)}</span>
                    <span className="muted">
                      {formatDateTime(n.createdAt)}
                      {!n.read && ` · ${t('ui.notifications.unread')}`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

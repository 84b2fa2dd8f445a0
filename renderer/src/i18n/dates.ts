import i18next from 'i18next';

/** One formatter per language and style: creating Intl formatters per table cell is slow. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const language = i18next.language || 'zh-CN';
  const key = `${language}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(style === 'dateTime' ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

function format(iso: string | null | undefined, style: 'date' | 'dateTime'): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter(style).format(d);
}

/** Dates as the user's language writes them; the wire carries ISO strings. */
export const formatDate = (iso: string | null | undefined): string => format(iso, 'date');
export const formatDateTime = (iso: string | null | undefined): string => format(iso, 'dateTime');

/** Today (local) as YYYY-MM-DD, optionally shifted by whole years. */
export function isoDay(date = new Date(), plusYears = 0): string {
  const d = new Date(date.getFullYear() + plusYears, date.getMonth(), date.getDate());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

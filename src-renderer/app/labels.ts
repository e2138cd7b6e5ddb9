/** Short, human labels for values the API returns as data. */

const KIND_LABELS: Record<string, string> = {
  'text/plain': 'Text',
  'text/markdown': 'Markdown',
  'text/html': 'HTML',
  'application/xhtml+xml': 'HTML',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/rtf': 'RTF',
  'message/rfc822': 'Email',
};

/** A media type as a short label: "PDF", "Word", "HTML"… */
export function kindLabel(mediaType: string): string {
  const base = mediaType.split(';')[0].trim().toLowerCase();
  if (KIND_LABELS[base]) return KIND_LABELS[base];
  const sub = base.split('/')[1] ?? base;
  return sub.replace(/^x-/, '').replace(/[.+-].*$/, '').toUpperCase() || 'File';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** A moment as a time when it is today, else as a date and time ("Saved 14:05"). */
export function formatMoment(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toDateString() === new Date().toDateString() ? timeFormat.format(d) : dateTimeFormat.format(d);
}

/** A full or partial date ("2024", "2024-01", "2024-01-15", or an ISO timestamp) for display. */
export function formatDate(value: string | null | undefined, withTime = false): string {
  if (!value) return '';
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const d = new Date(`${value}-01T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
  }
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(dateOnly ? `${value}T00:00:00` : value);
  if (Number.isNaN(d.getTime())) return value;
  return (withTime && !dateOnly ? dateTimeFormat : dateFormat).format(d);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** True when the user pressed the platform's command key (⌘ on macOS, Ctrl elsewhere). */
export function isModKey(event: { metaKey: boolean; ctrlKey: boolean }): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? event.metaKey : event.ctrlKey;
}

export const MOD_LABEL = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

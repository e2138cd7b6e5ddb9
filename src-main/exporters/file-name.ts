/**
 * A title made into a file name that every system accepts: no path separators, no characters
 * Windows refuses, no control characters, no leading dot, not a reserved device name, not too long.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_CHARS = 100;

export function safeFileStem(title: string, fallback: string): string {
  let stem = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[\\/|]/g, '-')
    .replace(/["*?<>]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const chars = Array.from(stem);
  if (chars.length > MAX_CHARS) stem = chars.slice(0, MAX_CHARS).join('').replace(/[\s.]+$/, '');
  if (!stem || RESERVED.test(stem)) return fallback;
  return stem;
}

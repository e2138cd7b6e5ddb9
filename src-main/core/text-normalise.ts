/**
 * Text normalisation: what the importers apply to a source's text and what a quote the analyst
 * types goes through before it is looked for. One plain space where the original had
 * non-breaking, thin or other exotic spaces, and no zero-width characters.
 */
// Every Unicode space separator but the plain space, plus tab/CR/LF/FF/VT and the line/paragraph separators.
const SPACES = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
// Zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Normalise one block's text: NFC, exotic spaces to ' ', runs collapsed, invisibles dropped, trimmed. */
export function normaliseInline(text: string): string {
  return text.normalize('NFC').replace(INVISIBLES, '').replace(SPACES, ' ').trim();
}

/** Like normaliseInline, but keeps single line breaks (for table rows and code). */
export function normaliseMultiline(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLES, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Whitespace-normalise a string the analyst typed (a quote to find), the same way as source text. */
export function normaliseQuery(text: string): string {
  return normaliseInline(text);
}

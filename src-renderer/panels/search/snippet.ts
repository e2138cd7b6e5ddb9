/**
 * Search snippets arrive with matches between "[[" and "]]". Split them into plain and matched
 * runs so React renders each as text (never as HTML). Unbalanced markers are kept as text.
 */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let at = 0;
  while (at < snippet.length) {
    const open = snippet.indexOf('[[', at);
    if (open < 0) break;
    const close = snippet.indexOf(']]', open + 2);
    if (close < 0) break;
    push(snippet.slice(at, open), false);
    push(snippet.slice(open + 2, close), true);
    at = close + 2;
  }
  push(snippet.slice(at), false);
  return parts;
}

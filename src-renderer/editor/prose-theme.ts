/**
 * The Lexical theme classes the reader and the brief editor share: paragraphs and list items are
 * named by the view (`reader-p`, `brief-li`); quotes and lists look the same in both
 * (styles/prose.css), spaced by the view's own `--prose-gap`.
 */
import type { EditorThemeClasses } from 'lexical';

export function proseTheme(view: 'reader' | 'brief'): EditorThemeClasses {
  return {
    paragraph: `${view}-p`,
    quote: 'prose-quote',
    list: { ul: 'prose-list', ol: 'prose-list', listitem: `${view}-li`, nested: { listitem: `${view}-li--nested` } },
  };
}

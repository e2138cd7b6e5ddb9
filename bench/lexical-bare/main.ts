/**
 * The benchmark's baseline: a bare Lexical editor (rich text, read-only) that is handed the
 * same blocks as the app and only creates paragraphs of plain text. No React, no marks, no API.
 */
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';

declare global {
  interface Window {
    /** Builds the document from `texts` and resolves with the milliseconds until it has been painted. */
    bareOpen(texts: string[]): Promise<number>;
    /** Makes the editor editable with `texts` as paragraphs and the cursor at the end (the typing baseline). */
    bareEdit(texts: string[]): Promise<void>;
  }
}

const editor = createEditor({ namespace: 'bare', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
const rootElement = document.getElementById('editor') as HTMLElement;
editor.setRootElement(rootElement);
registerRichText(editor);
editor.setEditable(false);

const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

window.bareOpen = async (texts) => {
  editor.update(() => $getRoot().clear(), { discrete: true });
  await afterNextPaint();
  const t0 = performance.now();
  editor.update(
    () => {
      const root = $getRoot();
      for (const text of texts) root.append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  await afterNextPaint();
  return performance.now() - t0;
};

window.bareEdit = async (texts) => {
  rootElement.contentEditable = 'true';
  editor.setEditable(true);
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const text of texts) root.append($createParagraphNode().append($createTextNode(text)));
      root.append($createParagraphNode());
      root.selectEnd();
    },
    { discrete: true },
  );
  editor.focus();
  await afterNextPaint();
};

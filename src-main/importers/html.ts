/**
 * Web pages (text/html): decode by the declared charset, parse with linkedom (no scripts run,
 * nothing fetched), strip scripts/styles/hidden nodes, let Readability find the article, and
 * walk it into blocks. Pages that are not articles keep their whole cleaned body.
 *
 * Sanitising: DOMPurify is not used. It needs a window whose document has
 * `document.implementation.createHTMLDocument`, which linkedom lacks (DOMPurify then reports
 * isSupported = false and returns its input untouched); its README supports only jsdom, which
 * would mean parsing every page a second time with a far slower DOM. It would also buy nothing
 * here: Casebook keeps no HTML, only text, so nothing can execute. The text walk in
 * html-blocks.ts is the sanitiser: it reads text nodes only, never attributes (no URLs, no
 * event handlers), and skips script, style, template, embedded documents and form widgets.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { CasebookError } from '../contract/errors';
import type { DocBlock, ImportedDocument, Importer } from './types';
import { titleFromFileName } from './normalise';
import { normaliseInline } from '../core/text-normalise';
import { decodeHtml } from './html-charset';
import { parsePage } from './html-document';
import { removeNonTextNodes } from './html-clean';
import { blocksFromDom } from './html-blocks';
import { asDir, authorsFromByline, isoDate, readPageHead, type PageHead } from './html-metadata';
import { blocksWithoutDom, MAX_PARSE_DEPTH, MAX_PARSE_ELEMENTS, measureMarkup, titleWithoutDom } from './html-size-guard';

export { detectHtmlCharset } from './html-charset';

export const NOT_AN_ARTICLE_WARNING = 'This page does not look like an article; Casebook kept its whole text.';
export const TOO_DEEP_WARNING = 'This page nests its elements too deeply to pick out the article; Casebook kept its whole text.';
export const TOO_LARGE_WARNING = 'This page is too large to pick out the article; Casebook kept its whole text, as plain paragraphs.';

/**
 * Readability on linkedom slows down sharply with nesting depth (200 levels: half a second;
 * 1,000: twenty seconds). Real pages nest 15–30 levels deep (the Readability test pages: 25 at most).
 */
const MAX_DEPTH_FOR_READABILITY = 200;

type Article = NonNullable<ReturnType<Readability<Element>['parse']>>;

/**
 * Readability's article, as a live element of the same document (no serialising and re-parsing);
 * null when it finds none, or fails on an odd page: the page's whole text is then kept.
 */
function readArticle(document: Document): Article | null {
  try {
    return new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  } catch {
    return null;
  }
}

/** The note on a page whose hidden text was left out: a reader of the page never saw it, an analyst may want to. */
export function hiddenTextWarning(passages: number): string {
  const [what, them] = passages === 1 ? ['a passage', 'it'] : [`${passages} passages`, 'them'];
  return `This page hides ${what} from its readers (by an attribute or a style); Casebook left ${them} out. The archived original keeps ${them}.`;
}

export const HIDDEN_PAGE_WARNING = 'This page’s style sheet hides most of its text until its scripts have run; Casebook kept that text.';

interface Extracted {
  head: PageHead;
  article: Article | null;
  blocks: DocBlock[];
  warnings: string[];
}

function extract(html: string): Extracted {
  const size = measureMarkup(html);
  if (size.depth > MAX_PARSE_DEPTH || size.elements > MAX_PARSE_ELEMENTS) {
    const warning = size.depth > MAX_PARSE_DEPTH ? TOO_DEEP_WARNING : TOO_LARGE_WARNING;
    return { head: { title: titleWithoutDom(html) }, article: null, blocks: blocksWithoutDom(html), warnings: [warning] };
  }
  const document = parsePage(html);
  const head = readPageHead(document);
  const { maxDepth, hiddenPassages, keptHiddenPage } = removeNonTextNodes(document);
  const { article, blocks, warning } = readBody(document, maxDepth);
  const warnings = warning ? [warning] : [];
  if (hiddenPassages > 0) warnings.push(hiddenTextWarning(hiddenPassages));
  if (keptHiddenPage) warnings.push(HIDDEN_PAGE_WARNING);
  return { head, article, blocks, warnings };
}

/** The article Readability finds, or the whole body when there is none to find. */
function readBody(document: Document, maxDepth: number): { article: Article | null; blocks: DocBlock[]; warning?: string } {
  if (maxDepth > MAX_DEPTH_FOR_READABILITY) return { article: null, blocks: blocksFromDom(document.body), warning: TOO_DEEP_WARNING };
  if (!isProbablyReaderable(document)) {
    // Walk the body before Readability rearranges it; Readability then only supplies metadata.
    const blocks = blocksFromDom(document.body);
    return { article: readArticle(document), blocks, warning: NOT_AN_ARTICLE_WARNING };
  }
  const article = readArticle(document);
  const content = article?.content;
  if (content) return { article, blocks: blocksFromDom(content) };
  return { article, blocks: blocksFromDom(document.body), warning: NOT_AN_ARTICLE_WARNING };
}

export const importHtml: Importer = async ({ bytes, fileName }) => {
  const { text } = decodeHtml(bytes);
  let extracted: Extracted;
  try {
    extracted = extract(text);
  } catch {
    throw new CasebookError(
      'DAMAGED_FILE',
      `“${fileName}” could not be read as a web page: its HTML is too damaged to make sense of. Open it in a browser, save it again and import that copy.`,
    );
  }
  const { head, article, blocks, warnings } = extracted;
  const publisher = normaliseInline(article?.siteName ?? '') || undefined;
  const doc: ImportedDocument = {
    title: normaliseInline(article?.title ?? '') || head.title || titleFromFileName(fileName),
    authors: authorsFromByline(article?.byline),
    mediaType: 'text/html',
    blocks,
    warnings,
  };
  if (publisher) doc.publisher = publisher;
  const publishedAt = isoDate(article?.publishedTime);
  if (publishedAt) doc.publishedAt = publishedAt;
  const language = normaliseInline(article?.lang ?? '') || head.lang;
  if (language) doc.language = language;
  const dir = asDir(article?.dir) ?? head.dir;
  if (dir) doc.dir = dir;
  if (head.origin) doc.origin = head.origin;
  return doc;
};

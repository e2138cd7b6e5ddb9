/**
 * The Markdown the brief understands as you type: "# " to "### " headings, "> " quote, "- " and
 * "1. " lists, **bold**, *italic*, [text](https://…) links. Only transformers for the nodes the
 * brief has (no code blocks, inline code, strikethrough or check lists), and only safe links.
 */
import { BOLD_ITALIC_STAR, BOLD_STAR, HEADING, ITALIC_STAR, LINK, ORDERED_LIST, QUOTE, UNORDERED_LIST, type TextMatchTransformer, type Transformer } from '@lexical/markdown';
import { isSafeLink } from './BriefToolbar';

/** [text](url) becomes a link only for http(s) and mailto addresses; anything else stays as typed. */
const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  replace: (node, match) => {
    const url = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
    if (!isSafeLink(url)) return;
    return LINK.replace?.(node, match);
  },
};

export const BRIEF_MARKDOWN_TRANSFORMERS: Transformer[] = [HEADING, QUOTE, UNORDERED_LIST, ORDERED_LIST, BOLD_ITALIC_STAR, BOLD_STAR, ITALIC_STAR, SAFE_LINK];

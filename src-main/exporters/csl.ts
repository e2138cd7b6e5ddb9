/** Sources as CSL-JSON: an array of CSL items, readable by Zotero, Pandoc and other reference tools. */
import type { Source } from '../contract/domain';
import { cslItem } from './csl-items';

export function renderCslJson(sources: Source[]): string {
  return `${JSON.stringify(sources.map(cslItem), null, 2)}\n`;
}

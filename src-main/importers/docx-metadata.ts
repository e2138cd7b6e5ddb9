/** A Word file's core properties (docProps/core.xml): title, creator, created. */
import { DOMParser } from 'linkedom';
import { normaliseInline } from '../core/text-normalise';

export interface CoreProperties {
  title?: string;
  authors: string[];
  created?: string;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export function readCoreProperties(xml: string | null): CoreProperties {
  if (!xml) return { authors: [] };
  let values: Map<string, string>;
  try {
    const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
    values = new Map();
    // Match by local name: the prefixes (dc:, dcterms:) are the usual ones but not required.
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const local = element.tagName.split(':').pop()?.toLowerCase() ?? '';
      if (!values.has(local) && element.children.length === 0) values.set(local, normaliseInline(element.textContent ?? ''));
    }
  } catch {
    return { authors: [] };
  }
  const title = values.get('title') || undefined;
  const creator = values.get('creator');
  const authors = creator ? creator.split(/\s*;\s*/).filter(Boolean) : [];
  const createdRaw = values.get('created') ?? '';
  const created = ISO_DATE.test(createdRaw) && !Number.isNaN(Date.parse(createdRaw)) && !createdRaw.startsWith('1601') ? createdRaw : undefined;
  return { ...(title ? { title } : {}), authors, ...(created ? { created } : {}) };
}

/**
 * Sources as RIS (the line-tagged format of EndNote, Zotero, Mendeley): one record per source,
 * `TY` first and `ER` last. Every value is kept to one line, so nothing in a title can start a
 * tag or end a record early.
 */
import type { Source } from '../contract/domain';
import { formatTimestamp, reliabilityLabel } from './brief-model';
import { cslItem, cslType, type CslName } from './csl-items';

const RIS_TYPES = { webpage: 'ELEC', report: 'RPRT', document: 'GEN' } as const;

function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function risName(n: CslName): string {
  return n.literal ?? `${n.family ?? ''}, ${n.given ?? ''}`;
}

/** 2021-08-09 → 2021/08/09/ (RIS dates: year/month/day/other). */
function risDate(value: string): string {
  const [y, m = '', d = ''] = value.slice(0, 10).split('-');
  return `${y}/${m}/${d}/`;
}

function record(s: Source): string[] {
  const item = cslItem(s);
  const lines: [string, string][] = [['TY', RIS_TYPES[cslType(s)]], ['TI', s.title]];
  for (const name of item.author ?? []) lines.push(['AU', risName(name)]);
  if (s.publisher) lines.push(['PB', s.publisher]);
  if (s.publishedAt) lines.push(['PY', s.publishedAt.slice(0, 4)], ['DA', risDate(s.publishedAt)]);
  if (item.URL) lines.push(['UR', item.URL]);
  lines.push(['Y2', risDate(s.capturedAt)]);
  if (s.language) lines.push(['LA', s.language]);
  lines.push(['N1', `Origin: ${s.origin}. Captured ${formatTimestamp(s.capturedAt)}. SHA-256 ${s.sha256}. Reliability ${reliabilityLabel(s.reliability)}.`]);
  lines.push(['ID', s.id]);
  return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '];
}

export function renderRis(sources: Source[]): string {
  return `${sources.map((s) => record(s).join('\r\n')).join('\r\n\r\n')}\r\n`;
}

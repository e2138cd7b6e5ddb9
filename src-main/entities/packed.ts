/**
 * A text's entities as they travel between threads: each entity's mentions as one Int32Array of
 * start, end pairs, their words left in the text they came from. A 20 MB text has some 150,000
 * mentions; as objects they cost the main process a tenth of a second to receive, check and pass
 * on, which would hold up every other request meanwhile.
 */
import type { EntityType } from '../contract/entities';
import type { FoundEntity } from './extract';

export interface PackedEntity {
  key: string;
  name: string;
  type: EntityType;
  aliasKeys: string[];
  /** start, end of each mention, in reading order. */
  spans: Int32Array;
}

export function packEntities(found: FoundEntity[]): PackedEntity[] {
  return found.map(({ mentions, ...entity }) => {
    const spans = new Int32Array(mentions.length * 2);
    mentions.forEach((m, i) => spans.set([m.start, m.end], i * 2));
    return { ...entity, spans };
  });
}

/** The entities of `text` back as found, each mention with its words; throws when a span does not fit the text. */
export function unpackEntities(packed: PackedEntity[], text: string): FoundEntity[] {
  return packed.map(({ spans, ...entity }) => {
    if (spans.length % 2) throw new Error(`the mentions of “${entity.name}” are not start, end pairs`);
    const mentions = [];
    for (let i = 0; i < spans.length; i += 2) {
      const [start, end] = [spans[i], spans[i + 1]];
      if (!(start >= 0 && start < end && end <= text.length)) throw new Error(`a mention of “${entity.name}” (${start}–${end}) is outside the text`);
      mentions.push({ start, end, exact: text.slice(start, end) });
    }
    return { ...entity, mentions };
  });
}

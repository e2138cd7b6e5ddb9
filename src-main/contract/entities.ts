/** Entities (people, organisations, places) found in sources, as the API returns them. */
export const ENTITY_TYPES = ['person', 'organization', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = { person: 'People', organization: 'Organisations', place: 'Places' };

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** The other ways the sources write it ("Lukashenko", "Alexander Lukashenko"). */
  aliases: string[];
  /** How many times it is mentioned, and in how many sources. */
  mentions: number;
  sources: number;
}

export interface EntityMention {
  /** Row id: what `entities.splitMention` takes. */
  id: number;
  sourceId: string;
  sourceTitle: string;
  start: number;
  end: number;
  exact: string;
  /** Words around the mention, for a list of mentions. */
  before: string;
  after: string;
}

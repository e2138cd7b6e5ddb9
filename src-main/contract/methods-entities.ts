/** The Entities part of the contract: people, organisations and places found in sources, and the analyst's decisions about them. */
import { z } from 'zod';
import { ENTITY_TYPES, type Entity, type EntityMention } from './entities';

const id = z.string().trim().min(1, 'an id is required').max(64);
const entityType = z.enum(ENTITY_TYPES);
const decisionIds = z.array(z.number().int().min(1)).min(1).max(1000);

export const ENTITIES_SCHEMAS = {
  /** The notebook's entities (of one source, of one type), most mentioned first; `pending`: sources not yet read for entities. */
  'entities.list': z.object({ sourceId: id.optional(), type: entityType.optional() }).strict(),
  /** One entity with its mentions across sources (with snippets) and the claims whose passage mentions it. */
  'entities.get': z.object({ id }).strict(),
  /** Reads sources imported before entities were found at import (at most `limit` of them per call). */
  'entities.extract': z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'entities.rename': z.object({ id, name: z.string().trim().min(1, 'give the entity a name').max(300) }).strict(),
  /** Merges the others into the first. */
  'entities.merge': z.object({ ids: z.array(id).min(2).max(100) }).strict(),
  'entities.setType': z.object({ id, type: entityType }).strict(),
  /** Not an entity: its mentions are no longer listed. `entities.undo` brings it back. */
  'entities.delete': z.object({ id }).strict(),
  /** Makes the mentions written like this one an entity of their own. */
  'entities.splitMention': z.object({ mentionId: z.number().int().min(1) }).strict(),
  /** Takes back decisions (rename, merge, type, delete, split) by the ids their methods returned. */
  'entities.undo': z.object({ decisionIds }).strict(),
} as const;

export interface EntityClaim {
  id: string;
  statement: string;
  sourceId: string;
  status: string;
}

export interface EntitiesOutputs {
  'entities.list': { entities: Entity[]; pending: number };
  'entities.get': { entity: Entity; mentions: EntityMention[]; claims: EntityClaim[] };
  'entities.extract': { extracted: number; remaining: number };
  'entities.rename': { entity: Entity; decisionIds: number[] };
  'entities.merge': { entity: Entity; decisionIds: number[] };
  'entities.setType': { entity: Entity; decisionIds: number[] };
  'entities.delete': { deleted: true; decisionIds: number[] };
  'entities.splitMention': { entity: Entity; decisionIds: number[] };
  'entities.undo': { undone: number };
}

import { sqlMigration } from './sql-migration';

/**
 * An index of each entity's mention forms, so the whole notebook's entity list reads every alias
 * with its count from the index in entity order (store/entity-list.ts `aliasesOf`) instead of
 * scanning and sorting every mention: the list is read after each import.
 */
export const entityFormsIndex = sqlMigration(9, 'index of entity mention forms', `
      CREATE INDEX entity_mentions_by_form ON entity_mentions(entity_id, exact);
    `);

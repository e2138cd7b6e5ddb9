/**
 * The method names alone, with no dependency: the sandboxed preload can bundle this
 * (it may not import zod). A test checks it equals the keys of `schemas`.
 */
export const METHOD_NAME_LIST = [
  'notebook.info', 'notebook.verify',
  'sources.import', 'sources.list', 'sources.locate', 'sources.get', 'sources.text', 'sources.original', 'sources.update', 'sources.delete',
  'notebook.open', 'notebook.create', 'notebook.recent',
  'claims.query', 'claims.bulkUpdate', 'tags.rename', 'tags.delete',
  'claims.create', 'claims.update', 'claims.get', 'claims.list', 'claims.delete',
  'evidence.link', 'evidence.update', 'evidence.unlink', 'evidence.list', 'evidence.bySource',
  'trash.restore', 'trash.list', 'trash.empty',
  'search.query', 'search.matches', 'tags.list', 'briefs.list', 'briefs.get', 'briefs.save', 'audit.list',
  'exports.render', 'exports.bundle', 'annotations.import',
  'briefs.create', 'briefs.rename', 'briefs.delete', 'briefs.setExportDetails',
  'suggestions.list', 'suggestions.accept', 'suggestions.dismiss', 'suggestions.restore', 'suggestions.progress', 'suggestions.readAll',
] as const;

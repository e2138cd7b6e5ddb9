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
  'notebook.backup', 'notebook.backups',
  'map.graph', 'summary.case',
  'analyses.list', 'analyses.get', 'analyses.create', 'analyses.update', 'analyses.delete', 'analyses.addHypothesis', 'analyses.renameHypothesis', 'analyses.removeHypothesis', 'analyses.addRow', 'analyses.removeRow', 'analyses.setRow', 'analyses.rate',
  'briefs.check', 'briefs.dismissFinding', 'briefs.restoreFinding', 'briefs.importMarkdown',
  'timeline.events',
  'entities.list', 'entities.get', 'entities.extract', 'entities.rename', 'entities.merge', 'entities.setType', 'entities.delete', 'entities.splitMention', 'entities.undo',
  'claims.marks',
  'suggestions.list', 'suggestions.accept', 'suggestions.dismiss', 'suggestions.restore', 'suggestions.progress', 'suggestions.readAll',
] as const;

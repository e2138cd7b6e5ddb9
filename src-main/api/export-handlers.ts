/** Handlers for the export/import-of-data methods (briefs, W3C annotations, CSL…). Filled in by the exporters work. */
export const exportHandlers = {};

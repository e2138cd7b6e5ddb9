/**
 * Handlers for exports and imports of data: annotated briefs and data files (`exports.render`), the
 * notebook bundle (`exports.bundle`) and W3C annotations (`annotations.import`). Rendering is slow
 * and read-only, so it happens in `prepare`, outside any transaction; the import of annotations
 * is one transaction for the whole file.
 */
import { CasebookError } from '../contract/errors';
import { exportFileName, renderExport } from '../exporters/index';
import { importAnnotations } from '../importers/annotations/import-annotations';
import type { ExportFile } from '../exporters/types';
import { basename } from 'node:path';
import { decodeBase64File } from './base64';
import { define } from './define';

const asOutput = (file: ExportFile) => ({
  fileName: file.fileName,
  mediaType: file.mediaType,
  data: Buffer.from(file.bytes).toString('base64'),
  bytes: file.bytes.length,
});

export const exportHandlers = {
  'exports.render': define<'exports.render', ExportFile>({
    write: false,
    prepare: (input, { notebook, options }) =>
      renderExport(notebook, input.format, {
        scope: input.scope,
        style: input.style,
        includeEvidence: input.includeEvidence,
        includeAnalyses: input.includeAnalyses,
        title: input.title,
        author: input.author,
        briefId: input.briefId,
        chronology: input.chronology,
      }, { htmlToPdf: options.htmlToPdf }),
    run: (_input, _ctx, file) => asOutput(file),
  }),
  'exports.bundle': define<'exports.bundle', Uint8Array>({
    write: false,
    prepare: async (_input, { notebook }) => (await import('../exporters/bundle')).createBundle(notebook),
    run: (_input, { notebook }, bytes) =>
      asOutput({ fileName: `${basename(notebook.path).replace(/\.[^.]+$/, '') || 'notebook'}.casebook`, mediaType: 'application/zip', bytes }),
  }),
  'annotations.import': define<'annotations.import'>({
    write: true,
    run: ({ fileName, data }, { notebook, options, emit }) => {
      const bytes = decodeBase64File(fileName, data);
      if (bytes.length > options.maxImportBytes) {
        throw new CasebookError('TOO_LARGE', `“${fileName}” is larger than Casebook imports (${Math.round(options.maxImportBytes / 1024 ** 2)} MB).`);
      }
      const result = importAnnotations(notebook.db, fileName, bytes);
      for (const claim of result.created) emit({ entity: 'claim', action: 'created', id: claim.id });
      for (const link of result.links) emit({ entity: 'evidence', action: 'created', id: link.id });
      return result;
    },
  }),
};

export { exportFileName };

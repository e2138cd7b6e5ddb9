/**
 * One entry for every export format of the contract's table (contract/export-formats.ts, which
 * also gives each file's extension and media type): gathers what the format needs from the
 * notebook (in one synchronous read, so the export is consistent) and renders it to a file.
 */
import { basename } from 'node:path';
import type { Source } from '../contract/domain';
import { exportFormat } from '../contract/export-formats';
import type { Notebook } from '../store/db';
import { renderBibtex } from './bibtex';
import { buildBriefModel, type BriefModel } from './brief-model';
import { renderCslJson } from './csl';
import { csvTable, renderCsv } from './csv';
import { analysesCsvRows, ANALYSES_CSV_COLUMNS } from './analysis-model';
import { dataInScope } from './data-scope';
import { safeFileStem } from './file-name';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderRis } from './ris';
import type { BriefOptions, ExportFile, ExportFormat, HtmlToPdf } from './types';
import { renderW3c } from './w3c';

export interface ExportDeps {
  /** How PDF is printed; headless Chromium when not given. */
  htmlToPdf?: HtmlToPdf;
}

/** A file name from the notebook's: "case.casebook" → "case-brief.docx". */
export function exportFileName(notebook: Notebook, format: ExportFormat): string {
  const stem = basename(notebook.path).replace(/\.[^.]+$/, '') || 'casebook';
  const suffix = format === 'w3c' ? 'annotations' : format === 'csv' ? 'claims' : format === 'analyses' ? 'analyses' : ['csl', 'bibtex', 'ris'].includes(format) ? 'sources' : 'brief';
  return `${stem}-${suffix}.${exportFormat(format).extensions[0]}`;
}

/** A brief's file is named after its title: "Polonez range.docx". */
export function briefFileName(title: string, format: ExportFormat): string {
  return `${safeFileStem(title, 'brief')}.${exportFormat(format).extensions[0]}`;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The brief model (or the data) is read synchronously first; only then does rendering yield
 * (DOCX packing, PDF printing), so the notebook may change meanwhile without mixing states.
 */
export async function renderExport(notebook: Notebook, format: ExportFormat, options: BriefOptions, deps: ExportDeps = {}): Promise<ExportFile> {
  const file = (bytes: Uint8Array): ExportFile => ({ fileName: exportFileName(notebook, format), mediaType: exportFormat(format).mediaType, bytes });
  const brief = (model: BriefModel, bytes: Uint8Array): ExportFile => ({ ...file(bytes), fileName: briefFileName(model.title, format) });
  switch (format) {
    case 'md': {
      const model = buildBriefModel(notebook, options);
      return brief(model, utf8(renderMarkdown(model)));
    }
    case 'html': {
      const model = buildBriefModel(notebook, options);
      return brief(model, utf8(renderHtml(model)));
    }
    case 'docx': {
      const model = buildBriefModel(notebook, options);
      const { renderDocx } = await import('./docx');
      return brief(model, await renderDocx(model));
    }
    case 'pdf': {
      // The PDF and DOCX writers (playwright-core, docx) are loaded by the first export that needs them.
      const { preparePdf, renderPdf } = await import('./pdf');
      const printer = await preparePdf(deps.htmlToPdf);
      try {
        const model = buildBriefModel(notebook, options);
        return brief(model, await renderPdf(model, printer.htmlToPdf));
      } finally {
        await printer.release();
      }
    }
    case 'w3c': {
      const title = options.title?.trim() || `Claims and evidence from ${basename(notebook.path)}`;
      return file(utf8(renderW3c(notebook, { ...options, title, author: options.author?.trim() ?? '' })));
    }
    case 'csv': {
      const { claims, sources } = dataInScope(notebook, options);
      return file(utf8(renderCsv(claims, new Map<string, Source>(sources.map((s) => [s.id, s])))));
    }
    case 'analyses':
      return file(utf8(csvTable(ANALYSES_CSV_COLUMNS, analysesCsvRows(notebook.db))));
    case 'csl':
      return file(utf8(renderCslJson(dataInScope(notebook, options).sources)));
    case 'bibtex':
      return file(utf8(renderBibtex(dataInScope(notebook, options).sources)));
    case 'ris':
      return file(utf8(renderRis(dataInScope(notebook, options).sources)));
  }
}

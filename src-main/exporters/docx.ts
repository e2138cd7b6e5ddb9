/**
 * The annotated brief as a Word document (the `docx` library): real headings, a real claims table,
 * real footnotes for the claim references of the brief, and a page footer with page numbers.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocBlock, Inline } from './brief-document';
import type { BriefModel, ModelClaim, ModelFootnote, ModelSource } from './brief-model';
import type { ChronologyEntry } from './chronology';
import type { Run } from './rich-text';
import { analysesDocx } from './analysis-docx';

/** Characters XML 1.0 cannot hold (control characters, lone surrogates) are dropped. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Text with line breaks as Word breaks. */
function textRuns(text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line.replace(/\t/g, ' '), break: i > 0 ? 1 : undefined, ...options }));
}

/** The brief's own headings: its h1 beside the document's sections (Heading 1), and so on down. */
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const PAGE = { width: 11906, height: 16838, margin: 1134 }; // A4, 2 cm margins, in twips
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const MUTED = '5B6575';
const ACCENT = '24527A';
const NUMBERING = 'brief-numbers';

class DocxBuilder {
  private listInstance = 0;

  constructor(private readonly footnotes: ModelFootnote[]) {}

  inlines(content: Inline[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const i of content) {
      if (i.kind === 'break') out.push(new TextRun({ text: '', break: 1 }));
      else if (i.kind === 'claim') {
        out.push(...textRuns(this.footnotes[i.footnote - 1]?.statement ?? ''), new FootnoteReferenceRun(i.footnote));
      } else if (i.kind === 'link') {
        const children = this.inlines(i.children);
        if (i.url) out.push(new ExternalHyperlink({ link: i.url, children: children.filter((c): c is TextRun => c instanceof TextRun) }));
        else out.push(...children);
      } else {
        const m = i.marks;
        out.push(
          ...xmlSafe(i.text)
            .split(/\r?\n/)
            .map(
              (line, n) =>
                new TextRun({
                  text: line,
                  break: n > 0 ? 1 : undefined,
                  bold: m.bold,
                  italics: m.italic,
                  underline: m.underline ? {} : undefined,
                  strike: m.strike,
                  subScript: m.sub,
                  superScript: m.sup,
                  font: m.code ? 'Consolas' : undefined,
                }),
            ),
        );
      }
    }
    return out;
  }

  blocks(list: DocBlock[], listLevel = 0): Paragraph[] {
    const out: Paragraph[] = [];
    for (const b of list) {
      if (b.kind === 'heading') out.push(new Paragraph({ heading: HEADINGS[Math.min(HEADINGS.length - 1, b.level - 1)], children: this.inlines(b.content) }));
      else if (b.kind === 'paragraph') out.push(new Paragraph({ children: this.inlines(b.content) }));
      else if (b.kind === 'quote') out.push(new Paragraph({ style: 'Passage', children: this.inlines(b.content) }));
      else if (b.kind === 'code') out.push(new Paragraph({ children: textRuns(b.text, { font: 'Consolas', size: 19 }) }));
      else if (b.kind === 'rule') out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'D9DEE6', space: 4 } }, children: [] }));
      else {
        const level = Math.min(8, listLevel);
        const instance = ++this.listInstance;
        for (const item of b.items) {
          out.push(
            new Paragraph({
              children: this.inlines(item.content),
              ...(b.ordered ? { numbering: { reference: NUMBERING, level, instance } } : { bullet: { level } }),
            }),
          );
          out.push(...this.blocks(item.children, listLevel + 1));
        }
      }
    }
    return out;
  }
}

function runs(list: Run[]): TextRun[] {
  return list.map((r) => new TextRun({ text: xmlSafe(r.text), italics: r.italic, bold: r.bold, smallCaps: r.smallCaps, superScript: r.sup, subScript: r.sub }));
}

/** A quoted passage; its source is named after it unless the line before already does. */
function passage(text: string, sourceTitle: string | null): Paragraph[] {
  const paragraphs = xmlSafe(text)
    .split(/\n{2,}/)
    .map((p) => new Paragraph({ style: 'Passage', children: textRuns(`“${p}”`) }));
  if (sourceTitle !== null) paragraphs.push(new Paragraph({ style: 'PassageSource', children: [new TextRun({ text: `— ${xmlSafe(sourceTitle)}` })] }));
  return paragraphs;
}

function footnoteParagraph(f: ModelFootnote): Paragraph {
  if (f.missing) return new Paragraph({ children: textRuns(f.statement) });
  return new Paragraph({
    children: [
      new TextRun({ text: f.claimLabel ? `Claim ${f.claimLabel} — ` : 'Claim — ' }),
      ...textRuns(`“${f.exact.replace(/\s*\n+\s*/g, ' ')}” — `),
      new TextRun({ text: xmlSafe(f.sourceTitle), italics: true }),
    ],
  });
}

const COLUMNS = [
  { title: '#', width: 560 },
  { title: 'Statement', width: 3500 },
  { title: 'Status', width: 1150 },
  { title: 'Credibility', width: 1400 },
  { title: 'Likelihood', width: 1250 },
  { title: 'Event date', width: 950 },
  { title: 'Tags', width: TEXT_WIDTH - 560 - 3500 - 1150 - 1400 - 1250 - 950 },
];

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F4F6F9' } : undefined,
    children: [new Paragraph({ style: 'TableText', children: textRuns(text, header ? { bold: true } : {}) })],
  });
}

function claimsTable(claims: ModelClaim[]): Table {
  const header = new TableRow({ tableHeader: true, children: COLUMNS.map((c) => cell(c.title, c.width, true)) });
  const rows = claims.map(
    (c) =>
      new TableRow({
        cantSplit: true,
        children: [c.label, c.statement, c.statusLabel, c.credibilityLabel, c.likelihoodLabel, c.eventDate, c.tags.join(', ')].map((text, i) => cell(text, COLUMNS[i].width)),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS.map((c) => c.width),
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

const CHRONOLOGY_COLUMNS = [
  { title: 'Date', width: 1200 },
  { title: '#', width: 560 },
  { title: 'Statement', width: 4300 },
  { title: 'Status', width: 1300 },
  { title: 'Source', width: TEXT_WIDTH - 1200 - 560 - 4300 - 1300 },
];

function chronologyParts(entries: ChronologyEntry[]): (Paragraph | Table)[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Chronology')] });
  if (!entries.length) return [heading, new Paragraph({ children: [new TextRun({ text: 'No claim in scope has an event date.', italics: true })] })];
  const header = new TableRow({ tableHeader: true, children: CHRONOLOGY_COLUMNS.map((c) => cell(c.title, c.width, true)) });
  const rows = entries.map(
    (e) => new TableRow({ cantSplit: true, children: [e.date, e.label, e.statement, e.statusLabel, e.sourceTitle].map((text, i) => cell(text, CHRONOLOGY_COLUMNS[i].width)) }),
  );
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: CHRONOLOGY_COLUMNS.map((c) => c.width),
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows: [header, ...rows],
  });
  return [heading, table];
}

function claimSection(c: ModelClaim, includeEvidence: boolean): Paragraph[] {
  const grades = [c.statusLabel, c.credibilityLabel && `Credibility ${c.credibilityLabel}`, c.likelihoodLabel, c.eventDate && `Event date ${c.eventDate}`, c.tags.length ? `Tags: ${c.tags.join(', ')}` : '']
    .filter(Boolean)
    .join(' · ');
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: `${c.label}. `, color: ACCENT }), ...textRuns(c.statement)] }),
    new Paragraph({ children: textRuns(grades, { color: MUTED, size: 19 }) }),
    ...passage(c.exact, c.source.title),
  ];
  if (c.comment.trim()) out.push(new Paragraph({ children: [new TextRun({ text: 'Analyst’s comment: ', bold: true }), ...textRuns(c.comment)] }));
  if (!includeEvidence) return out;
  if (!c.evidence.length) out.push(new Paragraph({ children: [new TextRun({ text: 'No evidence linked.', italics: true, color: MUTED })] }));
  for (const e of c.evidence) {
    const color = e.relation === 'supports' ? '1D6B35' : e.relation === 'contradicts' ? '9B1C2C' : '55606F';
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160 },
        children: [
          new TextRun({ text: `${e.relationLabel.toUpperCase()}  `, bold: true, color, size: 18 }),
          new TextRun({ text: `${xmlSafe(e.source.title)}${e.exact ? '' : ' (the whole source)'}`, italics: true }),
        ],
      }),
    );
    if (e.exact) out.push(...passage(e.exact, null));
    if (e.note.trim()) out.push(new Paragraph({ children: [new TextRun({ text: 'Note: ', bold: true }), ...textRuns(e.note)] }));
  }
  return out;
}

function sourceParagraphs(s: ModelSource): Paragraph[] {
  const line = (label: string, value: string, font?: string) =>
    new Paragraph({
      style: 'Provenance',
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: xmlSafe(value), font })],
    });
  return [
    new Paragraph({ style: 'BibEntry', children: runs(s.entry) }),
    line('Origin', s.origin),
    line('Captured', s.capturedAt),
    line('SHA-256', s.sha256, 'Consolas'),
    line('Reliability', s.reliabilityLabel),
  ];
}

export function buildDocument(model: BriefModel): Document {
  const builder = new DocxBuilder(model.footnotes);
  const meta = [
    ...(model.author ? [['Author', model.author]] : []),
    ['Date', model.date],
    ['Notebook', model.notebookName],
    ['Scope', `${model.scopeLabel}${model.includeEvidence ? '' : ' (evidence passages left out)'}`],
  ].map(([k, v]) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${k}: `, bold: true, color: MUTED }), new TextRun({ text: xmlSafe(v), color: MUTED })] }));

  const body: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(model.title) }), ...meta];
  body.push(...builder.blocks(model.document));
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Claims')] }));
  if (model.claims.length) {
    body.push(claimsTable(model.claims));
    if (model.chronology) body.push(...chronologyParts(model.chronology));
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(model.includeEvidence ? 'Claims and evidence' : 'Claims and passages')] }));
    for (const c of model.claims) body.push(...claimSection(c, model.includeEvidence));
  } else {
    body.push(new Paragraph({ children: [new TextRun({ text: 'No claims in scope.', italics: true })] }));
    if (model.chronology) body.push(...chronologyParts(model.chronology));
  }
  body.push(...analysesDocx(model.analyses ?? [], TEXT_WIDTH, xmlSafe));
  body.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }),
    new Paragraph({ children: [new TextRun({ text: `Bibliography style: ${model.styleName}.`, italics: true, color: MUTED, size: 19 })] }),
  );
  if (model.sources.length) for (const s of model.sources) body.push(...sourceParagraphs(s));
  else body.push(new Paragraph({ children: [new TextRun({ text: 'No sources cited.', italics: true })] }));

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: MUTED })],
      }),
    ],
  });

  return new Document({
    title: xmlSafe(model.title),
    creator: xmlSafe(model.author),
    lastModifiedBy: xmlSafe(model.author),
    description: `Annotated brief exported by Casebook from ${xmlSafe(model.notebookName)}`,
    styles: {
      default: { document: { run: { font: 'Cambria', size: 22 } }, heading1: { run: { color: ACCENT } } },
      paragraphStyles: [
        {
          id: 'Passage',
          name: 'Quoted passage',
          basedOn: 'Normal',
          run: { size: 21 },
          paragraph: {
            indent: { left: 400 },
            spacing: { before: 60, after: 20 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F4F6F9' },
          },
        },
        { id: 'PassageSource', name: 'Passage source', basedOn: 'Normal', run: { size: 19, color: MUTED, italics: true }, paragraph: { indent: { left: 400 }, spacing: { after: 120 } } },
        { id: 'TableText', name: 'Table text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 0 } } },
        { id: 'BibEntry', name: 'Bibliography entry', basedOn: 'Normal', paragraph: { indent: { left: 567, hanging: 567 }, spacing: { before: 200, after: 40 } } },
        { id: 'Provenance', name: 'Source provenance', basedOn: 'Normal', run: { size: 17, color: MUTED }, paragraph: { indent: { left: 567 }, spacing: { after: 0 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes: Object.fromEntries(model.footnotes.map((f) => [String(f.number), { children: [footnoteParagraph(f)] }])),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        footers: { default: footer },
        children: body,
      },
    ],
  });
}

export async function renderDocx(model: BriefModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocument(model)));
}

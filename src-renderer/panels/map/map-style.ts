/**
 * The map's look, from the theme's CSS variables (light or dark, read when drawn): claims take
 * their status's colour and shape (shape, so colour is not the only cue), a border as thick as
 * their credibility is good; sources a border in their reliability grade's colour and the grade in
 * their label; evidence edges a colour, line style and arrow per relation.
 */
import type cytoscape from 'cytoscape';
import type { ClaimStatus, EvidenceRelation } from '../../../src-main/contract/domain';

/** Each status's shape on the map (the legend draws the same). */
export const STATUS_SHAPES: Record<ClaimStatus, cytoscape.Css.NodeShape> = {
  unassessed: 'ellipse',
  supported: 'round-rectangle',
  partly_supported: 'round-pentagon',
  disputed: 'round-diamond',
  refuted: 'round-triangle',
  unverifiable: 'round-hexagon',
};

/** Each relation's line (the legend draws the same). */
export const RELATION_LINES: Record<EvidenceRelation, { style: 'solid' | 'dashed' | 'dotted'; arrow: cytoscape.Css.ArrowShape; colour: string }> = {
  supports: { style: 'solid', arrow: 'triangle', colour: '--ok' },
  contradicts: { style: 'dashed', arrow: 'tee', colour: '--danger' },
  context: { style: 'dotted', arrow: 'circle', colour: '--text-muted' },
};

/** Border width by credibility: 1 (confirmed) thickest, ungraded none. */
export const CREDIBILITY_BORDER = [0, 5, 4, 3, 2, 1, 1];

export function themeColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

export function mapStylesheet(): cytoscape.StylesheetJson {
  const c = themeColour;
  const statuses = (Object.keys(STATUS_SHAPES) as ClaimStatus[]).map((status) => ({
    selector: `node[status = "${status}"]`,
    style: { 'background-color': c(`--mark-line-${status}`), shape: STATUS_SHAPES[status] },
  }));
  const grades = ['A', 'B', 'C', 'D', 'E', 'F'].map((g) => ({ selector: `node[reliability = "${g}"]`, style: { 'border-color': c(`--grade-${g}`) } }));
  const relations = (Object.keys(RELATION_LINES) as EvidenceRelation[]).map((relation) => {
    const line = RELATION_LINES[relation];
    return {
      selector: `edge[relation = "${relation}"]`,
      style: { 'line-color': c(line.colour), 'target-arrow-color': c(line.colour), 'line-style': line.style, 'target-arrow-shape': line.arrow },
    };
  });
  return [
    {
      selector: 'node',
      style: { label: 'data(short)', color: c('--text'), 'font-size': 10, 'font-family': 'system-ui, sans-serif', 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3 },
    },
    {
      selector: 'node[kind = "source"]',
      style: {
        shape: 'round-rectangle',
        width: 44,
        height: 44,
        'background-color': c('--surface'),
        'border-width': 4,
        'font-size': 11,
        'font-weight': 'bold',
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-background-color': c('--bg'),
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
      },
    },
    { selector: 'node[kind = "claim"]', style: { width: 16, height: 16, 'border-color': c('--text'), 'border-width': 'data(border)', label: '', 'min-zoomed-font-size': 10 } },
    // Entities (when they come): a star in the accent colour, joined to the claims mentioning them.
    { selector: 'node[kind = "entity"]', style: { shape: 'star', width: 18, height: 18, 'background-color': c('--accent'), 'font-size': 10 } },
    ...grades,
    ...statuses,
    { selector: 'node[kind = "claim"]:selected, node[kind = "claim"].hovered', style: { label: 'data(short)', 'text-wrap': 'ellipsis', 'text-max-width': '220px', 'font-size': 11, 'z-index': 10 } },
    // Straight edges, no transparency: the cheapest to draw that still carry arrows (thousands of edges).
    { selector: 'edge', style: { width: 1.5, 'curve-style': 'straight', 'arrow-scale': 0.9 } },
    { selector: 'edge[kind = "quoted"]', style: { 'curve-style': 'haystack', width: 1, 'line-color': c('--border-strong') } },
    ...relations,
    { selector: 'edge[kind = "mention"]', style: { 'curve-style': 'haystack', width: 1, 'line-color': c('--accent'), 'line-style': 'dashed' } },
    { selector: ':selected', style: { 'overlay-color': c('--focus'), 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1 } },
  ];
}

/**
 * The centre views the top bar offers, in order. A view that fills the window (`wide`) hides the
 * library. The Reader and the Brief are drawn by App itself (they stay mounted); every other view
 * is a component mounted while it is shown: add a line here and its component to
 * `view-components.tsx`.
 */
export const CENTRE_VIEWS = [
  { id: 'reader', label: 'Reader', wide: false },
  { id: 'brief', label: 'Brief', wide: false },
  { id: 'claims', label: 'Claims', wide: true },
  { id: 'entities', label: 'Entities', wide: true },
  { id: 'timeline', label: 'Timeline', wide: true },
  { id: 'analysis', label: 'Analysis', wide: true },
  { id: 'map', label: 'Map', wide: true },
  { id: 'summary', label: 'Summary', wide: true },
] as const;

export type CentreView = (typeof CENTRE_VIEWS)[number]['id'];

export function isCentreView(value: unknown): value is CentreView {
  return CENTRE_VIEWS.some((view) => view.id === value);
}

export function isWideView(view: CentreView): boolean {
  return CENTRE_VIEWS.find((entry) => entry.id === view)?.wide ?? false;
}

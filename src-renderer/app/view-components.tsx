/** The component of each centre view other than the Reader and the Brief, with the words its error boundary uses. */
import { lazy, type ComponentType } from 'react';
import { ClaimsView } from '../panels/table/ClaimsView';
import { SummaryView } from '../panels/summary/SummaryView';
import { AnalysisView } from '../panels/analysis/AnalysisView';
import { TimelineView } from '../panels/timeline/TimelineView';
import { EntitiesView } from '../panels/entities/EntitiesView';
import type { CentreView } from './views';

/** The map draws with cytoscape, the largest part of the app: loaded when the Map is first opened. */
const MapView = lazy(() => import('../panels/map/MapView').then((m) => ({ default: m.MapView })));

export const VIEW_COMPONENTS: Partial<Record<CentreView, { Component: ComponentType; area: string }>> = {
  claims: { Component: ClaimsView, area: 'the claims table' },
  map: { Component: MapView, area: 'the evidence map' },
  summary: { Component: SummaryView, area: 'the case summary' },
  analysis: { Component: AnalysisView, area: 'the analysis of competing hypotheses' },
  timeline: { Component: TimelineView, area: 'the timeline' },
  entities: { Component: EntitiesView, area: 'the entities' },
};

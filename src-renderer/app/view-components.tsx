/** The component of each centre view other than the Reader and the Brief, with the words its error boundary uses. */
import type { ComponentType } from 'react';
import { ClaimsView } from '../panels/table/ClaimsView';
import { TimelineView } from '../panels/timeline/TimelineView';
import type { CentreView } from './views';

export const VIEW_COMPONENTS: Partial<Record<CentreView, { Component: ComponentType; area: string }>> = {
  claims: { Component: ClaimsView, area: 'the claims table' },
  timeline: { Component: TimelineView, area: 'the timeline' },
};

/** The component of each centre view other than the Reader and the Brief, with the words its error boundary uses. */
import type { ComponentType } from 'react';
import { ClaimsView } from '../panels/table/ClaimsView';
import { EntitiesView } from '../panels/entities/EntitiesView';
import type { CentreView } from './views';

export const VIEW_COMPONENTS: Partial<Record<CentreView, { Component: ComponentType; area: string }>> = {
  claims: { Component: ClaimsView, area: 'the claims table' },
  entities: { Component: EntitiesView, area: 'the entities' },
};

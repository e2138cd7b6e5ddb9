/** The open source's claims, loaded once and shared by the reader and the claims pane. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSourceClaims } from './queries';
import { ReaderPaintedProvider } from './reader-painted';
import { useAppState } from './state';

type SourceClaims = ReturnType<typeof useSourceClaims>;

const SourceClaimsContext = createContext<SourceClaims>({ claims: undefined, error: null });

export function SourceClaimsProvider({ children }: { children: ReactNode }) {
  return (
    <ReaderPaintedProvider>
      <ClaimsOfOpenSource>{children}</ClaimsOfOpenSource>
    </ReaderPaintedProvider>
  );
}

function ClaimsOfOpenSource({ children }: { children: ReactNode }) {
  const { sourceId } = useAppState();
  const { claims, error } = useSourceClaims(sourceId);
  // The same object until the claims change: the reader and the panes are not drawn again for nothing.
  const value = useMemo(() => ({ claims, error }), [claims, error]);
  return <SourceClaimsContext.Provider value={value}>{children}</SourceClaimsContext.Provider>;
}

export function useOpenSourceClaims(): SourceClaims {
  return useContext(SourceClaimsContext);
}

/** The open source's claims, loaded once and shared by the reader and the claims pane. */
import { createContext, useContext, type ReactNode } from 'react';
import { useSourceClaims } from './queries';
import { useAppState } from './state';

type SourceClaims = ReturnType<typeof useSourceClaims>;

const SourceClaimsContext = createContext<SourceClaims>({ claims: undefined, error: null });

export function SourceClaimsProvider({ children }: { children: ReactNode }) {
  const { sourceId } = useAppState();
  const value = useSourceClaims(sourceId);
  return <SourceClaimsContext.Provider value={value}>{children}</SourceClaimsContext.Provider>;
}

export function useOpenSourceClaims(): SourceClaims {
  return useContext(SourceClaimsContext);
}

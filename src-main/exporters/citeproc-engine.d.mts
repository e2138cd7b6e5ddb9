import type CslModule from 'citeproc';

type Csl = typeof CslModule;
type Engine = InstanceType<Csl['Engine']>;
type Sys = ConstructorParameters<Csl['Engine']>[0];

export function lookupPrototype(csl: Csl): { getNodesByName?: unknown } | undefined;
export function withMacroIndex<T>(csl: Csl, build: () => T): T;
export function makeCiteprocEngine(csl: Csl, sys: Sys, style: string): Engine;
export function makeBibliographyFormatter<Item extends { id: string }>(csl: Csl, locale: string, style: string): (items: Item[]) => ReturnType<Engine['makeBibliography']>;

/**
 * Building a citeproc engine expands each macro call of the style by looking the macro up by name
 * with a walk of the whole parsed style (`XmlJSON.getNodesByName`), once per call: tens of
 * thousands of walks for APA, half of its engine's build (0.45 of 0.9 s). While an engine is being
 * built, those lookups are answered from an index of the style's macros made by one walk: the same
 * nodes, in the same order, so the engine built is the same. Every other lookup, and any after the
 * build, goes to citeproc's own walk; a citeproc without that method is simply left alone.
 */
import type CslModule from 'citeproc';

interface XmlJson {
  dataObj: unknown;
}
interface XmlNode {
  attrs: { name?: string };
}
type Lookup = (this: XmlJson, json: unknown, name: string, nameattrval?: string, ret?: unknown[]) => XmlNode[];

export function lookupPrototype(csl: typeof CslModule): { getNodesByName?: Lookup } | undefined {
  return (csl as unknown as { XmlJSON?: { prototype: { getNodesByName?: Lookup } } }).XmlJSON?.prototype;
}

/** Runs `build` (which constructs engines) with macro lookups answered from an index. */
export function withMacroIndex<T>(csl: typeof CslModule, build: () => T): T {
  const proto = lookupPrototype(csl);
  const walk = proto?.getNodesByName;
  if (!proto || !walk) return build();
  const indexes = new WeakMap<XmlJson, Map<string, XmlNode[]>>();
  proto.getNodesByName = function (json, name, nameattrval, ret) {
    // Only the lookup the macro expansion makes: one macro, by name, from the style's root.
    if (name !== 'macro' || !nameattrval || ret || !json || json !== this.dataObj) return walk.call(this, json, name, nameattrval, ret);
    let index = indexes.get(this);
    if (!index) {
      index = new Map();
      for (const node of walk.call(this, json, 'macro')) {
        const key = node.attrs.name;
        if (typeof key === 'string') index.set(key, [...(index.get(key) ?? []), node]);
      }
      indexes.set(this, index);
    }
    return [...(index.get(nameattrval) ?? [])];
  };
  try {
    return build();
  } finally {
    proto.getNodesByName = walk;
  }
}

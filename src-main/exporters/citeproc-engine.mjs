// Building a citeproc engine for a CSL style, shared by the exporter (bibliography.ts) and the
// worker that builds one early for a command-line export (workers/bibliography.mjs): plain
// JavaScript, so that worker runs without TypeScript.
//
// citeproc expands each macro call of a style by looking the macro up by name with a walk of the
// whole parsed style (`XmlJSON.getNodesByName`), once per call: tens of thousands of walks for APA,
// half of its engine's build (0.45 of 0.9 s). While an engine is built here, those lookups are
// answered from an index of the style's macros made by one walk: the same nodes, in the same
// order, so the engine is the same. Every other lookup, and any after the build, goes to
// citeproc's own walk; a citeproc without that method is simply left alone.

/** citeproc's lookup of nodes by name, which the index stands in for during a build. */
export function lookupPrototype(csl) {
  return csl.XmlJSON?.prototype;
}

/** Runs `build` (which constructs engines) with macro lookups answered from an index. */
export function withMacroIndex(csl, build) {
  const proto = lookupPrototype(csl);
  const walk = proto?.getNodesByName;
  if (!proto || !walk) return build();
  const indexes = new WeakMap();
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

/** An engine for `style` (the CSL file's text) in US English, writing HTML. */
export function makeCiteprocEngine(csl, sys, style) {
  const engine = withMacroIndex(csl, () => new csl.Engine(sys, style, 'en-US', true));
  engine.setOutputFormat('html');
  return engine;
}

/**
 * Formats bibliographies with one engine for `style` (the CSL file's text) and `locale` (the
 * locale file's text): each call gives citeproc's makeBibliography of `items` (ids unique).
 */
/* global structuredClone */
export function makeBibliographyFormatter(csl, locale, style) {
  const items = new Map();
  // citeproc may annotate the objects it is given: it gets copies.
  const sys = { retrieveLocale: () => locale, retrieveItem: (id) => structuredClone(items.get(id)) };
  const engine = makeCiteprocEngine(csl, sys, style);
  return (list) => {
    items.clear();
    for (const item of list) items.set(item.id, item);
    engine.updateItems(list.map((item) => item.id));
    return engine.makeBibliography();
  };
}

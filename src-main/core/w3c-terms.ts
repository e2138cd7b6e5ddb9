/**
 * The identifiers Casebook writes into W3C Web Annotations and reads back from them: the JSON-LD
 * context, the URNs naming claims, evidence links and archived originals, and the prefixes of the
 * tagging bodies. Shared by the W3C exporter and the annotation importer.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CLAIM_URN = 'urn:casebook:claim:';
export const EVIDENCE_URN = 'urn:casebook:evidence:';
export const SHA256_URN = 'urn:sha256:';

/** Prefixes of the tagging bodies Casebook reads back: `status:supported`, `credibility:2`… */
export const TAG_PREFIX = { status: 'status:', credibility: 'credibility:', likelihood: 'likelihood:', eventDate: 'event-date:', relation: 'relation:' } as const;

/** Contract of the brief checks (ICD 203 analytic standards) and of a brief written from Markdown. */
import { z } from 'zod';
import type { BriefFinding, DismissedFinding } from './brief-checks';
import type { Brief } from './domain';

const id = z.string().trim().min(1, 'an id is required').max(64);
const fingerprint = z.string().trim().min(1, 'say which finding').max(200);

export const BRIEF_CHECK_SCHEMAS = {
  /** The findings of a brief (default: the most recently edited), without those dismissed, and the dismissed ones apart. */
  'briefs.check': z.object({ briefId: id.optional() }).strict(),
  /** Dismisses a finding of the brief as it is now, with the analyst's reason (kept). */
  'briefs.dismissFinding': z
    .object({ briefId: id, fingerprint, reason: z.string().trim().min(1, 'give a reason for dismissing the finding').max(2000) })
    .strict(),
  /** Brings back a dismissed finding. */
  'briefs.restoreFinding': z.object({ briefId: id, fingerprint }).strict(),
  /** Writes a brief from Markdown: into the brief `briefId` (replacing its text), or a new brief. */
  'briefs.importMarkdown': z
    .object({
      briefId: id.optional(),
      title: z.string().trim().min(1).max(500).optional(),
      markdown: z.string().max(5_000_000, 'the Markdown is larger than a brief can hold (5 MB)'),
    })
    .strict(),
} as const;

/** A dismissed finding, and whether the brief still has it. */
export interface DismissedBriefFinding extends DismissedFinding {
  present: boolean;
}

export interface BriefCheckOutputs {
  'briefs.check': { briefId: string; findings: BriefFinding[]; dismissed: DismissedBriefFinding[] };
  'briefs.dismissFinding': { dismissed: DismissedFinding };
  'briefs.restoreFinding': { restored: boolean };
  'briefs.importMarkdown': { brief: Brief; created: boolean };
}

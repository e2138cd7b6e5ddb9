/**
 * Calls into Casebook. A failed call throws `ApiFailure` whose message is already written for
 * analysts (the API's own words); show it as is. Successful writes are announced to the page.
 */
import type { ApiError, ErrorCode } from '../../src-main/contract/errors';
import type { ChangeEvent, MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import { getClient } from '../platform';
import { announce } from './changes';

export class ApiFailure extends Error {
  readonly code: ErrorCode;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
  }
}

/** Many claims changed: one event each, or one "notebook changed" when there are many (as the API emits them). */
function claimsChanged(ids: string[]): ChangeEvent[] {
  if (ids.length > 500) return [{ entity: 'notebook', action: 'updated', id: '' }];
  return ids.map((id) => ({ entity: 'claim', action: 'updated', id }));
}

/** The changes a successful write implies, so this page refreshes without waiting for the event. */
function impliedChanges<M extends MethodName>(method: M, input: MethodInput<M>, value: MethodOutput<M>): ChangeEvent[] {
  const v = value as Record<string, unknown>;
  const i = input as Record<string, unknown>;
  const idOf = (key: string) => (v[key] as { id: string } | undefined)?.id;
  switch (method) {
    case 'sources.import':
      return (v as MethodOutput<'sources.import'>).duplicate ? [] : [{ entity: 'source', action: 'created', id: idOf('source') ?? '' }];
    case 'sources.update':
      return [{ entity: 'source', action: 'updated', id: String(i.id) }];
    case 'sources.delete':
      return [{ entity: 'source', action: 'deleted', id: String(i.id) }];
    case 'claims.create':
      return [{ entity: 'claim', action: 'created', id: idOf('claim') ?? '' }];
    case 'claims.update':
      return [{ entity: 'claim', action: 'updated', id: String(i.id) }];
    case 'claims.delete':
      return [{ entity: 'claim', action: 'deleted', id: String(i.id) }];
    case 'evidence.link':
    case 'evidence.update': {
      const link = v.link as { id: string; claimId: string };
      return [
        { entity: 'evidence', action: method === 'evidence.link' ? 'created' : 'updated', id: link.id },
        { entity: 'claim', action: 'updated', id: link.claimId },
      ];
    }
    case 'evidence.unlink':
      return [{ entity: 'evidence', action: 'deleted', id: String(i.id) }];
    case 'briefs.create':
      return [{ entity: 'brief', action: 'created', id: idOf('brief') ?? '' }];
    case 'briefs.save':
    case 'briefs.rename':
    case 'briefs.setExportDetails':
      return [{ entity: 'brief', action: 'updated', id: idOf('brief') ?? String(i.id) }];
    case 'briefs.delete':
      return [{ entity: 'brief', action: 'deleted', id: String(i.id) }];
    case 'trash.restore': {
      const r = (v as MethodOutput<'trash.restore'>).restored;
      return [
        ...r.sourceIds.map((id): ChangeEvent => ({ entity: 'source', action: 'created', id })),
        ...r.claimIds.map((id): ChangeEvent => ({ entity: 'claim', action: 'created', id })),
        ...r.linkIds.map((id): ChangeEvent => ({ entity: 'evidence', action: 'created', id })),
      ];
    }
    case 'claims.bulkUpdate':
    case 'tags.rename':
    case 'tags.delete':
      return claimsChanged((v as { claimIds: string[] }).claimIds);
    case 'notebook.open':
    case 'notebook.create':
      return [{ entity: 'notebook', action: 'updated', id: String(v.path) }];
    default:
      return [];
  }
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await getClient().call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  for (const event of impliedChanges(method, input, result.value)) announce(event);
  return result.value;
}

/** A readable message for anything thrown: the API's words, or a plain fallback (never a stack trace). */
export function messageOf(err: unknown): string {
  if (err instanceof ApiFailure) return err.message;
  console.error('[casebook]', err);
  return 'Something went wrong in this window and the last action may not have finished. Your saved work is safe; try again.';
}

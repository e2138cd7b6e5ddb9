/** Under the source header: edit its details, save the archived original, delete it (with Undo). */
import { useState } from 'react';
import type { Source } from '../../../src-main/contract/domain';
import { ApiFailure, call } from '../../app/api';
import { useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { useConfirmedDelete } from '../../app/useConfirmedDelete';
import { isDesktopApp, openPdfInNewTab, saveFile } from '../../platform';
import { SourceDetailsDialog } from './SourceDetailsDialog';

export function SourceActions({ source }: { source: Source }) {
  const dispatch = useDispatch();
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);

  const saveOriginal = async () => {
    try {
      const original = await call('sources.original', { id: source.id });
      const saved = await saveFile({ suggestedName: original.fileName, mediaType: original.mediaType, data: original.data, encoding: 'base64' });
      if (!saved.ok) throw new ApiFailure(saved.error);
      if (saved.value.saved) toasts.info(`Saved the original as ${saved.value.fileName ?? original.fileName}.`);
    } catch (err) {
      toasts.failure(err);
    }
  };

  // Browser mode only: the desktop window opens no other windows.
  const canView = source.mediaType === 'application/pdf' && !isDesktopApp();
  const viewPdf = async () => {
    try {
      openPdfInNewTab((await call('sources.original', { id: source.id })).data);
    } catch (err) {
      toasts.failure(err);
    }
  };

  const deletion = useConfirmedDelete({
    remove: (force) => call('sources.delete', { id: source.id, force }),
    forget: () => dispatch({ type: 'forget', sourceId: source.id }),
    deletedMessage: `Deleted “${source.title}”.`,
    title: 'Delete this source and what points at it?',
    keepLabel: 'Keep source',
  });

  return (
    <div className="source-header__actions">
      <button type="button" className="button button--small" onClick={() => setEditing(true)}>
        Edit details…
      </button>
      <button type="button" className="button button--small" title="Save the file exactly as it was archived" onClick={() => void saveOriginal()}>
        Save original…
      </button>
      {canView && (
        <button type="button" className="button button--small" title="Open the archived PDF in a new tab" onClick={() => void viewPdf()}>
          View PDF
        </button>
      )}
      <button type="button" className="button button--small button--quiet" title="Delete this source (Undo brings it back)" onClick={() => void deletion.start()}>
        Delete source
      </button>
      {editing && <SourceDetailsDialog source={source} onClose={() => setEditing(false)} />}
      {deletion.dialog}
    </div>
  );
}

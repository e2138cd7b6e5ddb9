/**
 * Which brief the Export dialog lays out (the one open in the Brief view unless the analyst picks
 * another) and the title and author it was last exported with, as the fields' starting values.
 */
import { useState } from 'react';
import { call } from '../api';
import { useQuery } from '../use-query';
import { useAppState } from '../state';

export interface BriefExport {
  briefs: { id: string; title: string }[];
  briefId: string | null;
  setBriefId(id: string): void;
  title: string;
  setTitle(title: string): void;
  author: string;
  setAuthor(author: string): void;
  /** Stores the title (blank when it is the brief's own) and author with the brief. */
  remember(): Promise<void>;
}

/** `fallbackTitle`: the title shown while the notebook has no brief yet. */
export function useBriefExport(briefs: { id: string; title: string }[] | undefined, fallbackTitle: string): BriefExport {
  const { briefId: openBriefId } = useAppState();
  const [picked, setPicked] = useState<string | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [author, setAuthor] = useState<string | null>(null);
  const list = briefs ?? [];
  // The list is most recently edited first: its head is the export's own default.
  const brief = list.find((b) => b.id === (picked ?? openBriefId)) ?? list[0] ?? null;
  const stored = useQuery('briefs.get', brief ? { id: brief.id } : null).data?.brief;
  const details = stored && stored.id === brief?.id ? stored.exportDetails : { title: '', author: '' };
  const shownTitle = title ?? (details.title || brief?.title || fallbackTitle);
  const shownAuthor = author ?? details.author;

  return {
    briefs: list,
    briefId: brief?.id ?? null,
    setBriefId: (id) => {
      setPicked(id);
      setTitle(null);
      setAuthor(null);
    },
    title: shownTitle,
    setTitle,
    author: shownAuthor,
    setAuthor,
    remember: async () => {
      if (!brief) return;
      const own = shownTitle.trim() === brief.title.trim();
      await call('briefs.setExportDetails', { id: brief.id, title: own ? '' : shownTitle.trim(), author: shownAuthor.trim() });
    },
  };
}

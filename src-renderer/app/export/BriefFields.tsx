/** The Export dialog's brief options: which brief, its title and author (remembered per brief), the citation style. */
import type { CitationStyle } from './formats';

interface Props {
  briefs: { id: string; title: string }[];
  briefId: string | null;
  onBrief(id: string): void;
  title: string;
  onTitle(title: string): void;
  author: string;
  onAuthor(author: string): void;
  style: CitationStyle;
  onStyle(style: CitationStyle): void;
}

export function BriefFields({ briefs, briefId, onBrief, title, onTitle, author, onAuthor, style, onStyle }: Props) {
  return (
    <fieldset className="dialog__group">
      <legend>Brief</legend>
      <div className="export-dialog__fields">
        {briefs.length > 1 && briefId && (
          <label className="field field--wide">
            <span className="field__label">Which brief</span>
            <select className="select" value={briefId} onChange={(e) => onBrief(e.target.value)}>
              {briefs.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title.trim() || 'Brief'}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field field--wide">
          <span className="field__label">Title</span>
          <input className="input" value={title} maxLength={500} onChange={(e) => onTitle(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Author</span>
          <input className="input" value={author} maxLength={300} placeholder="Optional" onChange={(e) => onAuthor(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Citation style</span>
          <select className="select" value={style} onChange={(e) => onStyle(e.target.value as CitationStyle)}>
            <option value="chicago">Chicago</option>
            <option value="apa">APA</option>
          </select>
        </label>
      </div>
    </fieldset>
  );
}

/** The little of citeproc-js (npm "citeproc", no types of its own) that Casebook uses. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface BibliographyParams {
    entry_ids: string[][];
    /** Items that rendered to nothing: listed in entry_ids, but given no string in the output. */
    bibliography_errors: { itemID: string; error_code: number }[];
  }
  interface CiteprocEngine {
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [BibliographyParams, string[]] | false;
  }
  const CSL: {
    Engine: new (sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean) => CiteprocEngine;
  };
  export default CSL;
}

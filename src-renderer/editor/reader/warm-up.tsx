/**
 * The reader, drawn once over a few sample lines while the app is idle after it starts, into an
 * element that is never in the page (nothing is laid out or seen), then unmounted. Chromium
 * compiles a function the first time it runs: without this, the first source opened in a session
 * paid for compiling the reader, Lexical's reconciler and the mark code (measured: a first open
 * about 1.5× slower than the next ones). With it, that cost is paid in idle time.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Block, BlockKind } from '../../../src-main/contract/domain';
import { ReaderEditor } from './ReaderEditor';
import type { ClaimMark, EvidenceRange } from './reader-types';

const LINES: [BlockKind, string][] = [
  ['heading', 'Convoy seen at the border crossing'],
  ['paragraph', 'Witnesses said the convoy crossed at night; the ministry denied it the next morning.'],
  ['paragraph', 'According to the statement, the delegation met officials of the state company.'],
  ['list_item', 'Fuel shipment, confirmed by two sources.'],
  ['list_item', 'Missile systems, disputed.'],
  ['quote', 'We have no information about any such convoy, the press service said.'],
  ['code', 'ref 2024-07-14 / B-17'],
  ['paragraph', 'Analysts observed the same vehicles a week later, further south.'],
];

/** The sample lines as blocks (twice over, so the loops run more than once). */
function sampleBlocks(): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (let round = 0; round < 2; round++) {
    for (const [kind, text] of LINES) {
      blocks.push({ seq: blocks.length, kind, level: kind === 'heading' ? 1 : null, section: 'body', start, end: start + text.length, text });
      start += text.length + 2;
    }
  }
  return blocks;
}

/** A claim on the first half of each block, one overlapping it, and a cited passage now and then. */
function sampleMarks(blocks: Block[]): { marks: ClaimMark[]; evidence: EvidenceRange[] } {
  const marks: ClaimMark[] = [];
  const evidence: EvidenceRange[] = [];
  blocks.forEach((b, i) => {
    const half = b.start + Math.floor(b.text.length / 2);
    marks.push({ id: `warm-${i}-a`, start: b.start, end: half, status: i % 2 ? 'supported' : 'unassessed' });
    marks.push({ id: `warm-${i}-b`, start: half - 4, end: b.end - 2, status: 'disputed' });
    if (i % 3 === 0) evidence.push({ id: `warm-${i}-e`, relation: 'supports', start: b.start + 2, end: b.start + 9 });
  });
  return { marks, evidence };
}

const ignore = () => undefined;

function warmUp(): void {
  const blocks = sampleBlocks();
  const { marks, evidence } = sampleMarks(blocks);
  const root = createRoot(document.createElement('div'));
  try {
    flushSync(() =>
      root.render(
        <ReaderEditor
          blocks={blocks}
          marks={marks}
          evidence={evidence}
          selectedClaimId={marks[0].id}
          passage={null}
          onSelection={ignore}
          onMarkClick={ignore}
          onMarkHover={ignore}
        />,
      ),
    );
  } finally {
    root.unmount();
  }
}

let warmed = false;

/** Warms the reader once per page, when the browser is next idle; returns a cancel. */
export function warmUpReaderWhenIdle(): () => void {
  if (warmed || typeof requestIdleCallback !== 'function') return () => undefined;
  const handle = requestIdleCallback(
    () => {
      if (warmed) return;
      warmed = true;
      try {
        warmUp();
      } catch (error) {
        console.warn('[casebook] reader warm-up', error);
      }
    },
    { timeout: 3000 },
  );
  return () => cancelIdleCallback(handle);
}

/** The brief's claim reference node survives the save/load round trip Casebook stores (editor state JSON). */
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, createEditor, type SerializedEditorState } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $createClaimReferenceNode, $isClaimReferenceNode, ClaimReferenceNode } from '../../src-renderer/editor/brief/ClaimReferenceNode';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

const nodes = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, ClaimReferenceNode];
const newEditor = () => createEditor({ namespace: 'brief-test', nodes, onError: (e) => { throw e; } });

let nb: TestNotebook;
beforeAll(() => {
  nb = openTestNotebook();
});
afterAll(() => nb.close());

describe('claim reference node', () => {
  it('serialises claimId and the statement, and the notebook stores and indexes it', async () => {
    const seed = await importFixture(nb.api, ...SEED);
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seed.source.id, quote: 'with a range of 300 km', statement: 'Polonez-M reaches 300 km' });

    const editor = newEditor();
    editor.update(() => {
      const p = $createParagraphNode();
      p.append($createTextNode('Range: '), $createClaimReferenceNode(claim.id, claim.statement), $createTextNode(' (disputed).'));
      $getRoot().append(p);
    }, { discrete: true });
    const doc = editor.getEditorState().toJSON();
    const json = JSON.stringify(doc);
    expect(json).toContain('"type":"claim-reference"');
    expect(json).toContain(`"claimId":"${claim.id}"`);

    const { brief } = await ok(nb.api, 'briefs.get', {});
    await ok(nb.api, 'briefs.save', { id: brief.id, title: 'Cuba brief', doc });
    const stored = (await ok(nb.api, 'briefs.get', { id: brief.id })).brief.doc as SerializedEditorState;

    const reloaded = newEditor();
    reloaded.setEditorState(reloaded.parseEditorState(stored));
    reloaded.read(() => {
      const paragraph = $getRoot().getFirstChild();
      const refs = $isElementNode(paragraph) ? paragraph.getChildren().filter($isClaimReferenceNode) : [];
      expect(refs.map((r) => r.getClaimId())).toEqual([claim.id]);
      expect($getRoot().getTextContent()).toBe('Range: Polonez-M reaches 300 km (disputed).');
    });
    const hits = (await ok(nb.api, 'search.query', { query: 'reaches', kinds: ['brief'] })).hits;
    expect(hits.map((h) => h.id)).toContain(brief.id);
  });
});

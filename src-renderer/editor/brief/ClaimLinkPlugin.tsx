/**
 * Linking a claim by typing: "[[" then words of the claim opens a menu of matching claims; arrow
 * keys choose, Enter (or Tab, or a click) puts a claim reference in place of what was typed,
 * Escape closes the menu and leaves the text.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $insertNodes, type TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Claim } from '../../../src-main/contract/domain';
import { call, messageOf } from '../../app/api';
import { StatusBadge } from '../../ui/badges';
import { claimLinkTrigger, matchClaims } from './claim-matches';
import { $createClaimReferenceNode } from './ClaimReferenceNode';

class ClaimOption extends MenuOption {
  constructor(readonly claim: Claim) {
    super(claim.id);
  }
}

export function ClaimLinkPlugin() {
  const [editor] = useLexicalComposerContext();
  const [claims, setClaims] = useState<Claim[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [query, setQuery] = useState<string | null>(null);

  // The notebook's claims, read afresh each time the menu opens.
  const onOpen = useCallback(() => {
    setProblem(null);
    call('claims.list', {}).then(
      (v) => setClaims(v.claims),
      (err: unknown) => setProblem(messageOf(err)),
    );
  }, []);
  const onClose = useCallback(() => setClaims(null), []);

  const options = useMemo(() => (claims && query !== null ? matchClaims(claims, query).map((c) => new ClaimOption(c)) : []), [claims, query]);

  const onSelectOption = useCallback(
    (option: ClaimOption, nodeToReplace: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const reference = $createClaimReferenceNode(option.claim.id, option.claim.statement);
        if (nodeToReplace) nodeToReplace.replace(reference);
        else $insertNodes([reference]);
        const space = $createTextNode(' ');
        reference.insertAfter(space);
        space.select(1, 1);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<ClaimOption>
      triggerFn={claimLinkTrigger}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      onOpen={onOpen}
      onClose={onClose}
      options={options}
      anchorClassName="claim-typeahead-anchor"
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => {
        if (!anchor.current) return null;
        anchor.current.setAttribute('aria-label', 'Claims to link');
        const note = problem ?? (claims === null ? 'Looking for claims…' : options.length === 0 ? `No claim matches “${query ?? ''}”.` : null);
        return createPortal(
          <div className="claim-typeahead">
            {note && <div className="claim-typeahead__note">{note}</div>}
            {options.map((option, i) => (
              <div
                key={option.key}
                id={`typeahead-item-${i}`}
                ref={option.setRefElement}
                role="option"
                aria-selected={selectedIndex === i}
                className={`claim-typeahead__item${selectedIndex === i ? ' is-selected' : ''}`}
                onMouseEnter={() => setHighlightedIndex(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => selectOptionAndCleanUp(option)}
              >
                <span className="claim-typeahead__statement">{option.claim.statement}</span>
                <StatusBadge status={option.claim.status} />
              </div>
            ))}
          </div>,
          anchor.current,
        );
      }}
    />
  );
}

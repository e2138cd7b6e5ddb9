/** The "[[" claim menu's rules: when it opens, and which of the notebook's real claims it offers, in which order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src-main/contract/domain';
import { claimLinkTrigger, matchClaims } from '../../src-renderer/editor/brief/claim-matches';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let claims: Claim[];
beforeAll(async () => {
  nb = openTestNotebook();
  const { source } = await importFixture(nb.api, ...SEED);
  const make = (quote: string, statement: string, tags: string[] = []) => ok(nb.api, 'claims.create', { sourceId: source.id, quote, occurrence: 1, statement, tags });
  await make('with a range of 300 km', 'Belarus offered Cuba Polonez-M missile systems with a 300 km range', ['Polonez']);
  await make('Vitaly Borchuk', 'Vitaly Borchuk worked for Beltechexport');
  await make('Cuba', 'Polonez launchers were shown to Álvaro López in Havana');
  claims = (await ok(nb.api, 'claims.list', {})).claims;
});
afterAll(() => nb.close());

describe('the [[ trigger', () => {
  it.each([
    ['[[', { leadOffset: 0, matchingString: '', replaceableString: '[[' }],
    ['See [[Polonez', { leadOffset: 4, matchingString: 'Polonez', replaceableString: '[[Polonez' }],
    ['(see [[Borchuk worked', { leadOffset: 5, matchingString: 'Borchuk worked', replaceableString: '[[Borchuk worked' }],
    ['([[x', { leadOffset: 1, matchingString: 'x', replaceableString: '[[x' }],
  ])('%j opens the menu', (text, match) => {
    expect(claimLinkTrigger(text)).toEqual(match);
  });

  it.each(['word[[Polonez', 'See [Polonez', 'See [[Polonez]]', `[[${'x'.repeat(81)}`])('%j does not', (text) => {
    expect(claimLinkTrigger(text)).toBeNull();
  });
});

describe('matching claims', () => {
  const statements = (query: string) => matchClaims(claims, query).map((c) => c.statement);

  it('needs every word, in any case or accent, in the statement, the passage or the tags', () => {
    expect(statements('polonez havana')).toEqual(['Polonez launchers were shown to Álvaro López in Havana']);
    expect(statements('alvaro LOPEZ')).toEqual(['Polonez launchers were shown to Álvaro López in Havana']);
    expect(statements('300 km')).toEqual(['Belarus offered Cuba Polonez-M missile systems with a 300 km range']);
    expect(statements('Iskander')).toEqual([]);
  });

  it('puts statements that start with the query first, then those holding it, then the rest', () => {
    expect(statements('Polonez')).toEqual(['Polonez launchers were shown to Álvaro López in Havana', 'Belarus offered Cuba Polonez-M missile systems with a 300 km range']);
  });

  it('offers every claim, at most the limit, for an empty query', () => {
    expect(matchClaims(claims, '')).toHaveLength(3);
    expect(matchClaims(claims, '', 2)).toHaveLength(2);
  });
});

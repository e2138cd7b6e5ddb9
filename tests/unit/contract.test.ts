/** The preload's bundled list of method names must be exactly the contract's methods. */
import { describe, expect, it } from 'vitest';
import { METHOD_NAME_LIST } from '../../src-main/contract/method-names';
import { schemas } from '../../src-main/contract/methods';

describe('contract method names', () => {
  it('METHOD_NAME_LIST names every method in schemas, and nothing else', () => {
    expect([...METHOD_NAME_LIST].sort()).toEqual(Object.keys(schemas).sort());
  });

  it('METHOD_NAME_LIST has no duplicates', () => {
    expect(new Set(METHOD_NAME_LIST).size).toBe(METHOD_NAME_LIST.length);
  });
});

/**
 * The W3C Web Annotation test suite (tests/fixtures/web-annotation/web-annotation-tests) loaded in
 * Ajv as its MANIFEST describes: draft-04, formats, every definitions/*.json added, then each
 * assertion named by a `.test` file compiled once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { fixture } from '../helpers';

export const SUITE = fixture('web-annotation', 'web-annotation-tests');
export const EXAMPLES = fixture('web-annotation', 'spec-examples');

export interface Assertion {
  path: string;
  type: 'must' | 'should' | 'may';
  title: string;
  expectValid: boolean;
  validate: ValidateFunction;
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

export function loadSuite(): (testFile: string) => Assertion[] {
  const ajv = new Ajv04({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  for (const name of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(readJson(join(SUITE, 'definitions', name)));
  return (testFile) =>
    (readJson(join(SUITE, testFile)).assertions as string[]).map((path) => {
      const schema = readJson(join(SUITE, path));
      const validate = ajv.getSchema(String(schema.id)) ?? ajv.compile(schema);
      return {
        path,
        type: schema.assertionType as Assertion['type'],
        title: String(schema.title ?? path),
        expectValid: schema.expectedResult !== 'invalid',
        validate,
      };
    });
}

/** The assertions a document fails. */
export function failures(assertions: Assertion[], doc: unknown): Assertion[] {
  return assertions.filter((a) => Boolean(a.validate(doc)) !== a.expectValid);
}

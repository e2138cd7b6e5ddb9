/** Turns zod's issues into one sentence an analyst can act on. */
import type { z } from 'zod';

function fieldName(path: PropertyKey[]): string {
  const parts = path.filter((p) => typeof p !== 'symbol').map(String);
  return parts.length ? `“${parts.join('.')}”` : 'The request';
}

/** zod's type names in an analyst's words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object (a set of named fields)',
  array: 'a list',
};

/**
 * Whether the value was absent. zod 4 fills `issue.input` only when asked (reportInput), so its
 * own message ("… received undefined") is read too.
 */
const wasMissing = (issue: z.core.$ZodIssueInvalidType) => ('input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message));

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return wasMissing(issue) ? `${field} is missing.` : `${field} must be ${TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${field} must not be empty.` : `${field} must be at least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return `${field} must have at least ${issue.minimum} item(s).`;
      return `${field} must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${field} is too long (at most ${issue.maximum} characters).`;
      if (issue.origin === 'array') return `${field} has too many items (at most ${issue.maximum}).`;
      return `${field} must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}.`;
    case 'invalid_value':
      return `${field} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `${fieldName(issue.path)} has unknown field(s): ${issue.keys.join(', ')}.`;
    case 'invalid_format':
      return `${field} ${issue.message}.`;
    case 'custom':
      // A check that words its own whole sentence (see contract/nesting.ts).
      return issue.params?.sentence === true ? issue.message : `${field}: ${issue.message}.`;
    case 'not_multiple_of':
      return `${field} must be a whole number.`;
    default:
      return `${field}: ${issue.message}.`;
  }
}

export function describeZodError(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map(describeIssue);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problem(s))` : '';
  return `${first.join(' ')}${more}`;
}

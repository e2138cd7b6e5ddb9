/**
 * How deeply a JSON value nests, measured without recursion (a value thousands of levels deep
 * must not overflow the stack of the code that checks it).
 */
import { z } from 'zod';

/** True when `value` nests more than `limit` levels of objects and arrays. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** Deeper than any brief an editor makes (lists in quotes in lists: a few dozen levels). */
export const MAX_BRIEF_DEPTH = 200;

/** A brief's Lexical document: any JSON, but not nested past MAX_BRIEF_DEPTH. */
export const briefDocSchema = z.unknown().superRefine((doc, ctx) => {
  if (!nestsDeeperThan(doc, MAX_BRIEF_DEPTH)) return;
  ctx.addIssue({
    code: 'custom',
    message: `The brief is nested too deeply (more than ${MAX_BRIEF_DEPTH} levels), so it was not saved. Flatten its lists and quotes and save again.`,
    params: { sentence: true },
  });
});

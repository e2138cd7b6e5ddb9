/** postcss-safe-parser (no types of its own): parses any CSS, repairing what is broken instead of throwing. */
declare module 'postcss-safe-parser' {
  import type { Root } from 'postcss';
  export default function safeParse(css: string): Root;
}

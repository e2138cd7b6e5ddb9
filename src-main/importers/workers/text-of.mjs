// A text a worker is given as a string, or as UTF-8 bytes (a long source's, as the notebook holds
// it, so the main process never decodes it).
import { TextDecoder } from 'node:util';

export const textOf = (text) => (typeof text === 'string' ? text : new TextDecoder().decode(text));

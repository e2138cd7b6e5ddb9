export function textOf(text: string | Uint8Array): string;

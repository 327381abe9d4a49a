/** Escapes LIKE's wildcards in user input, so "50%" matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

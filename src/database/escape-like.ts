/** Escapes LIKE's wildcards in user input, so "50%" matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The LIKE patterns of a search by the start of any word: `prefix` for the first word, `wordPrefix` for a
 * later one (`name LIKE :prefix OR name LIKE :wordPrefix`).
 */
export function wordPrefixes(q: string): { prefix: string; wordPrefix: string } {
  const word = escapeLike(q);
  return { prefix: `${word}%`, wordPrefix: `% ${word}%` };
}

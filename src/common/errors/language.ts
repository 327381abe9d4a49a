export type Language = 'vi' | 'en';

/** Text in both languages the API speaks; Vietnamese is the default. */
export type LocalisedText = Record<Language, string>;

/**
 * Picks the answer's language from an Accept-Language header: English when the caller prefers it over
 * Vietnamese, Vietnamese otherwise (including when the header is missing or names neither).
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'vi';
  let best: { language: Language; quality: number } | undefined;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const language = tag.startsWith('en') ? 'en' : tag.startsWith('vi') ? 'vi' : undefined;
    if (!language) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    if (Number.isFinite(quality) && quality > 0 && (!best || quality > best.quality)) {
      best = { language, quality };
    }
  }
  return best?.language ?? 'vi';
}

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

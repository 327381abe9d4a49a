import type { PublicResults } from './public-results';

/** How many prize winners the preview names: a Zalo or Facebook card shows two or three lines. */
const WINNERS_SHOWN = 5;

const RESULTS_WORD = 'Kết quả';

/** The usual prize codes as a Vietnamese reader knows them; any other prize is shown as the organiser named it. */
const PRIZE_NAMES: Record<string, string> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
  encouragement: 'Giải Khuyến khích',
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The link preview of a round's public results (Vietnamese: it is shared among parents in Vietnam): the
 * event, category and round as its title; the prize winners, named only as consent allows, as its text.
 */
export function openGraphFor(results: PublicResults): { title: string; description: string } {
  const title = `${RESULTS_WORD} ${results.round.name} – ${results.category.name} – ${results.event.name}`;
  const winners = results.entries
    .filter((entry) => entry.prize !== null)
    .slice(0, WINNERS_SHOWN)
    .map((entry) => `${PRIZE_NAMES[entry.prize!] ?? entry.prize}: ${entry.name ?? entry.code}`);
  return { title, description: winners.length > 0 ? winners.join('; ') : title };
}

/** index.html with the round's title and preview in place of the app's generic ones. */
export function withOpenGraph(
  indexHtml: string,
  { title, description }: { title: string; description: string },
): string {
  const meta =
    `<meta property="og:title" content="${escapeHtml(title)}" />` +
    `<meta property="og:description" content="${escapeHtml(description)}" />` +
    `<meta name="description" content="${escapeHtml(description)}" />`;
  return indexHtml
    .replace(/<meta property="og:(title|description)"[^>]*>\s*/g, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('</head>', `${meta}</head>`);
}

import { CONSENT_SCOPES, ConsentMethod, ConsentScope } from '../participants/entities/consent.entity';

/** Cell text compared without case, diacritics (đ = d) or repeated spaces. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const METHOD_WORDS: Record<string, ConsentMethod> = {
  paper: 'paper',
  giay: 'paper',
  'ban giay': 'paper',
  'giay to': 'paper',
  electronic: 'electronic',
  'dien tu': 'electronic',
  'truc tuyen': 'electronic',
  online: 'electronic',
};

const SCOPE_WORDS: Record<string, readonly ConsentScope[]> = {
  ...Object.fromEntries(CONSENT_SCOPES.map((scope) => [scope, [scope]])),
  'ho so': ['registry'],
  'luu ho so': ['registry'],
  'du thi': ['contests'],
  'cong bo': ['publication'],
  'cong bo ket qua': ['publication'],
  'tuyen chon': ['shortlisting'],
  'boi duong': ['shortlisting'],
  all: CONSENT_SCOPES,
  'tat ca': CONSENT_SCOPES,
};

/** How a consent was given, from a cell ('giấy', 'điện tử', paper, electronic); an empty cell: on paper. */
export function parseConsentMethod(text: string): ConsentMethod | undefined {
  return text.trim() === '' ? 'paper' : METHOD_WORDS[fold(text)];
}

/**
 * The scopes of a consent from a cell listing them with ',' or ';' (registry, contests, publication,
 * shortlisting, or hồ sơ, dự thi, công bố, tuyển chọn; tất cả for all four), in the canonical order; the
 * words not understood under `unknown`.
 */
export function parseConsentScopes(text: string): { scopes: ConsentScope[]; unknown: string[] } {
  const words = text
    .split(/[,;]/)
    .map((word) => word.trim())
    .filter(Boolean);
  const found = new Set<ConsentScope>();
  const unknown: string[] = [];
  for (const word of words) {
    const scopes = SCOPE_WORDS[fold(word)];
    if (scopes) scopes.forEach((scope) => found.add(scope));
    else unknown.push(word);
  }
  return { scopes: CONSENT_SCOPES.filter((scope) => found.has(scope)), unknown };
}

/** The values the API offers for an event, in the order the screens list them. */
export const EVENT_STATES = ['draft', 'open', 'judging', 'published', 'archived'] as const;
export const EVENT_KINDS = ['contest', 'festival', 'playground'] as const;
export const EVENT_LEVELS = ['grassroots', 'district', 'provincial', 'national'] as const;
export const SCORING_METHODS = ['mean', 'trimmed_mean', 'median', 'normalised', 'skating', 'recall'] as const;
export const TIE_BREAK_KINDS = ['criterion', 'headJudge', 'judgesMajority'] as const;

export type EventState = (typeof EVENT_STATES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventLevel = (typeof EVENT_LEVELS)[number];
export type ScoringMethod = (typeof SCORING_METHODS)[number];
export type TieBreakKind = (typeof TIE_BREAK_KINDS)[number];

export const isRanked = (method: ScoringMethod) => method === 'skating' || method === 'recall';

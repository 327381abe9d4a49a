import type { CategoryFormat } from '../competition/entities/category.entity';
import type { ConsentKind, ConsentScope } from '../participants/entities/consent.entity';
import { missingConsents } from '../participants/consent-rules';
import { ageOn } from '../participants/participant-rules';
import type { EntryResultView, PublishedResults } from './results-view';

/** What decides whether a participant's name may be published, read when the results are. */
export interface PublicationFacts {
  participantId: number;
  fullName: string;
  dateOfBirth: string | null;
  anonymised: boolean;
  /** Consents on record and not withdrawn. */
  activeConsents: { kind: ConsentKind; scopes: ConsentScope[] }[];
}

export interface PublicEntry {
  rank: number | null;
  code: string;
  /** Null unless every person it would name consents to publication (see publicName). */
  name: string | null;
  title: string | null;
  unit: string;
  locality: string | null;
  score: string | null;
  prize: string | null;
  advances: boolean;
}

export interface PublicResults {
  event: PublishedResults['event'];
  category: { code: string; name: string };
  round: { name: string; position: number };
  version: number;
  publishedAt: Date;
  /** A later publication corrected the first one. */
  corrected: boolean;
  entries: PublicEntry[];
}

/**
 * Whether a participant's name may appear in published results today: not anonymised, and every consent the
 * law asks for at their age (a guardian's below 18, their own from 7) on record for publication.
 */
export function mayPublishName(facts: PublicationFacts | undefined, today: string): boolean {
  if (!facts || facts.anonymised || !facts.dateOfBirth || !facts.fullName) return false;
  return missingConsents('publication', ageOn(facts.dateOfBirth, today), facts.activeConsents).length === 0;
}

/**
 * The name an entry is shown under, or null (the entry's code always is): for an individual entry the
 * participant's name; for a team its name if it has one, else its members' names when all of them consent.
 */
export function publicName(
  entry: EntryResultView,
  format: CategoryFormat,
  facts: Map<number, PublicationFacts>,
  today: string,
): string | null {
  if (format === 'team' && entry.teamName) return entry.teamName;
  const people = entry.members.map((member) => facts.get(member.participantId));
  if (people.length === 0 || !people.every((person) => mayPublishName(person, today))) return null;
  return people.map((person) => person!.fullName).join(', ');
}

/** By rank, then (entries sharing a rank, and the unranked after all ranked ones) by entry code. */
export function byRankThenCode(
  a: { rank: number | null; code: string },
  b: { rank: number | null; code: string },
) {
  const rank = (entry: { rank: number | null }) => entry.rank ?? Number.MAX_SAFE_INTEGER;
  return rank(a) - rank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Published results for anyone: ranked entries by rank, then the disqualified and unscored ones (rank and
 * score null); entries sharing a rank, and the unranked, by code (the engine orders them by id as text, so
 * entry 10 would come before entry 9). Nothing about a person beyond the name, the unit and
 * the locality: no participant ids, dates of birth or judges' marks.
 */
export function publicResults(
  snapshot: { version: number; publishedAt: Date; results: PublishedResults },
  facts: Map<number, PublicationFacts>,
  today: string,
): PublicResults {
  const { event, category, round, entries } = snapshot.results;
  return {
    event: {
      id: event.id,
      name: event.name,
      kind: event.kind,
      level: event.level,
      startDate: event.startDate,
      endDate: event.endDate,
      venue: event.venue,
    },
    category: { code: category.code, name: category.name },
    round: { name: round.name, position: round.position },
    version: snapshot.version,
    publishedAt: snapshot.publishedAt,
    corrected: snapshot.version > 1,
    entries: [...entries].sort(byRankThenCode).map((entry) => ({
      rank: entry.rank,
      code: entry.code,
      name: publicName(entry, category.format, facts, today),
      title: entry.title,
      unit: entry.organisationName,
      locality: entry.localityName,
      score: entry.finalScore,
      prize: entry.prize,
      advances: entry.advances,
    })),
  };
}

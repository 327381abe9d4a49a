import type { Level } from './parameters';

/** A published, ranked result of an entry the child is a member of. */
export interface ResultFact {
  eventId: number;
  eventName: string;
  level: Level;
  /** The event's last day. */
  eventEndDate: string;
  roundId: number;
  roundName: string;
  team: boolean;
  rank: number;
  /** Entries sharing this rank (1 when none). */
  tied: number;
  /** Ranked entries in the round. */
  ranked: number;
  prize: string | null;
  /** The prize's place in the category's prize list (0: its first rule); null without a prize. */
  prizePlace: number | null;
}

export interface AssessmentFact {
  assessmentId: number;
  assessedOn: string;
  assessorId: number;
  clubId: number;
  marks: { value: number; min: number; max: number }[];
}

export interface AttendanceFact {
  clubId: number;
  clubName: string;
  present: number;
  absent: number;
}

/** Everything known about one child for one run: what the pure core scores. */
export interface ParticipantEvidence {
  participantId: number;
  /** Whole years on the run's reference date. */
  age: number;
  gender: string;
  dateOfBirth: string;
  homeLocalityId: number | null;
  results: ResultFact[];
  assessments: AssessmentFact[];
  attendance: AttendanceFact[];
}

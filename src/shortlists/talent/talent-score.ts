import type { AssessmentFact, AttendanceFact, ParticipantEvidence, ResultFact } from './evidence';
import {
  awardBonus,
  halfLifeDecay,
  levelFactor,
  monthsBetween,
  normalisedAssessment,
  normalisedWeights,
  percentile,
} from './formulas';
import { hundredthsText, splitHundredths, toFine } from './hundredths';
import type { TalentParameters } from './parameters';

export interface ResultEvidence {
  kind: 'result';
  eventId: number;
  eventName: string;
  roundId: number;
  roundName: string;
  level: string;
  team: boolean;
  rank: number;
  tied: number;
  ranked: number;
  percentile: number;
  prize: string | null;
  awardBonus: number;
  ageMonths: number;
  decay: number;
  /** v in talent-score.md, 0–1. */
  value: number;
  /** Among the best results that count. */
  counted: boolean;
  contribution: string;
}

export interface AssessmentEvidence {
  kind: 'assessment';
  assessmentId: number;
  clubId: number;
  assessedOn: string;
  normalised: number;
  ageMonths: number;
  weight: number;
  contribution: string;
}

export interface AttendanceEvidence {
  kind: 'attendance';
  clubId: number;
  clubName: string;
  present: number;
  absent: number;
  rate: number;
  contribution: string;
}

export type Evidence = ResultEvidence | AssessmentEvidence | AttendanceEvidence;

export interface TalentScore {
  participantId: number;
  /** In hundredths (4138 is 41.38): ranking compares integers. */
  score: number;
  scoreText: string;
  /** The parts of the score by component, in hundredths; they sum to `score`. */
  parts: { contests: number; assessments: number; attendance: number };
  independentEvidence: number;
  meetsMinimum: boolean;
  evidence: Evidence[];
}

/** Decimals for the evidence's informative values (the contributions are exact hundredths). */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** The talent score of one child with its evidence and a breakdown summing exactly to it (talent-score.md). */
export function scoreParticipant(
  child: ParticipantEvidence,
  parameters: TalentParameters,
  periodEnd: string,
): TalentScore {
  const weights = normalisedWeights(parameters.weights);
  const results = resultLines(child.results, parameters, periodEnd);
  const assessments = assessmentLines(child.assessments, parameters, periodEnd);
  const attendance = attendanceLines(child.attendance);

  const counted = [...results]
    .sort(
      (a, b) =>
        b.value - a.value ||
        (a.fact.eventEndDate < b.fact.eventEndDate
          ? 1
          : a.fact.eventEndDate > b.fact.eventEndDate
            ? -1
            : 0) ||
        a.fact.roundId - b.fact.roundId,
    )
    .slice(0, parameters.bestResults);
  const countedSet = new Set(counted);
  const resultPoints = results.map((line) =>
    countedSet.has(line) ? (100 * weights.contests * line.value) / parameters.bestResults : 0,
  );
  const weightSum = assessments.reduce((sum, line) => sum + line.weight, 0);
  const assessmentPoints = assessments.map((line) =>
    weightSum > 0 ? (100 * weights.assessments * line.weight * line.normalised) / weightSum : 0,
  );
  const sessions = attendance.reduce((sum, line) => sum + line.present + line.absent, 0);
  const attendancePoints = attendance.map((line) =>
    sessions > 0 ? (100 * weights.attendance * line.present) / sessions : 0,
  );

  const { total, parts } = splitHundredths(
    [...resultPoints, ...assessmentPoints, ...attendancePoints].map(toFine),
  );
  const resultParts = parts.slice(0, results.length);
  const assessmentParts = parts.slice(results.length, results.length + assessments.length);
  const attendanceParts = parts.slice(results.length + assessments.length);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  const independent =
    new Set(child.results.map((fact) => fact.eventId)).size +
    new Set(child.assessments.map((fact) => fact.assessorId)).size;

  return {
    participantId: child.participantId,
    score: total,
    scoreText: hundredthsText(total),
    parts: {
      contests: sum(resultParts),
      assessments: sum(assessmentParts),
      attendance: sum(attendanceParts),
    },
    independentEvidence: independent,
    meetsMinimum: independent >= parameters.minEvidence,
    evidence: [
      ...results.map((line, index): ResultEvidence => ({
        kind: 'result',
        eventId: line.fact.eventId,
        eventName: line.fact.eventName,
        roundId: line.fact.roundId,
        roundName: line.fact.roundName,
        level: line.fact.level,
        team: line.fact.team,
        rank: line.fact.rank,
        tied: line.fact.tied,
        ranked: line.fact.ranked,
        percentile: round6(line.percentile),
        prize: line.fact.prize,
        awardBonus: line.bonus,
        ageMonths: line.ageMonths,
        decay: round6(line.decay),
        value: round6(line.value),
        counted: countedSet.has(line),
        contribution: hundredthsText(resultParts[index]),
      })),
      ...assessments.map((line, index): AssessmentEvidence => ({
        kind: 'assessment',
        assessmentId: line.fact.assessmentId,
        clubId: line.fact.clubId,
        assessedOn: line.fact.assessedOn,
        normalised: round6(line.normalised),
        ageMonths: line.ageMonths,
        weight: round6(line.weight),
        contribution: hundredthsText(assessmentParts[index]),
      })),
      ...attendance.map((line, index): AttendanceEvidence => ({
        kind: 'attendance',
        clubId: line.clubId,
        clubName: line.clubName,
        present: line.present,
        absent: line.absent,
        rate: sessions > 0 ? round6(line.present / (line.present + line.absent || 1)) : 0,
        contribution: hundredthsText(attendanceParts[index]),
      })),
    ],
  };
}

/** Evidence in a stable order (the breakdown's, and the largest-remainder tie order). */
function resultLines(facts: ResultFact[], parameters: TalentParameters, periodEnd: string) {
  const maxBonus = Math.max(0, ...parameters.awardBonus);
  return [...facts]
    .sort(
      (a, b) =>
        (a.eventEndDate < b.eventEndDate ? -1 : a.eventEndDate > b.eventEndDate ? 1 : 0) ||
        a.roundId - b.roundId,
    )
    .map((fact) => {
      const p = percentile(fact.rank, fact.tied, fact.ranked);
      const bonus = awardBonus(fact.prizePlace, parameters.awardBonus);
      const ageMonths = monthsBetween(fact.eventEndDate, periodEnd);
      const decay = halfLifeDecay(ageMonths, 12 * parameters.halfLifeYears);
      const value =
        ((p + bonus) / (1 + maxBonus)) *
        levelFactor(fact.level, parameters.levelWeights) *
        decay *
        (fact.team ? parameters.teamFactor : 1);
      return { fact, percentile: p, bonus, ageMonths, decay, value };
    });
}

function assessmentLines(facts: AssessmentFact[], parameters: TalentParameters, periodEnd: string) {
  return [...facts]
    .sort(
      (a, b) =>
        (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0) ||
        a.assessmentId - b.assessmentId,
    )
    .map((fact) => {
      const ageMonths = monthsBetween(fact.assessedOn, periodEnd);
      return {
        fact,
        ageMonths,
        normalised: normalisedAssessment(fact.marks),
        weight: halfLifeDecay(ageMonths, parameters.assessmentHalfLifeMonths),
      };
    });
}

function attendanceLines(facts: AttendanceFact[]): AttendanceFact[] {
  return [...facts].filter((fact) => fact.present + fact.absent > 0).sort((a, b) => a.clubId - b.clubId);
}

import type { ParticipantEvidence, ResultFact } from './evidence';
import { DEFAULT_PARAMETERS, withDefaults } from './parameters';
import { scoreParticipant } from './talent-score';

const END = '2025-12-31';

function result(overrides: Partial<ResultFact> = {}): ResultFact {
  return {
    eventId: 1,
    eventName: 'Hội thi Piano',
    level: 'national',
    eventEndDate: END,
    roundId: 1,
    roundName: 'Chung khảo',
    team: false,
    rank: 1,
    tied: 1,
    ranked: 11,
    prize: null,
    prizePlace: null,
    ...overrides,
  };
}

function child(overrides: Partial<ParticipantEvidence> = {}): ParticipantEvidence {
  return {
    participantId: 7,
    age: 10,
    gender: 'female',
    dateOfBirth: '2015-03-01',
    homeLocalityId: 1,
    results: [],
    assessments: [],
    attendance: [],
    ...overrides,
  };
}

/** The score of a child with only these results, in hundredths. */
const scoreOf = (results: ResultFact[], parameters = DEFAULT_PARAMETERS) =>
  scoreParticipant(child({ results }), parameters, END).score;

describe('scoreParticipant', () => {
  it('computes the worked example of talent-score.md, its breakdown summing exactly to the score', () => {
    const scored = scoreParticipant(
      child({
        results: [
          // p = (11 − 2)/10 = 0.9; (0.9 + 0.3)/1.5 = 0.8; × 3/4 = 0.6 → 100 × 0.6 × 0.6 / 3 = 12
          result({
            eventId: 1,
            roundId: 1,
            level: 'provincial',
            rank: 2,
            ranked: 11,
            prize: 'Nhì',
            prizePlace: 1,
          }),
          // m = 4; p = 5/8 = 0.625; (0.625 + 0.2)/1.5 = 0.55; × 2/4 × 0.5 (24 months) × 0.5 (team) = 0.06875
          // → 100 × 0.6 × 0.06875 / 3 = 1.375
          result({
            eventId: 2,
            roundId: 2,
            level: 'district',
            eventEndDate: '2023-12-31',
            team: true,
            rank: 3,
            tied: 3,
            ranked: 9,
            prize: 'Ba',
            prizePlace: 2,
          }),
        ],
        assessments: [
          // a = (0.8 + 0.6)/2 = 0.7, w = 1 → 30 × 0.7 / 1.5 = 14
          {
            assessmentId: 10,
            assessedOn: END,
            assessorId: 100,
            clubId: 5,
            marks: [
              { value: 8, min: 0, max: 10 },
              { value: 6, min: 0, max: 10 },
            ],
          },
          // a = 0.5, w = 0.5 (12 months) → 30 × 0.25 / 1.5 = 5
          {
            assessmentId: 11,
            assessedOn: '2024-12-31',
            assessorId: 101,
            clubId: 5,
            marks: [{ value: 5, min: 0, max: 10 }],
          },
        ],
        // 18 / (18 + 2) = 0.9 → 10 × 0.9 = 9
        attendance: [{ clubId: 5, clubName: 'CLB Piano', present: 18, absent: 2 }],
      }),
      DEFAULT_PARAMETERS,
      END,
    );
    // 12 + 1.375 + 14 + 5 + 9 = 41.375 → 41.38; 137.5 hundredths takes the missing hundredth (largest remainder)
    expect(scored.scoreText).toBe('41.38');
    expect(scored.evidence.map((line) => line.contribution)).toEqual([
      '1.38',
      '12.00',
      '5.00',
      '14.00',
      '9.00',
    ]);
    expect(scored.parts).toEqual({ contests: 1338, assessments: 1900, attendance: 900 });
    expect(scored.independentEvidence).toBe(4);
    expect(scored.meetsMinimum).toBe(true);
    const first = scored.evidence[1];
    expect(first).toMatchObject({ kind: 'result', percentile: 0.9, awardBonus: 0.3, decay: 1, value: 0.6 });
    expect(scored.evidence[0]).toMatchObject({
      percentile: 0.625,
      ageMonths: 24,
      decay: 0.5,
      value: 0.06875,
    });
  });

  it('decays a result by its age with the half-life, also when set per run', () => {
    // national, rank 1 of 11, no prize: (1 + 0)/1.5 × 1 = 0.666667; × 60/3 = 13.333 points
    expect(scoreOf([result()])).toBe(1333);
    // 24 months with a 2-year half-life: × 0.5 = 6.667 → 6.67
    expect(scoreOf([result({ eventEndDate: '2023-12-31' })])).toBe(667);
    // 12 months: × 0.5^0.5 = 0.707107 → 13.3333 × 0.707107 = 9.4281 → 9.43
    expect(scoreOf([result({ eventEndDate: '2024-12-31' })])).toBe(943);
    // half-life 1 year, 24 months: × 0.25 → 3.333 → 3.33
    expect(scoreOf([result({ eventEndDate: '2023-12-31' })], withDefaults({ halfLifeYears: 1 }))).toBe(333);
  });

  it('weights event levels 1/2/3/4 over 4', () => {
    // rank 1 of 11, no prize: 20 × (1/1.5) × L/4
    expect(scoreOf([result({ level: 'grassroots' })])).toBe(333); // 13.333 / 4 = 3.333
    expect(scoreOf([result({ level: 'district' })])).toBe(667); // 6.667
    expect(scoreOf([result({ level: 'provincial' })])).toBe(1000); // 10.00
    expect(scoreOf([result({ level: 'national' })])).toBe(1333); // 13.33
  });

  it('counts team results by the team factor', () => {
    expect(scoreOf([result({ team: true })])).toBe(667); // 13.333 × 0.5
    expect(scoreOf([result({ team: true })], withDefaults({ teamFactor: 0.25 }))).toBe(333);
  });

  it('adds the award bonus by the prize place, the last bonus repeating', () => {
    // rank 1 of 11, first prize: (1 + 0.5)/1.5 = 1 → 20
    expect(scoreOf([result({ prize: 'Nhất', prizePlace: 0 })])).toBe(2000);
    // rank 6 of 11: p = 0.5; consolation (place 3, bonus 0.1): 0.6/1.5 = 0.4 → 8; a fifth prize too
    expect(scoreOf([result({ rank: 6, prize: 'KK', prizePlace: 3 })])).toBe(800);
    expect(scoreOf([result({ rank: 6, prize: 'Giấy khen', prizePlace: 7 })])).toBe(800);
    // no prize: 0.5/1.5 → 6.67
    expect(scoreOf([result({ rank: 6 })])).toBe(667);
  });

  it('shares the percentile of tied ranks and counts only the best results', () => {
    // 2 tied at rank 1 of 5: m = 1.5, p = 3.5/4 = 0.875 → 20 × 0.875/1.5 = 11.667
    expect(scoreOf([result({ tied: 2, ranked: 5 })])).toBe(1167);
    // alone in its round: p = 1
    expect(scoreOf([result({ ranked: 1 })])).toBe(1333);
    // four results of 13.333/3 × 3 … only the best 3 count: 3 × 13.333 (rank 1) = 40; the 4th (rank 11, p = 0) 0
    const four = [1, 2, 3, 4].map((id) => result({ eventId: id, roundId: id, rank: id === 4 ? 11 : 1 }));
    const scored = scoreParticipant(child({ results: four }), DEFAULT_PARAMETERS, END);
    expect(scored.score).toBe(4000);
    expect(scored.evidence.filter((line) => line.kind === 'result' && !line.counted)).toHaveLength(1);
  });

  it('weights recent assessments more and normalises on each criterion scale', () => {
    const scored = scoreParticipant(
      child({
        assessments: [
          // (3 − 1)/(5 − 1) = 0.5, 24 months → w = 0.25
          {
            assessmentId: 1,
            assessedOn: '2023-12-31',
            assessorId: 1,
            clubId: 1,
            marks: [{ value: 3, min: 1, max: 5 }],
          },
          // 1.0, 0 months → w = 1
          {
            assessmentId: 2,
            assessedOn: END,
            assessorId: 1,
            clubId: 1,
            marks: [{ value: 10, min: 0, max: 10 }],
          },
        ],
      }),
      DEFAULT_PARAMETERS,
      END,
    );
    // S = (0.25 × 0.5 + 1 × 1)/1.25 = 0.9 → 30 × 0.9 = 27: 30 × 0.125/1.25 = 3 and 30 × 1/1.25 = 24
    expect(scored.scoreText).toBe('27.00');
    expect(scored.evidence.map((line) => line.contribution)).toEqual(['3.00', '24.00']);
    // one coach: one piece of independent evidence, below the minimum of 2
    expect(scored.independentEvidence).toBe(1);
    expect(scored.meetsMinimum).toBe(false);
  });

  it('rates attendance over all the discipline clubs, one line per club', () => {
    const scored = scoreParticipant(
      child({
        attendance: [
          { clubId: 2, clubName: 'B', present: 3, absent: 1 },
          { clubId: 1, clubName: 'A', present: 2, absent: 0 },
          { clubId: 3, clubName: 'C', present: 0, absent: 0 },
        ],
      }),
      DEFAULT_PARAMETERS,
      END,
    );
    // R = 5/6 → 10 × 5/6 = 8.333 → 8.33; club A 10 × 2/6 = 3.333, club B 10 × 3/6 = 5.00
    expect(scored.scoreText).toBe('8.33');
    expect(scored.evidence.map((line) => line.contribution)).toEqual(['3.33', '5.00']);
    expect(scored.independentEvidence).toBe(0);
  });

  it('needs the minimum of independent evidence: distinct events and coaches', () => {
    const twoRoundsOneEvent = [result({ eventId: 1, roundId: 1 }), result({ eventId: 1, roundId: 2 })];
    expect(
      scoreParticipant(child({ results: twoRoundsOneEvent }), DEFAULT_PARAMETERS, END).meetsMinimum,
    ).toBe(false);
    const twoEvents = [result({ eventId: 1, roundId: 1 }), result({ eventId: 2, roundId: 2 })];
    expect(scoreParticipant(child({ results: twoEvents }), DEFAULT_PARAMETERS, END).meetsMinimum).toBe(true);
    expect(
      scoreParticipant(child({ results: twoEvents }), withDefaults({ minEvidence: 3 }), END).meetsMinimum,
    ).toBe(false);
  });

  it('normalises weights that do not sum to 1', () => {
    // contests only: 100 × (1/1.5)/3 = 22.22
    const parameters = withDefaults({ weights: { contests: 2, assessments: 0, attendance: 0 } });
    expect(scoreOf([result()], parameters)).toBe(2222);
  });
});

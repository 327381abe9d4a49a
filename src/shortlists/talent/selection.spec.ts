import { bandOf, bandsOverlap, placeAndSelect, type Scored } from './selection';

function scored(participantId: number, score: number, overrides: Partial<Scored> = {}): Scored {
  return {
    participantId,
    score,
    scoreText: '',
    parts: { contests: score, assessments: 0, attendance: 0 },
    independentEvidence: 2,
    meetsMinimum: true,
    evidence: [],
    age: 9,
    homeLocalityId: 1,
    ...overrides,
  };
}

const summary = (placed: ReturnType<typeof placeAndSelect>) =>
  placed.map((row) => [row.child.participantId, row.band, row.rankInBand, row.via]);

describe('age bands', () => {
  it('places an age in its band and refuses overlapping bands', () => {
    const bands = [
      { min: 8, max: 9 },
      { min: 10, max: 12 },
    ];
    expect(bandOf(8, bands)).toBe(0);
    expect(bandOf(10, bands)).toBe(1);
    expect(bandOf(13, bands)).toBe(-1);
    expect(bandsOverlap(bands)).toBe(false);
    expect(bandsOverlap([...bands, { min: 12, max: 14 }])).toBe(true);
  });
});

describe('placeAndSelect', () => {
  it('ranks within bands and keeps the top N of each, meeting the minimum evidence', () => {
    const children = [
      scored(1, 5000),
      scored(2, 7000),
      scored(3, 9000, { meetsMinimum: false }),
      scored(4, 6000, { age: 11 }),
      scored(5, 8000, { age: 12 }),
      scored(6, 4000),
    ];
    const placed = placeAndSelect(
      children,
      [
        { min: 8, max: 9 },
        { min: 10, max: 12 },
      ],
      { mode: 'top', perBand: 2 },
      null,
    );
    // band 0 by score: 3 (9000, too little evidence), 2, 1, 6 → 2 and 1 selected
    expect(summary(placed)).toEqual([
      [3, 0, 1, null],
      [2, 0, 2, 'rank'],
      [1, 0, 3, 'rank'],
      [6, 0, 4, null],
      [5, 1, 1, 'rank'],
      [4, 1, 2, 'rank'],
    ]);
  });

  it('breaks ties by contests part, assessments part, then participant id', () => {
    const children = [
      scored(9, 5000, { parts: { contests: 3000, assessments: 2000, attendance: 0 } }),
      scored(4, 5000, { parts: { contests: 3000, assessments: 1000, attendance: 1000 } }),
      scored(2, 5000, { parts: { contests: 3000, assessments: 2000, attendance: 0 } }),
      scored(7, 5000, { parts: { contests: 4000, assessments: 0, attendance: 1000 } }),
    ];
    const placed = placeAndSelect(children, [{ min: 8, max: 9 }], { mode: 'top', perBand: 3 }, null);
    expect(summary(placed).map(([id, , rank, via]) => [id, rank, via])).toEqual([
      [7, 1, 'rank'],
      [2, 2, 'rank'],
      [9, 3, 'rank'],
      [4, 4, null],
    ]);
  });

  it('selects by threshold', () => {
    const placed = placeAndSelect(
      [scored(1, 6000), scored(2, 5999), scored(3, 7000)],
      [{ min: 8, max: 9 }],
      { mode: 'threshold', minScore: 6000 },
      null,
    );
    expect(summary(placed).map(([id, , , via]) => [id, via])).toEqual([
      [3, 'rank'],
      [1, 'rank'],
      [2, null],
    ]);
  });

  it('gives the best K of each locality a place with the local quota', () => {
    const children = [
      scored(1, 9000, { homeLocalityId: 10 }),
      scored(2, 8000, { homeLocalityId: 10 }),
      scored(3, 7000, { homeLocalityId: 10 }),
      scored(4, 3000, { homeLocalityId: 20 }), // Cô Tô: few events, low score
      scored(5, 2000, { homeLocalityId: 20 }),
      scored(6, 2500, { homeLocalityId: 30, meetsMinimum: false }),
    ];
    const placed = placeAndSelect(children, [{ min: 8, max: 9 }], { mode: 'top', perBand: 2 }, 1);
    // top 2: 1, 2; quota 1 per locality: 10's best (1) already in, 20's best (4) added; 30's lacks evidence
    expect(summary(placed).map(([id, , , via]) => [id, via])).toEqual([
      [1, 'rank'],
      [2, 'rank'],
      [3, null],
      [4, 'local_quota'],
      [6, null],
      [5, null],
    ]);
  });
});

import type { ConsentScope } from '../participants/entities/consent.entity';
import {
  byRankThenCode,
  mayPublishName,
  PublicationFacts,
  publicName,
  publicResults,
} from './public-results';
import type { EntryResultView, PublishedResults } from './results-view';

const TODAY = '2026-06-01';

function person(
  participantId: number,
  dateOfBirth: string | null,
  consents: { guardian?: ConsentScope[]; participant?: ConsentScope[] },
  extra: Partial<PublicationFacts> = {},
): PublicationFacts {
  return {
    participantId,
    fullName: `Người ${participantId}`,
    dateOfBirth,
    anonymised: false,
    activeConsents: [
      ...(consents.guardian ? [{ kind: 'guardian' as const, scopes: consents.guardian }] : []),
      ...(consents.participant ? [{ kind: 'participant' as const, scopes: consents.participant }] : []),
    ],
    ...extra,
  };
}

const both: { guardian: ConsentScope[]; participant: ConsentScope[] } = {
  guardian: ['contests', 'publication'],
  participant: ['publication'],
};

describe('mayPublishName', () => {
  it('needs the guardian’s and, from 7, the child’s own consent to publication', () => {
    expect(mayPublishName(person(1, '2016-03-15', both), TODAY)).toBe(true); // 10
    expect(mayPublishName(person(1, '2016-03-15', { guardian: ['publication'] }), TODAY)).toBe(false);
    expect(
      mayPublishName(
        person(1, '2016-03-15', { guardian: ['contests'], participant: ['publication'] }),
        TODAY,
      ),
    ).toBe(false);
    expect(mayPublishName(person(1, '2020-01-10', { guardian: ['publication'] }), TODAY)).toBe(true); // 6
    expect(mayPublishName(person(1, '2019-06-01', { guardian: ['publication'] }), TODAY)).toBe(false); // 7 today
  });

  it('needs only their own consent once adult', () => {
    expect(mayPublishName(person(1, '2008-05-31', { participant: ['publication'] }), TODAY)).toBe(true); // 18
    expect(mayPublishName(person(1, '2008-06-02', { participant: ['publication'] }), TODAY)).toBe(false); // 17
  });

  it('never names an anonymised or unknown participant', () => {
    expect(mayPublishName(person(1, '2016-03-15', both, { anonymised: true }), TODAY)).toBe(false);
    expect(mayPublishName(person(1, null, both, { fullName: '' }), TODAY)).toBe(false);
    expect(mayPublishName(undefined, TODAY)).toBe(false);
  });
});

describe('publicName', () => {
  const entryOf = (participantIds: number[], teamName: string | null = null) =>
    ({ teamName, members: participantIds.map((participantId) => ({ participantId })) }) as EntryResultView;
  const facts = new Map([
    [1, person(1, '2016-03-15', both)],
    [2, person(2, '2015-09-01', both)],
    [3, person(3, '2016-03-15', { guardian: ['contests'] })],
  ]);

  it('names an individual only with consent', () => {
    expect(publicName(entryOf([1]), 'individual', facts, TODAY)).toBe('Người 1');
    expect(publicName(entryOf([3]), 'individual', facts, TODAY)).toBeNull();
    expect(publicName(entryOf([99]), 'individual', facts, TODAY)).toBeNull();
  });

  it('names a team by its name, else by its members’ names when all of them consent', () => {
    expect(publicName(entryOf([1, 3], 'Nhóm Hoa Sen'), 'team', facts, TODAY)).toBe('Nhóm Hoa Sen');
    expect(publicName(entryOf([1, 2]), 'team', facts, TODAY)).toBe('Người 1, Người 2');
    expect(publicName(entryOf([1, 3]), 'team', facts, TODAY)).toBeNull();
    expect(publicName(entryOf([]), 'team', facts, TODAY)).toBeNull();
  });
});

describe('publicResults', () => {
  it('answers only the public fields, and says whether a publication was corrected', () => {
    const results = {
      event: {
        id: 1,
        name: 'Liên hoan',
        kind: 'festival',
        level: 'provincial',
        startDate: '2026-06-01',
        endDate: '2026-06-03',
        venue: null,
      },
      category: { id: 2, code: 'B', name: 'Bảng B', format: 'individual' },
      round: { id: 3, name: 'Chung khảo', position: 2 },
      complete: true,
      entries: [
        {
          entryId: 4,
          code: 'B-004',
          title: 'Bèo dạt mây trôi',
          teamName: null,
          organisationName: 'Trường Tiểu học Hạ Long',
          localityName: 'Phường Hạ Long',
          members: [{ participantId: 1 }],
          status: 'ranked',
          finalScore: '9.10',
          rank: 1,
          prize: 'gold',
          advances: true,
          flags: [],
          breakdown: {},
        },
      ],
      missingScores: [],
      normalisation: [],
    } as unknown as PublishedResults;
    const publishedAt = new Date('2026-06-03T10:00:00Z');
    const facts = new Map([[1, person(1, '2016-03-15', both)]]);
    expect(publicResults({ version: 2, publishedAt, results }, facts, TODAY)).toEqual({
      event: results.event,
      category: { code: 'B', name: 'Bảng B' },
      round: { name: 'Chung khảo', position: 2 },
      version: 2,
      publishedAt,
      corrected: true,
      entries: [
        {
          rank: 1,
          code: 'B-004',
          name: 'Người 1',
          title: 'Bèo dạt mây trôi',
          unit: 'Trường Tiểu học Hạ Long',
          locality: 'Phường Hạ Long',
          score: '9.10',
          prize: 'gold',
          advances: true,
        },
      ],
    });
    expect(publicResults({ version: 1, publishedAt, results }, new Map(), TODAY).entries[0].name).toBeNull();
  });
});

describe('byRankThenCode', () => {
  it('lists by rank, then shared ranks and the unranked by code (A-009 before A-010)', () => {
    const listed = [
      { rank: null, code: 'A-010' },
      { rank: 2, code: 'A-003' },
      { rank: null, code: 'A-009' },
      { rank: 1, code: 'A-012' },
      { rank: 1, code: 'A-002' },
    ].sort(byRankThenCode);
    expect(listed.map((entry) => entry.code)).toEqual(['A-002', 'A-012', 'A-003', 'A-009', 'A-010']);
  });
});

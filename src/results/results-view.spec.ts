import { disagreementFlags } from '../competition/flags';
import { RoundMaterials, RoundMaterialsReader, RoundScope } from '../competition/round-materials';
import { Category } from '../competition/entities/category.entity';
import { Event } from '../competition/entities/event.entity';
import { Round } from '../competition/entities/round.entity';
import { computeRoundResults } from '../scoring/engine';
import { canonicalJson } from '../common/canonical-json';
import { participantIds, publishedResults, sameResults, withNames } from './results-view';

// One criterion out of 10, the mean of the judges' totals, ties broken by the head judge, spreads over 1
// flagged. Judges 10 (head, Lê Văn Hùng) and 11 (Phạm Thị Mai); 11 declared a relation with entry 2's entrant.
//   entry 1: 10 gives 8, 11 gives 6 → 7, spread 2 (flagged); tied with entry 3, which 10 marked lower
//   entry 2: 10 gives 9, 11 recused → 9, first
//   entry 3: 10 gives 6, 11 gives 8 → 7, spread 2 (flagged); loses the tie-break to entry 1
const scope: RoundScope = {
  event: Object.assign(new Event(), {
    id: 5,
    name: 'Hội thi Giai điệu tuổi hồng',
    kind: 'contest',
    level: 'district',
    venue: null,
    startDate: '2026-06-01',
    endDate: '2026-06-02',
    state: 'judging',
  }),
  category: Object.assign(new Category(), {
    id: 7,
    code: 'A',
    name: 'Bảng A',
    format: 'individual',
    prizes: [{ prize: 'first', count: 1 }],
  }),
  round: Object.assign(new Round(), {
    id: 9,
    name: 'Vòng chung khảo',
    position: 1,
    criteria: [{ code: 'c', name: 'Tổng hợp', min: '0', max: '10', step: '0.5', weight: '1' }],
    method: { kind: 'mean' },
    basis: 'totals',
    decimals: 2,
    tieBreaks: [{ kind: 'headJudge' }],
    spreadLimit: '1.0000',
    advancement: null,
    state: 'open',
  }),
};

const entry = (entryId: number, participantId: number, fullName: string) => ({
  entryId,
  code: `A-00${entryId}`,
  number: entryId,
  title: null,
  teamName: null,
  organisationId: 3,
  organisationName: 'Đoàn phường Hồng Gai',
  localityId: null,
  localityName: null,
  coachUserId: null,
  clubId: null,
  members: [{ participantId, fullName }],
});
const judge = (userId: number, fullName: string, role: 'head' | 'member') => ({
  userId,
  fullName,
  role,
  absent: false,
  submittedAt: null,
  submittedBy: null,
});
const score = (entryId: number, judgeId: number, value: string) => ({
  entryId,
  judgeId,
  criterion: 'c',
  value,
  version: 1,
  enteredBy: judgeId,
});

const materials: RoundMaterials = {
  entries: [entry(1, 101, 'Nguyễn Thị Ánh'), entry(2, 102, 'Đặng Văn Đức'), entry(3, 103, 'Trần Minh Khôi')],
  panel: [judge(10, 'Lê Văn Hùng', 'head'), judge(11, 'Phạm Thị Mai', 'member')],
  recusals: [
    { judgeId: 11, entryId: 2, grounds: [{ reason: 'declared', participantId: 102, relation: 'cháu ruột' }] },
  ],
  deductions: [],
  scores: [score(1, 10, '8'), score(1, 11, '6'), score(2, 10, '9'), score(3, 10, '6'), score(3, 11, '8')],
};

function compute() {
  const results = computeRoundResults(new RoundMaterialsReader().engineInput(scope, materials, true));
  return publishedResults(scope, materials, results, disagreementFlags(results, []));
}

describe('publishedResults', () => {
  const published = compute();
  const byCode = (code: string) => published.entries.find((candidate) => candidate.code === code)!;

  it('keeps the engine’s order, scores and prizes, with the entries described', () => {
    expect(published.entries.map((e) => [e.code, e.finalScore, e.rank, e.prize])).toEqual([
      ['A-002', '9.00', 1, 'first'],
      ['A-001', '7.00', 2, null],
      ['A-003', '7.00', 3, null],
    ]);
    expect(byCode('A-001')).toMatchObject({
      entryId: 1,
      organisationName: 'Đoàn phường Hồng Gai',
      localityName: null,
    });
    expect(published.event).toEqual({
      id: 5,
      name: 'Hội thi Giai điệu tuổi hồng',
      kind: 'contest',
      level: 'district',
      startDate: '2026-06-01',
      endDate: '2026-06-02',
      venue: null,
    });
    expect(published.round).toEqual({ id: 9, name: 'Vòng chung khảo', position: 1 });
    expect(published.category).toEqual({ id: 7, code: 'A', name: 'Bảng A', format: 'individual' });
  });

  it('names each judge, and gives a recused judge’s grounds', () => {
    const [head, member] = byCode('A-002').breakdown.judges;
    expect(head).toMatchObject({
      judgeId: 10,
      fullName: 'Lê Văn Hùng',
      role: 'head',
      status: 'counted',
    });
    expect(head.recusalGrounds).toBeNull();
    expect(member).toMatchObject({
      judgeId: 11,
      fullName: 'Phạm Thị Mai',
      role: 'member',
      status: 'recused',
      recusalGrounds: [{ reason: 'declared', participantId: 102, relation: 'cháu ruột' }],
    });
    expect(byCode('A-001').breakdown.panel!.used).toEqual([
      { judgeId: 10, fullName: 'Lê Văn Hùng', value: '8.00' },
      { judgeId: 11, fullName: 'Phạm Thị Mai', value: '6.00' },
    ]);
  });

  it('codes the entries a tie-break decided against', () => {
    const [decision] = byCode('A-001').breakdown.tieBreaks;
    expect(decision.rule).toEqual({ kind: 'headJudge' });
    expect(decision.wonAgainst.map((opponent) => [opponent.entryId, opponent.code])).toEqual([[3, 'A-003']]);
    expect(byCode('A-003').breakdown.tieBreaks[0].lostTo.map((opponent) => opponent.code)).toEqual(['A-001']);
  });

  it('carries the disagreement flags, unconfirmed', () => {
    expect(byCode('A-001').flags).toEqual([
      { kind: 'disagreement', spread: '2.00', limit: '1.00', confirmed: false },
    ]);
    expect(byCode('A-002').flags).toEqual([]);
  });

  it('stores members by id only: names are filled when read', () => {
    expect(byCode('A-001').members).toEqual([{ participantId: 101 }]);
    expect(JSON.stringify(published)).not.toContain('Nguyễn Thị Ánh');
    expect(participantIds(published).sort()).toEqual([101, 102, 103]);
    const named = withNames(
      published,
      new Map([
        [101, 'Nguyễn Thị Ánh'],
        [102, ''],
      ]),
    );
    expect(named.entries.find((e) => e.code === 'A-001')!.members).toEqual([
      { participantId: 101, fullName: 'Nguyễn Thị Ánh' },
    ]);
    // An anonymised participant's name is empty; a recusal names the member concerned.
    const recused = named.entries.find((e) => e.code === 'A-002')!.breakdown.judges[1];
    expect(recused.recusalGrounds).toEqual([
      { reason: 'declared', participantId: 102, participantName: '', relation: 'cháu ruột' },
    ]);
    expect(named.entries.find((e) => e.code === 'A-003')!.members[0].fullName).toBe('');
  });
});

describe('sameResults', () => {
  it('ignores the order of keys, not of entries or values', () => {
    const published = compute();
    const reordered = JSON.parse(canonicalJson(published)) as typeof published;
    expect(Object.keys(reordered)[0]).toBe('category');
    expect(sameResults(published, reordered)).toBe(true);
    expect(sameResults(published, { ...published, entries: [...published.entries].reverse() })).toBe(false);
    const changed = { ...published, entries: published.entries.map((e) => ({ ...e, finalScore: '9.01' })) };
    expect(sameResults(published, changed)).toBe(false);
  });
});

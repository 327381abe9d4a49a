import { compareVersions, type Listed } from './version-diff';

const candidate = (participantId: number, evidence: object[], droppedOut = false): Listed => ({
  participantId,
  score: '10.00',
  evidence,
  droppedOut,
});
const result = (rank: number) => ({ kind: 'result', roundId: 7, rank, contribution: '10.00' });

describe('comparing two versions of a shortlist', () => {
  it('names who came in, who went out and whose evidence changed, and nobody else', () => {
    const before = [candidate(1, [result(1)]), candidate(2, [result(2)]), candidate(3, [result(3)])];
    const after = [
      candidate(1, [result(1)]), // unchanged
      candidate(2, [result(2), { kind: 'assessment', assessmentId: 9, contribution: '5.00' }]),
      candidate(4, [result(3)]), // new
      candidate(3, [result(5)], true), // decided before, dropped out now
    ];
    const diff = compareVersions(before, after);
    expect(diff.cameIn.map((c) => c.participantId)).toEqual([4]);
    expect(diff.wentOut).toEqual([after[3]]);
    expect(
      diff.evidenceChanged.map(({ before: b, after: a }) => [b.participantId, a.evidence.length]),
    ).toEqual([[2, 2]]);
  });

  it('reports a changed rank with an equal score as changed evidence', () => {
    const diff = compareVersions([candidate(1, [result(2)])], [candidate(1, [result(3)])]);
    expect(diff.evidenceChanged).toHaveLength(1);
    expect(diff.cameIn).toEqual([]);
    expect(diff.wentOut).toEqual([]);
  });

  it('counts a child who was only listed as dropped out before as coming in when a candidate again', () => {
    const diff = compareVersions([candidate(5, [result(9)], true)], [candidate(5, [result(1)])]);
    expect(diff.cameIn.map((c) => c.participantId)).toEqual([5]);
    expect(diff.evidenceChanged).toEqual([]);
  });
});

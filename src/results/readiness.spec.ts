import { DisagreementFlag } from '../competition/flags';
import { PanelRow, RoundEntryRow, RoundMaterials, RoundScope } from '../competition/round-materials';
import { Category } from '../competition/entities/category.entity';
import { Event, EventState } from '../competition/entities/event.entity';
import { Round, RoundState } from '../competition/entities/round.entity';
import { RoundResults } from '../scoring/engine';
import { readiness } from './readiness';

const scopeOf = (eventState: EventState, roundState: RoundState): RoundScope => ({
  event: Object.assign(new Event(), { id: 1, state: eventState }),
  category: Object.assign(new Category(), { id: 2, code: 'A' }),
  round: Object.assign(new Round(), { id: 3, state: roundState }),
});
const entry = (entryId: number): RoundEntryRow => ({
  entryId,
  code: `A-00${entryId}`,
  number: entryId,
  title: null,
  teamName: null,
  organisationId: 1,
  organisationName: 'Đoàn phường Bãi Cháy',
  localityId: null,
  localityName: null,
  coachUserId: null,
  clubId: null,
  members: [],
});
const member = (userId: number, role: PanelRow['role'], extra: Partial<PanelRow> = {}): PanelRow => ({
  userId,
  fullName: `Giám khảo ${userId}`,
  role,
  absent: false,
  submittedAt: null,
  submittedBy: null,
  ...extra,
});
const complete: RoundResults = { entries: [], missingScores: [], complete: true, normalisation: [] };

// Entries 1 and 2. Judges: 10 (head, submitted), 11 (member, not submitted), 12 (recused from both entries,
// not submitted: owes nothing), 13 (absent), 14 (a secretary: never owes a sheet).
const materials: RoundMaterials = {
  entries: [entry(1), entry(2)],
  panel: [
    member(10, 'head', { submittedAt: new Date(), submittedBy: 10 }),
    member(11, 'member'),
    member(12, 'member'),
    member(13, 'member', { absent: true }),
    member(14, 'secretary'),
  ],
  recusals: [
    { judgeId: 12, entryId: 1, grounds: [{ reason: 'coaches_entry', participantId: null, relation: null }] },
    { judgeId: 12, entryId: 2, grounds: [{ reason: 'coaches_club', participantId: null, relation: null }] },
    { judgeId: 11, entryId: 1, grounds: [{ reason: 'coaches_entry', participantId: null, relation: null }] },
  ],
  deductions: [],
  scores: [],
};
const flag = (entryId: number, confirmed: boolean): DisagreementFlag => ({
  entryId,
  spread: '3.50',
  limit: '2.00',
  confirmed,
  confirmation: null,
});

describe('readiness', () => {
  it('is ready with the round locked, every owed sheet submitted, no score missing, every flag confirmed', () => {
    const ready = { ...materials, panel: materials.panel.map((m) => ({ ...m, submittedAt: new Date() })) };
    expect(readiness(scopeOf('judging', 'locked'), ready, complete, [flag(1, true)])).toEqual({
      canPublish: true,
      blockers: [],
    });
    expect(readiness(scopeOf('published', 'locked'), ready, complete, []).canPublish).toBe(true);
  });

  it('names what blocks publication, in a stable order', () => {
    const incomplete: RoundResults = {
      ...complete,
      complete: false,
      missingScores: [
        { judgeId: '10', entries: [{ entryId: '1', criteria: ['a', 'b'] }] },
        { judgeId: '11', entries: [{ entryId: '2', criteria: ['a', 'b', 'c'] }] },
      ],
    };
    expect(
      readiness(scopeOf('open', 'open'), materials, incomplete, [flag(2, false), flag(1, true)]),
    ).toEqual({
      canPublish: false,
      blockers: [
        { kind: 'event_state', state: 'open' },
        { kind: 'round_not_locked' },
        // 11 is recused from entry 1 but still owes entry 2; 12 owes nothing; 13 is absent; 14 a secretary.
        { kind: 'sheet_not_submitted', judgeId: 11, fullName: 'Giám khảo 11' },
        { kind: 'scores_missing', judges: 2, cells: 5 },
        { kind: 'unconfirmed_flag', entryId: 2, code: 'A-002', spread: '3.50', limit: '2.00' },
      ],
    });
  });

  it('names a round without entries (where no judge owes anything), and one without a judge present', () => {
    expect(
      readiness(scopeOf('judging', 'locked'), { ...materials, entries: [] }, complete, []).blockers,
    ).toEqual([{ kind: 'no_entries' }]);
    const nobody = { ...materials, panel: [member(13, 'member', { absent: true }), member(14, 'secretary')] };
    expect(readiness(scopeOf('judging', 'locked'), nobody, complete, []).blockers).toEqual([
      { kind: 'no_judges' },
    ]);
  });

  it('refuses an archived event, and one still in draft', () => {
    expect(readiness(scopeOf('archived', 'locked'), materials, complete, []).blockers[0]).toEqual({
      kind: 'event_state',
      state: 'archived',
    });
    expect(readiness(scopeOf('draft', 'locked'), materials, complete, []).blockers[0]).toMatchObject({
      state: 'draft',
    });
  });
});

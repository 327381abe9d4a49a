import { AuditLogEntry } from '../src/audit/entities/audit-log-entry.entity';
import { Category } from '../src/competition/entities/category.entity';
import { EntryMember } from '../src/competition/entities/entry-member.entity';
import { Entry } from '../src/competition/entities/entry.entity';
import { Event } from '../src/competition/entities/event.entity';
import { RoundEntry } from '../src/competition/entities/round-entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { Consent } from '../src/participants/entities/consent.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import { JudgingState } from './results-fixtures';
import { CompetitionFactory, Contest, ContestOptions } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * Advancement from a published round, and a trainee's published results in their progress.
 *
 * The source: a district contest, 7 individual entries scored by 3 judges with the same mark on every
 * criterion, the first entry 10, the next 9 and so on (totals 30, 27, 24 … 12), so they rank in entry order;
 * the top 6 advance.
 * After publication entry 6 is withdrawn and entry 4's guardian withdraws the consent to contests.
 */
describe('results: advancement and progress', () => {
  let t: TestApp;
  let cf: CompetitionFactory;
  let judging: JudgingState;
  let source: Contest;
  let token: string;
  let organiserId: number;
  const people: Participant[] = [];
  const entries: Entry[] = [];

  const post = (path: string, body: object = {}) =>
    t.http().post(`/api/v1${path}`).set(bearer(token)).send(body);
  const get = (path: string) => t.http().get(`/api/v1${path}`).set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    cf = new CompetitionFactory(t.dataSource, t.factories);
    judging = new JudgingState(t.dataSource);
    source = await cf.contest({ entries: 0, round: { advancement: { top: 6 } } });
    for (let n = 1; n <= 7; n++) {
      // Entry 3's entrant is 16 on the provincial contest's first day; the others 10.
      const person = await cf.participant(source.organisation.id, {
        dateOfBirth: n === 3 ? '2010-01-01' : '2016-03-15',
      });
      people.push(person);
      entries.push(
        await cf.entry(source.category, [person.id], {
          organisationId: source.organisation.id,
          title: `Bài ${n}`,
        }),
      );
    }
    const organiser = await cf.organiser(source.organisation.id);
    organiserId = organiser.id;
    token = await t.login(organiser.email, organiser.password);
  });

  afterAll(() => t.close());

  describe('before publication', () => {
    it('refuses to advance a round whose results are not published', async () => {
      const response = await post(`/rounds/${source.round.id}/advance`).expect(409);
      expect(response.body.code).toBe('invalid_state');
    });

    it('refuses a published round without an advancement rule', async () => {
      const ruleless = await cf.contest({ organisationId: source.organisation.id, entries: 2 });
      await cf.round(ruleless.category, 2);
      await scoreAndPublish(ruleless.round, ruleless.entries);
      const response = await post(`/rounds/${ruleless.round.id}/advance`).expect(409);
      expect(response.body.detail).toContain('không có quy định đi tiếp');
    });
  });

  describe('into the next round', () => {
    let next: Round;

    beforeAll(async () => {
      await scoreAndPublish(source.round, entries);
      // After publication: entry 6 withdraws; entry 4's guardian withdraws the consent to contests.
      await t.dataSource.manager.update(
        Entry,
        { id: entries[5].id },
        { state: 'withdrawn', withdrawnAt: new Date() },
      );
      await t.dataSource.manager.update(EntryMember, { entryId: entries[5].id }, { activeCategoryId: null });
      await t.dataSource.manager.update(
        Consent,
        { participantId: people[3].id, kind: 'guardian' },
        { withdrawnAt: new Date(), withdrawalReason: 'Gia đình không đồng ý' },
      );
    });

    it('asks for the next round to be created first', async () => {
      const response = await post(`/rounds/${source.round.id}/advance`).expect(409);
      expect(response.body.detail).toContain('hãy tạo vòng đó trước');
    });

    it('makes the next round’s entries the published advancing ones, leaving out a withdrawn entry', async () => {
      next = await cf.round(source.category, 2);
      const response = await post(`/rounds/${source.round.id}/advance`).expect(201);
      expect(response.body).toEqual({
        target: { kind: 'round', roundId: next.id },
        advanced: [0, 1, 2, 3, 4].map((n) => ({ entryId: entries[n].id, code: codeOf(n) })),
        skipped: [{ entryId: entries[5].id, code: 'A-006', reason: 'withdrawn' }],
      });
      const inNext = await t.dataSource.manager.find(RoundEntry, {
        where: { roundId: next.id },
        order: { entryId: 'ASC' },
      });
      expect(inNext.map((row) => row.entryId)).toEqual([0, 1, 2, 3, 4].map((n) => entries[n].id));
      const preview = (await get(`/rounds/${next.id}/results`).expect(200)).body as {
        entries: { code: string }[];
      };
      expect(preview.entries.map((entry) => entry.code).sort()).toEqual([
        'A-001',
        'A-002',
        'A-003',
        'A-004',
        'A-005',
      ]);
      const audit = await t.dataSource.manager.findBy(AuditLogEntry, {
        action: 'round.advance',
        entityId: String(next.id),
      });
      expect(audit).toHaveLength(1);
    });

    it('gives the same list when run again, and refuses once the next round has scores', async () => {
      await post(`/rounds/${source.round.id}/advance`).expect(201);
      expect(await t.dataSource.manager.countBy(RoundEntry, { roundId: next.id })).toBe(5);
      const judge = await cf.panelMember(next, 'head');
      await judging.flat(next, judge.id, entries[0], '8');
      const response = await post(`/rounds/${source.round.id}/advance`).expect(409);
      expect(response.body.detail).toContain('đã có điểm');
      expect(await t.dataSource.manager.countBy(RoundEntry, { roundId: next.id })).toBe(5);
    });
  });

  describe('into a next-level event', () => {
    let target: Contest;

    beforeAll(async () => {
      target = await provincial({ category: { minAge: 8, maxAge: 12 } });
      // Entry 2's entrant already entered the provincial contest by themselves: that entry is number 1.
      await cf.entry(target.category, [people[1].id], { organisationId: source.organisation.id });
    });

    it('creates entries there from the advancing ones, explaining each one it skips', async () => {
      const response = await post(`/rounds/${source.round.id}/advance`, {
        targetCategoryId: target.category.id,
      }).expect(201);
      const created = await t.dataSource.manager.find(Entry, {
        where: { categoryId: target.category.id },
        order: { number: 'ASC' },
      });
      expect(created.map((entry) => [entry.number, entry.advancedFromEntryId, entry.title])).toEqual([
        [1, null, 'Bản nhạc'],
        [2, entries[0].id, 'Bài 1'],
        [3, entries[4].id, 'Bài 5'],
      ]);
      expect(response.body).toEqual({
        target: { kind: 'category', categoryId: target.category.id },
        advanced: [
          { entryId: entries[0].id, code: 'A-001', targetEntryId: created[1].id, targetCode: 'A-002' },
          { entryId: entries[4].id, code: 'A-005', targetEntryId: created[2].id, targetCode: 'A-003' },
        ],
        skipped: [
          {
            entryId: entries[1].id,
            code: 'A-002',
            reason: 'member_already_entered',
            participantIds: [people[1].id],
          },
          {
            entryId: entries[2].id,
            code: 'A-003',
            reason: 'outside_age_band',
            participantIds: [people[2].id],
          },
          {
            entryId: entries[3].id,
            code: 'A-004',
            reason: 'consent_missing',
            participantIds: [people[3].id],
          },
          { entryId: entries[5].id, code: 'A-006', reason: 'withdrawn' },
        ],
      });
      expect(created[1]).toMatchObject({
        organisationId: source.organisation.id,
        state: 'active',
        teamName: null,
        coachUserId: null,
      });
      const members = await t.dataSource.manager.findBy(EntryMember, { entryId: created[1].id });
      expect(members).toEqual([
        { entryId: created[1].id, participantId: people[0].id, activeCategoryId: target.category.id },
      ]);
      expect(
        (await t.dataSource.manager.findOneByOrFail(Category, { id: target.category.id })).nextEntryNumber,
      ).toBe(4);
      const audit = await t.dataSource.manager.findBy(AuditLogEntry, {
        action: 'entry.advance',
        actorId: organiserId,
      });
      expect(audit.map((row) => row.entityId).sort()).toEqual(
        [String(created[1].id), String(created[2].id)].sort(),
      );
    });

    it('skips entries already advanced there when run again', async () => {
      const response = await post(`/rounds/${source.round.id}/advance`, {
        targetCategoryId: target.category.id,
      }).expect(201);
      expect(response.body.advanced).toEqual([]);
      expect(
        response.body.skipped.map((skip: { code: string; reason: string }) => `${skip.code} ${skip.reason}`),
      ).toEqual([
        'A-001 already_advanced',
        'A-002 member_already_entered',
        'A-003 outside_age_band',
        'A-004 consent_missing',
        'A-005 already_advanced',
        'A-006 withdrawn',
      ]);
      expect(await t.dataSource.manager.countBy(Entry, { categoryId: target.category.id })).toBe(3);
    });

    it('refuses the same event, the same level, an event not open for entries, and one out of reach', async () => {
      const sameEvent = await post(`/rounds/${source.round.id}/advance`, {
        targetCategoryId: source.category.id,
      }).expect(400);
      expect(sameEvent.body.errors[0].path).toBe('targetCategoryId');
      const district = await cf.contest({
        organisationId: source.organisation.id,
        state: 'open',
        level: 'district',
        entries: 0,
      });
      await post(`/rounds/${source.round.id}/advance`, { targetCategoryId: district.category.id }).expect(
        400,
      );
      const judgingAlready = await provincial({ state: 'judging' });
      const closed = await post(`/rounds/${source.round.id}/advance`, {
        targetCategoryId: judgingAlready.category.id,
      }).expect(409);
      expect(closed.body.code).toBe('invalid_state');
      const elsewhere = await cf.contest({ state: 'open', level: 'provincial', entries: 0 });
      await post(`/rounds/${source.round.id}/advance`, { targetCategoryId: elsewhere.category.id }).expect(
        404,
      );
      await post(`/rounds/${source.round.id}/advance`, { targetCategoryId: 'x' }).expect(400);
      expect(await t.dataSource.manager.countBy(Entry, { categoryId: district.category.id })).toBe(0);
    });
  });

  describe('final standing', () => {
    // Round 1 weighs 30, round 2 weighs 70; three judges give every criterion the same mark.
    //   round 1: entry 1 9s → 27, entry 2 8s → 24, entry 3 7s → 21, entry 4 6s → 18; the top 2 advance
    //   round 2: entry 1 7s → 21, entry 2 9s → 27
    //   entry 1: (30 × 27 + 70 × 21) / 100 = (810 + 1470) / 100 = 22.80 → 2nd, second prize
    //   entry 2: (30 × 24 + 70 × 27) / 100 = (720 + 1890) / 100 = 26.10 → 1st, first prize
    //   entries 3 and 4 did not reach round 2: incomplete, unranked
    it('combines the published rounds by weight, once every counted round is published', async () => {
      const final = await cf.contest({
        organisationId: source.organisation.id,
        entries: 4,
        round: { advancement: { top: 2 } },
      });
      const second = await cf.round(final.category, 2);
      await t.dataSource.manager.update(Round, { id: final.round.id }, { standingWeight: '30' });
      await t.dataSource.manager.update(Round, { id: second.id }, { standingWeight: '70' });

      await scoreAndPublish(final.round, final.entries, (n) => String(9 - n));
      await post(`/rounds/${final.round.id}/advance`).expect(201);
      const unpublished = await get(`/categories/${final.category.id}/standing`).expect(409);
      expect(unpublished.body).toMatchObject({
        code: 'not_ready',
        blockers: [{ kind: 'round_not_published', roundId: second.id, name: 'Vòng 2', position: 2 }],
      });

      await scoreAndPublish(second, final.entries.slice(0, 2), (n) => ['7', '9'][n]);
      const standing = (await get(`/categories/${final.category.id}/standing`).expect(200)).body as {
        rounds: { roundId: number; weight: string; version: number }[];
        entries: {
          code: string;
          status: string;
          finalScore: string | null;
          rank: number | null;
          prize: string | null;
          members: { participantId: number; fullName: string }[];
          breakdown: { rounds: { roundId: number; score: string | null; contribution: string | null }[] };
        }[];
      };
      expect(standing.rounds.map((round) => [round.roundId, round.weight, round.version])).toEqual([
        [final.round.id, '30', 1],
        [second.id, '70', 1],
      ]);
      expect(
        standing.entries.map((entry) => [
          entry.code,
          entry.status,
          entry.finalScore,
          entry.rank,
          entry.prize,
        ]),
      ).toEqual([
        ['A-002', 'ranked', '26.10', 1, 'first'],
        ['A-001', 'ranked', '22.80', 2, 'second'],
        ['A-003', 'incomplete', null, null, null],
        ['A-004', 'incomplete', null, null, null],
      ]);
      expect(standing.entries[0].breakdown.rounds).toEqual([
        { roundId: final.round.id, weight: '30', score: '24.00', contribution: '7.20' },
        { roundId: second.id, weight: '70', score: '27.00', contribution: '18.90' },
      ]);
      expect(standing.entries[0].members).toEqual([
        { participantId: final.participants[1].id, fullName: final.participants[1].fullName },
      ]);
    });

    it('has nothing to combine when no round counts towards a standing', async () => {
      const plain = await cf.contest({ organisationId: source.organisation.id, entries: 1 });
      const response = await get(`/categories/${plain.category.id}/standing`).expect(409);
      expect(response.body.code).toBe('invalid_state');
      const outsider = await cf.contest({ entries: 1 });
      await get(`/categories/${outsider.category.id}/standing`).expect(404);
    });
  });

  describe('progress', () => {
    it('lists a trainee’s latest published results, newest event first', async () => {
      // A later event where entrant 1 comes second of two.
      const later = await cf.contest({ organisationId: source.organisation.id, entries: 0 });
      await t.dataSource.manager.update(
        Event,
        { id: later.event.id },
        { startDate: '2026-09-12', endDate: '2026-09-12' },
      );
      const rival = await cf.participant(source.organisation.id);
      const laterEntries = [
        await cf.entry(later.category, [rival.id], { organisationId: source.organisation.id }),
        await cf.entry(later.category, [people[0].id], { organisationId: source.organisation.id }),
      ];
      await scoreAndPublish(later.round, laterEntries);

      const progress = (await get(`/participants/${people[0].id}/progress`).expect(200)).body as {
        results: Record<string, unknown>[];
      };
      expect(progress.results).toEqual([
        {
          eventId: later.event.id,
          eventName: later.event.name,
          eventLevel: 'district',
          eventDate: '2026-09-12',
          categoryCode: 'A',
          categoryName: 'Bảng A',
          roundName: 'Vòng sơ khảo',
          roundPosition: 1,
          entryCode: 'A-002',
          // 9 × 3 = 27 against the rival's 10 × 3 = 30; one category, one round: its prizes apply.
          rank: 2,
          finalScore: '27.00',
          prize: 'second',
          advances: false,
          publishedAt: expect.any(String),
        },
        {
          eventId: source.event.id,
          eventName: source.event.name,
          eventLevel: 'district',
          eventDate: '2026-06-01',
          categoryCode: 'A',
          categoryName: 'Bảng A',
          roundName: 'Vòng sơ khảo',
          roundPosition: 1,
          entryCode: 'A-001',
          // Published before round 2 existed, so as the category's last round, with its prizes.
          rank: 1,
          finalScore: '30.00',
          prize: 'first',
          advances: true,
          publishedAt: expect.any(String),
        },
      ]);
      const last = (await get(`/participants/${people[6].id}/progress`).expect(200)).body as {
        results: { rank: number; finalScore: string; prize: string | null; advances: boolean }[];
      };
      expect(last.results).toEqual([
        expect.objectContaining({ rank: 7, finalScore: '12.00', prize: null, advances: false }),
      ]);
    });
  });

  function codeOf(index: number): string {
    return `A-${String(index + 1).padStart(3, '0')}`;
  }

  function provincial(options: ContestOptions): Promise<Contest> {
    return cf.contest({
      organisationId: source.organisation.id,
      state: 'open',
      level: 'provincial',
      entries: 0,
      ...options,
    });
  }

  /** Three judges giving entry n (from 0) `mark(n)`, 10 − n by default, on every criterion; submitted, locked, published. */
  async function scoreAndPublish(
    round: Round,
    scored: Entry[],
    mark: (n: number) => string = (n) => String(10 - n),
  ): Promise<void> {
    const judges = [
      await cf.panelMember(round, 'head'),
      await cf.panelMember(round, 'member'),
      await cf.panelMember(round, 'member'),
    ];
    for (const [n, entry] of scored.entries())
      for (const judge of judges) await judging.flat(round, judge.id, entry, mark(n));
    for (const judge of judges) await judging.submit(round, judge.id);
    await judging.lock(round, judges[0].id);
    await post(`/rounds/${round.id}/publish`).expect(201);
  }
});

import { prizedEntries } from '../src/results/entities/result-snapshot.entity';
import { LocalityLevel } from '../src/localities/entities/locality.entity';
import { Category } from '../src/competition/entities/category.entity';
import { EventOrganisation } from '../src/competition/entities/event-organisation.entity';
import { Event, EventLevel, EventState } from '../src/competition/entities/event.entity';
import { Entry } from '../src/competition/entities/entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { ClubsRepository } from '../src/clubs/clubs.repository';
import { AttendanceStatus } from '../src/clubs/entities/attendance.entity';
import { ClubSession } from '../src/clubs/entities/club-session.entity';
import { Membership } from '../src/clubs/entities/membership.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import type { SummaryRowView } from '../src/reports/dto/report.dto';
import { CompetitionFactory } from './support/competition-factory';
import { ShortlistRows } from './support/shortlist-rows';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * The summary against a fixture built by hand (every expected figure is counted in the comments), grouped by
 * the 2019 districts and by the 2025 communes of the same data.
 *
 * Units: TY25 = the 2025 commune Tiên Yên (formed from 6 communes of Tiên Yên district, 3 whole and 3 in
 * part, and part of Vô Ngại in Bình Liêu: weights 4.5 against 0.5, so apportioned to Tiên Yên district,
 * share 0.9); ĐT = Đồng Tiến, a commune of Cô Tô district until 2025, then wholly in the special zone Cô Tô;
 * TYD = Tiên Yên district itself (split between six 2025 communes, none with a majority: unplaced by commune).
 *
 * Unit A (the scope of the organiser and the viewer):
 *   C1 club at TY25, from 2020-01-01: P1–P6 joined 2020-02-01; sessions 2021-03-01 (P1–P5 present, P6 absent)
 *      and 2021-03-08 (P1–P4 present, P5 absent, P6 excused).
 *   C2 club at ĐT, 2019-01-01..2020-12-31: P7, P8 from 2019-05-01 to 2020-06-30; session 2019-06-01 (P7 present, P8 absent).
 *   C3 club at TYD, from 2022-01-01: P1.
 *   E1 district contest 2021-05-10 at TY25: entries of P1, P2, P3 (at TY25) and P7 (at ĐT); published prizes
 *      P1 "Giải Nhất", P2 "Giải Nhì", P7 "Giải Nhì".
 *   E2 provincial festival 2019-09-01, no locality, no category. E3 a draft (never counted).
 * Unit B (outside A): C4 club at TY25, no members (the admin counts it, A's readers don't).
 *
 * Shortlists of unit A, one lineage: v1 finished 2021-06-01 with candidates P1, P2, P3 (at TY25); v2 (the
 * latest completed, so the one counted) finished 2022-03-01 with P1, P2, P4, P5 (at TY25) and P7 (at ĐT),
 * P6 in its pool only; v3 failed in 2023 (never counted). Decisions: P1, P2 and P3 accepted, P7 rejected.
 * Enrolled: P1 (through v2) and P3 (through v1, but P3 is not a candidate of v2). So shortlisted 5, accepted
 * 2 (P1, P2), enrolled 1 (P1), all in 2022. A second lineage of unit B (P8 at ĐT) is outside A's scope.
 */
describe('Reports: summary and review', () => {
  let t: TestApp;
  let organiserToken: string;
  let viewerToken: string;
  let adminToken: string;
  const unit = { TY25: 0, DT: 0, TYD: 0, CoTo25: 0, CoToD: 0 };

  beforeAll(async () => {
    t = await createTestApp();
    const competitions = new CompetitionFactory(t.dataSource, t.factories);
    const manager = t.dataSource.manager;
    const idOf = async (name: string, level: LocalityLevel, validFrom: string | null) =>
      (await t.factories.localityNamed(name, level, validFrom)).id;
    unit.TY25 = await idOf('Tiên Yên', 'commune', '2025-07-01');
    unit.CoTo25 = await idOf('Cô Tô', 'commune', '2025-07-01');
    unit.DT = await idOf('Đồng Tiến', 'commune', null);
    unit.TYD = await idOf('Tiên Yên', 'district', null);
    unit.CoToD = await idOf('Cô Tô', 'district', null);

    const a: Organisation = await t.factories.organisation({ level: 'district' });
    const b: Organisation = await t.factories.organisation({ level: 'district' });
    const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: a.id }] });
    const viewer = await t.factories.user({ roles: [{ role: 'viewer', organisationId: a.id }] });
    organiserToken = await t.login(organiser.email, organiser.password);
    viewerToken = await t.login(viewer.email, viewer.password);
    adminToken = await t.adminToken();
    const disciplineId = await t.factories.subDisciplineId();

    const people: Participant[] = [];
    for (let i = 0; i < 8; i++) people.push(await competitions.participant(a.id));
    const P = (n: number) => people[n - 1].id;

    const club = async (
      organisationId: number,
      localityId: number,
      validFrom: string,
      validTo: string | null,
    ) => (await t.factories.club(organisationId, { disciplineId, localityId, validFrom, validTo })).id;
    const member = (clubId: number, participantId: number, joinedOn: string, leftOn: string | null = null) =>
      manager.insert(Membership, { clubId, participantId, joinedOn, leftOn, leaveReason: null });
    const session = async (clubId: number, date: string, marks: [number, AttendanceStatus][]) => {
      const { id } = await manager.save(
        manager.create(ClubSession, { clubId, date, startTime: null, endTime: null, topic: null }),
      );
      await new ClubsRepository(t.dataSource).replaceAttendance(
        manager,
        id,
        marks.map(([participantId, status]) => ({ participantId, status, note: null })),
        organiser.id,
      );
    };

    const c1 = await club(a.id, unit.TY25, '2020-01-01', null);
    for (let n = 1; n <= 6; n++) await member(c1, P(n), '2020-02-01');
    await session(c1, '2021-03-01', [
      [P(1), 'present'],
      [P(2), 'present'],
      [P(3), 'present'],
      [P(4), 'present'],
      [P(5), 'present'],
      [P(6), 'absent'],
    ]);
    await session(c1, '2021-03-08', [
      [P(1), 'present'],
      [P(2), 'present'],
      [P(3), 'present'],
      [P(4), 'present'],
      [P(5), 'absent'],
      [P(6), 'excused'],
    ]);
    const c2 = await club(a.id, unit.DT, '2019-01-01', '2020-12-31');
    await member(c2, P(7), '2019-05-01', '2020-06-30');
    await member(c2, P(8), '2019-05-01', '2020-06-30');
    await session(c2, '2019-06-01', [
      [P(7), 'present'],
      [P(8), 'absent'],
    ]);
    const c3 = await club(a.id, unit.TYD, '2022-01-01', null);
    await member(c3, P(1), '2022-01-10');
    await club(b.id, unit.TY25, '2020-01-01', null);

    const event = async (
      level: EventLevel,
      startDate: string,
      localityId: number | null,
      state: EventState,
    ) => {
      const saved = await manager.save(
        manager.create(Event, {
          name: `Hội thi ${level} ${startDate}`,
          kind: 'contest',
          level,
          venue: null,
          localityId,
          startDate,
          endDate: startDate,
          description: null,
          state,
        }),
      );
      await manager.insert(EventOrganisation, { eventId: saved.id, organisationId: a.id, position: 1 });
      return saved;
    };
    const e1 = await event('district', '2021-05-10', unit.TY25, 'published');
    await event('provincial', '2019-09-01', null, 'published');
    const e3 = await event('grassroots', '2021-06-01', unit.TY25, 'draft');
    const categoryOf = async (eventId: number) =>
      manager.save(
        manager.create(Category, {
          eventId,
          code: 'A',
          name: 'Bảng A',
          disciplineId,
          minAge: null,
          maxAge: null,
          ageReferenceDate: null,
          format: 'individual',
          minMembers: 1,
          maxMembers: 1,
          prizes: [],
        }),
      );
    const category = await categoryOf(e1.id);
    const round: Round = await competitions.round(category, 1);
    const entryAt = async (participant: number, localityId: number) => {
      const entry = await competitions.entry(category, [participant], { organisationId: a.id });
      await manager.update(Entry, { id: entry.id }, { localityId });
      return entry.id;
    };
    const prizes: Record<number, string | null> = {
      [await entryAt(P(1), unit.TY25)]: 'Giải Nhất',
      [await entryAt(P(2), unit.TY25)]: 'Giải Nhì',
      [await entryAt(P(3), unit.TY25)]: null,
      [await entryAt(P(7), unit.DT)]: 'Giải Nhì',
    };
    // A draft event's entry never counts.
    await competitions.entry(await categoryOf(e3.id), [P(4)], { organisationId: a.id });
    const results = {
      entries: Object.entries(prizes).map(([entryId, prize]) => ({ entryId: Number(entryId), prize })),
    };
    await manager.query(
      `INSERT INTO result_snapshots (round_id, version, results, entry_prizes, reason, published_by)
       VALUES (?, 1, ?, ?, NULL, ?)`,
      [round.id, JSON.stringify(results), JSON.stringify(prizedEntries(results)), organiser.id],
    );
    await manager.update(Round, { id: round.id }, { publishedVersion: 1 });

    const shortlists = new ShortlistRows(t.dataSource, organiser.id);
    const at = (n: number, homeLocalityId: number, via: 'rank' | null = 'rank') => ({
      participantId: P(n),
      homeLocalityId,
      via,
    });
    const v1 = await shortlists.run({
      organisationId: a.id,
      disciplineIds: [disciplineId],
      finishedAt: '2021-06-01',
      candidates: [at(1, unit.TY25), at(2, unit.TY25), at(3, unit.TY25)],
    });
    const v2 = await shortlists.run({
      organisationId: a.id,
      disciplineIds: [disciplineId],
      lineageId: v1.lineageId,
      lineageVersion: 2,
      finishedAt: '2022-03-01',
      candidates: [
        at(1, unit.TY25),
        at(2, unit.TY25),
        at(4, unit.TY25),
        at(5, unit.TY25),
        at(7, unit.DT),
        at(6, unit.TY25, null),
      ],
    });
    await shortlists.run({
      organisationId: a.id,
      disciplineIds: [disciplineId],
      lineageId: v1.lineageId,
      lineageVersion: 3,
      state: 'failed',
      finishedAt: '2023-01-01',
      candidates: [],
    });
    for (const n of [1, 2, 3]) await shortlists.decide(v2, P(n), 'accepted');
    await shortlists.decide(v2, P(7), 'rejected');
    const programme = await shortlists.programme(c1, disciplineId);
    await shortlists.enrol(v2, P(1), programme);
    await shortlists.enrol(v1, P(3), programme);
    await shortlists.run({
      organisationId: b.id,
      disciplineIds: [disciplineId],
      finishedAt: '2022-03-01',
      candidates: [at(8, unit.DT)],
    });
  });

  afterAll(() => t.close());

  const summary = (token: string, query: string) =>
    t.http().get(`/api/v1/reports/summary?${query}`).set(bearer(token));
  const byLocality = (rows: SummaryRowView[]) =>
    new Map(rows.map((row) => [row.key.locality?.id ?? null, row]));

  // Whole scope: clubs C1, C2, C3 = 3; trainees P1–P8 = 8; sessions 3; attendance present 5+4+1 = 10,
  // absent 1+1+1 = 3 → 10/13 = 0.7692; events E1 (district), E2 (provincial); entries 4, children 4;
  // prizes Nhất 1 (P1), Nhì 2 (P2, P7); shortlisted P1, P2, P4, P5, P7 = 5, accepted P1, P2, enrolled P1.
  const WHOLE = {
    clubs: 3,
    activeTrainees: 8,
    sessionsHeld: 3,
    attendanceRate: 0.7692,
    eventsByLevel: { grassroots: 0, district: 1, provincial: 1, national: 0 },
    entries: 4,
    participants: 4,
    prizesByName: { 'Giải Nhất': 1, 'Giải Nhì': 2 },
    shortlisted: 5,
    accepted: 2,
    enrolled: 1,
  };

  it('groups by the 2019 districts: a 2025 commune counts in the district the history gives it', async () => {
    const response = await summary(
      organiserToken,
      'from=2019-01-01&to=2025-12-31&groupBy=locality&localitiesAt=2019-06-01',
    );
    expect(response.status).toBe(200);
    expect(response.body.smallCellsHidden).toBe(false);
    expect(response.body.total).toEqual(WHOLE);
    const rows = byLocality(response.body.rows);
    expect([...rows.keys()]).toEqual([unit.CoToD, unit.TYD, null]);
    // Tiên Yên district: C1 (at TY25, apportioned) and C3 (direct) = 2 clubs; trainees P1–P6 = 6; sessions 2,
    // present 9, absent 2 → 9/11 = 0.8182; E1; entries P1, P2, P3; Nhất (P1), Nhì (P2); candidates at TY25
    // (apportioned): P1, P2, P4, P5, of whom P1, P2 accepted and P1 enrolled.
    expect(rows.get(unit.TYD)!.figures).toEqual({
      clubs: 2,
      activeTrainees: 6,
      sessionsHeld: 2,
      attendanceRate: 0.8182,
      eventsByLevel: { grassroots: 0, district: 1, provincial: 0, national: 0 },
      entries: 3,
      participants: 3,
      prizesByName: { 'Giải Nhất': 1, 'Giải Nhì': 1 },
      shortlisted: 4,
      accepted: 2,
      enrolled: 1,
    });
    // Cô Tô district: C2 (at Đồng Tiến, its commune); P7, P8; 1 session, 1/2 = 0.5; P7's entry and Nhì;
    // P7 shortlisted (rejected).
    expect(rows.get(unit.CoToD)!.figures).toEqual({
      clubs: 1,
      activeTrainees: 2,
      sessionsHeld: 1,
      attendanceRate: 0.5,
      eventsByLevel: { grassroots: 0, district: 0, provincial: 0, national: 0 },
      entries: 1,
      participants: 1,
      prizesByName: { 'Giải Nhì': 1 },
      shortlisted: 1,
      accepted: 0,
      enrolled: 0,
    });
    // E2 names no locality.
    expect(rows.get(null)!.figures.eventsByLevel).toEqual({
      grassroots: 0,
      district: 0,
      provincial: 1,
      national: 0,
    });
    expect(rows.get(null)!.figures.clubs).toBe(0);

    const { placement } = response.body;
    // Clubs: C3 direct; C1 (TY25) apportioned; C2 (Đồng Tiến → Cô Tô district) through the history.
    expect(placement.records.clubs).toEqual({ direct: 1, throughHistory: 1, apportioned: 1, unplaced: 0 });
    // Entries: 3 at TY25 apportioned, P7's at Đồng Tiến through the history.
    expect(placement.records.entries).toEqual({ direct: 0, throughHistory: 1, apportioned: 3, unplaced: 0 });
    expect(placement.records.events).toEqual({ direct: 0, throughHistory: 0, apportioned: 1, unplaced: 1 });
    // Candidates: P1, P2, P4, P5 at TY25 apportioned, P7 at Đồng Tiến through the history.
    expect(placement.records.shortlists).toEqual({
      direct: 0,
      throughHistory: 1,
      apportioned: 4,
      unplaced: 0,
    });
    expect(placement.recordsWithoutLocality).toBe(true);
    expect(placement.apportionedUnits).toEqual([
      expect.objectContaining({
        id: unit.TY25,
        to: { id: unit.TYD, fullName: 'Huyện Tiên Yên' },
        // 4.5 of 5: 3 communes whole and 3 in part from Tiên Yên, part of Vô Ngại from Bình Liêu.
        share: 0.9,
      }),
    ]);
    expect(
      placement.apportionedUnits[0].candidates.map((c: { fullName: string }) => c.fullName).sort(),
    ).toEqual(['Huyện Bình Liêu', 'Huyện Tiên Yên']);
  });

  it('groups the same data by the 2025 communes: a split district without a majority is left unplaced', async () => {
    const response = await summary(
      organiserToken,
      'from=2019-01-01&to=2025-12-31&groupBy=locality&localitiesAt=2025-07-01',
    );
    expect(response.status).toBe(200);
    expect(response.body.total).toEqual(WHOLE);
    const rows = byLocality(response.body.rows);
    expect([...rows.keys()]).toEqual(
      [unit.TY25, unit.CoTo25, null].sort((x, y) => (x === null ? 1 : y === null ? -1 : x - y)),
    );
    // TY25: C1 only; P1–P6; sessions 2, 9/11; E1; P1, P2, P3; Nhất, Nhì; candidates P1, P2, P4, P5 (direct).
    expect(rows.get(unit.TY25)!.figures).toEqual({
      clubs: 1,
      activeTrainees: 6,
      sessionsHeld: 2,
      attendanceRate: 0.8182,
      eventsByLevel: { grassroots: 0, district: 1, provincial: 0, national: 0 },
      entries: 3,
      participants: 3,
      prizesByName: { 'Giải Nhất': 1, 'Giải Nhì': 1 },
      shortlisted: 4,
      accepted: 2,
      enrolled: 1,
    });
    // Cô Tô special zone: Đồng Tiến moved into it whole, so P7 counts here.
    expect(rows.get(unit.CoTo25)!.figures).toMatchObject({
      clubs: 1,
      activeTrainees: 2,
      sessionsHeld: 1,
      attendanceRate: 0.5,
      entries: 1,
      participants: 1,
      shortlisted: 1,
      accepted: 0,
      enrolled: 0,
    });
    // Unplaced: C3 at Tiên Yên district (P1) and E2.
    expect(rows.get(null)!.figures).toMatchObject({
      clubs: 1,
      activeTrainees: 1,
      sessionsHeld: 0,
      attendanceRate: null,
      eventsByLevel: { grassroots: 0, district: 0, provincial: 1, national: 0 },
      entries: 0,
      shortlisted: 0,
    });
    const { placement } = response.body;
    expect(placement.records.clubs).toEqual({ direct: 1, throughHistory: 1, apportioned: 0, unplaced: 1 });
    expect(placement.records.shortlists).toEqual({
      direct: 4,
      throughHistory: 1,
      apportioned: 0,
      unplaced: 0,
    });
    expect(placement.unplacedUnits).toEqual([
      expect.objectContaining({ id: unit.TYD, fullName: 'Huyện Tiên Yên' }),
    ]);
    expect(placement.unplacedUnits[0].candidates.map((c: { id: number }) => c.id)).toContain(unit.TY25);
  });

  it('counts by year, spreading clubs and memberships over the years they were active', async () => {
    const response = await summary(organiserToken, 'from=2019-01-01&to=2025-12-31&groupBy=year');
    const byYear = Object.fromEntries(
      response.body.rows.map(
        (row: { key: { year: number }; figures: { clubs: number; activeTrainees: number } }) => [
          row.key.year,
          [row.figures.clubs, row.figures.activeTrainees],
        ],
      ),
    );
    // 2019: C2 (P7, P8); 2020: C1, C2 (P1–P8); 2021: C1 (P1–P6); 2022–2025: C1, C3 (P1–P6).
    expect(byYear).toEqual({
      2019: [1, 2],
      2020: [2, 8],
      2021: [1, 6],
      2022: [2, 6],
      2023: [2, 6],
      2024: [2, 6],
      2025: [2, 6],
    });
  });

  it('answers a review with each figure per year and its trend', async () => {
    const response = await t
      .http()
      .get('/api/v1/reports/review?from=2019-01-01&to=2025-12-31')
      .set(bearer(organiserToken));
    expect(response.status).toBe(200);
    expect(response.body.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const clubs = response.body.figures.clubs;
    expect(clubs.years.map((y: { value: number }) => y.value)).toEqual([1, 2, 1, 2, 2, 2, 2]);
    expect(clubs.years.map((y: { change: number | null }) => y.change)).toEqual([null, 1, -1, 1, 0, 0, 0]);
    // 1 → 2 over 6 years: +1, +100 %, (2/1)^(1/6) − 1 = 12.2 % a year.
    expect(clubs.trend).toEqual({
      first: 1,
      last: 2,
      change: 1,
      changePercent: 100,
      annualGrowthPercent: 12.2,
      direction: 'up',
    });
    // Entries: 2021 only (E1: 4).
    expect(response.body.figures.entries.years.map((y: { value: number }) => y.value)).toEqual([
      0, 0, 4, 0, 0, 0, 0,
    ]);
    expect(response.body.figures['eventsByLevel.provincial'].years[0].value).toBe(1);
    // The counted shortlist version finished in 2022 (v1 of 2021 was replaced by it).
    expect(response.body.figures.shortlisted.years.map((y: { value: number }) => y.value)).toEqual([
      0, 0, 0, 5, 0, 0, 0,
    ]);
    expect(response.body.figures.enrolled.years[3].value).toBe(1);
    expect(response.body.total).toEqual(WHOLE);
  });

  it('counts only the caller’s subtree (the admin sees unit B’s club too)', async () => {
    const response = await summary(adminToken, 'from=2019-01-01&to=2025-12-31');
    expect(response.body.total.clubs).toBe(4);
    // Unit B's lineage adds P8.
    expect(response.body.total.shortlisted).toBe(6);
    expect(response.body.rows).toHaveLength(1);
  });

  it('hides small counts of children from viewers, and a second cell where one could be recovered', async () => {
    const response = await summary(
      viewerToken,
      'from=2019-03-01&to=2025-06-30&groupBy=locality&localitiesAt=2019-06-01',
    );
    expect(response.status).toBe(200);
    expect(response.body.smallCellsHidden).toBe(true);
    // Whole years only, so that two nearby periods cannot be subtracted.
    expect([response.body.from, response.body.to]).toEqual(['2019-01-01', '2025-12-31']);
    const rows = byLocality(response.body.rows);
    const cotO = rows.get(unit.CoToD)!.figures;
    const tienYen = rows.get(unit.TYD)!.figures;
    // Trainees: Cô Tô 2 is small; Tiên Yên 6 is hidden too, else 8 − 6 would give Cô Tô back.
    expect(cotO.activeTrainees).toBe('< 5');
    expect(tienYen.activeTrainees).toBe('< 5');
    expect(response.body.total.activeTrainees).toBe(8);
    // Entries 3 and 1, children 3 and 1: small; the total 4 is small too.
    expect([tienYen.entries, cotO.entries, response.body.total.entries]).toEqual(['< 5', '< 5', '< 5']);
    expect(tienYen.prizesByName).toEqual({ 'Giải Nhất': '< 5', 'Giải Nhì': '< 5' });
    // Attendance: 6 children marked in Tiên Yên (shown), 2 in Cô Tô (hidden).
    expect(tienYen.attendanceRate).toBe(0.8182);
    expect(cotO.attendanceRate).toBe('< 5');
    // Shortlisted 4 and 1, accepted 2 and 0 (so its total 2 too), enrolled 1 and 0: small; the total 5 is not.
    expect([tienYen.shortlisted, cotO.shortlisted, response.body.total.shortlisted]).toEqual([
      '< 5',
      '< 5',
      5,
    ]);
    expect([tienYen.accepted, cotO.accepted, response.body.total.accepted]).toEqual(['< 5', 0, '< 5']);
    expect([tienYen.enrolled, cotO.enrolled, response.body.total.enrolled]).toEqual(['< 5', 0, '< 5']);
    // Figures that count no children are shown as they are.
    expect([tienYen.clubs, cotO.clubs, tienYen.sessionsHeld]).toEqual([2, 1, 2]);
    expect(response.body.placement.records.entries).toEqual({
      direct: 0,
      throughHistory: '< 5',
      apportioned: '< 5',
      unplaced: 0,
    });
    expect(JSON.stringify(response.body)).not.toMatch(
      /fullName":"(Nguyễn|Trần|Lê|Phạm|Hoàng|Đặng|Vũ|Bùi|Đỗ|Ngô) /,
    );
  });

  it('refuses a bad grouping or period with a 400 naming the field, and a caller without a role with 403', async () => {
    const bad = await summary(
      organiserToken,
      'from=2019-01-01&to=2025-12-31&groupBy=locality,year,discipline',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('groupBy');
    const unknown = await summary(organiserToken, 'from=2019-01-01&to=2025-12-31&groupBy=school');
    expect(unknown.status).toBe(400);
    const reversed = await summary(organiserToken, 'from=2025-01-01&to=2019-12-31');
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].path).toBe('to');
    const nobody = await t.factories.user();
    const denied = await summary(
      await t.login(nobody.email, nobody.password),
      'from=2019-01-01&to=2025-12-31',
    );
    expect(denied.status).toBe(403);
  });
});

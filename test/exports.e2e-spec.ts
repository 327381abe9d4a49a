import { prizedEntries } from '../src/results/entities/result-snapshot.entity';
import ExcelJS from 'exceljs';
import { Entry } from '../src/competition/entities/entry.entity';
import { Round } from '../src/competition/entities/round.entity';
import { ExportsService } from '../src/exports/exports.service';
import { QueueName } from '../src/queue/job-registry';
import { Queues } from '../src/queue/queues';
import { Participant } from '../src/participants/entities/participant.entity';
import type { Evidence } from '../src/shortlists/talent/talent-score';
import { CompetitionFactory, Contest } from './support/competition-factory';
import { ShortlistRows } from './support/shortlist-rows';
import { bearer, createTestApp, eventually, TestApp } from './support/test-app';

/** Exports built by the queued job, downloaded, and opened again with exceljs. */
describe('Exports', () => {
  let t: TestApp;
  let competitions: CompetitionFactory;
  let contest: Contest;
  let hidden: Participant;
  let organiserToken: string;
  let viewerToken: string;
  let judgeToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    competitions = new CompetitionFactory(t.dataSource, t.factories);
    contest = await competitions.contest({ entries: 2, state: 'published' });
    const manager = t.dataSource.manager;
    const org = contest.organisation.id;
    // A third entrant without consent to publication: named for organisers only.
    hidden = await competitions.participant(org, { consentScopes: ['registry', 'contests'] });
    const third = await competitions.entry(contest.category, [hidden.id], { organisationId: org });
    await manager.update(Participant, { id: contest.participants[0].id }, { dateOfBirth: '2014-09-05' });
    const organiser = await competitions.organiser(org);
    const viewer = await t.factories.user({ roles: [{ role: 'viewer', organisationId: org }] });
    const judge = await t.factories.user({ roles: [{ role: 'judge', organisationId: org }] });
    organiserToken = await t.login(organiser.email, organiser.password);
    viewerToken = await t.login(viewer.email, viewer.password);
    judgeToken = await t.login(judge.email, judge.password);

    // A publication as the results service stores it (the parts a result sheet reads).
    const [first, second] = contest.entries;
    const entryView = (
      entry: Entry,
      person: number,
      rank: number,
      score: string,
      prize: string | null,
      totals: string[],
    ) => ({
      entryId: entry.id,
      code: `A-${String(entry.number).padStart(3, '0')}`,
      title: entry.title,
      teamName: null,
      organisationName: contest.organisation.name,
      localityName: 'Phường Hồng Gai',
      members: [{ participantId: person }],
      status: 'ranked',
      finalScore: score,
      rank,
      prize,
      advances: false,
      flags: [],
      breakdown: {
        judges: totals.map((total, index) => ({
          judgeId: String(900 + index),
          userId: 900 + index,
          fullName: `Giám khảo ${index + 1}`,
          total,
        })),
      },
    });
    const results = {
      event: { ...contest.event, startDate: '2026-06-01', endDate: '2026-06-02' },
      category: { id: contest.category.id, code: 'A', name: 'Bảng A', format: 'individual' },
      round: { id: contest.round.id, name: 'Vòng sơ khảo', position: 1 },
      complete: true,
      entries: [
        entryView(second, contest.participants[1].id, 1, '9.25', 'first', ['9.50', '9.00']),
        entryView(first, contest.participants[0].id, 2, '8.10', 'second', ['8.20', '8.00']),
        entryView(third, hidden.id, 3, '7.00', null, ['7.00', '7.00']),
      ],
      missingScores: [],
      normalisation: [],
    };
    await manager.query(
      `INSERT INTO result_snapshots (round_id, version, results, entry_prizes, reason, published_by)
       VALUES (?, 1, ?, ?, NULL, ?)`,
      [contest.round.id, JSON.stringify(results), JSON.stringify(prizedEntries(results)), organiser.id],
    );
    await manager.update(Round, { id: contest.round.id }, { publishedVersion: 1, state: 'locked' });
  });

  afterAll(() => t.close());

  async function built(
    token: string,
    kind: string,
    params: Record<string, unknown>,
  ): Promise<{ id: number; workbook: ExcelJS.Workbook }> {
    const created = await t.http().post('/api/v1/exports').set(bearer(token)).send({ kind, params });
    expect(created.status).toBe(202);
    const id = created.body.id as number;
    const done = await eventually(async () => {
      const state = await t.http().get(`/api/v1/exports/${id}`).set(bearer(token));
      return ['succeeded', 'failed'].includes(state.body.state)
        ? (state.body as { state: string; progress: number })
        : null;
    }, 20000);
    expect(done).toMatchObject({ state: 'succeeded', progress: 100 });
    const file = await t
      .http()
      .get(`/api/v1/exports/${id}/file`)
      .set(bearer(token))
      .buffer(true)
      .parse((response, callback) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () => callback(null, Buffer.concat(parts)));
      });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    return { id, workbook };
  }

  const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

  it('builds a round’s official result sheet from its publication, with names as the reader may see them', async () => {
    const { workbook } = await built(organiserToken, 'round_results', { roundId: contest.round.id });
    const sheet = workbook.worksheets[0];
    // Title block: event, category and round, dates, level, publication; a blank row; the header (row 7).
    expect(sheet.getCell('A1').value).toBe(contest.event.name);
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Nội dung: Bảng A — Vòng sơ khảo');
    expect(sheet.getCell('A3').value).toBe('Ngày: 01/06/2026 – 02/06/2026');
    expect(sheet.getCell('A4').value).toBe('Cấp: Cấp huyện');
    expect(values(sheet, 7)).toEqual([
      'Hạng',
      'Mã số',
      'Họ và tên',
      'Đơn vị',
      'Địa bàn',
      'GK 1: Giám khảo 1',
      'GK 2: Giám khảo 2',
      'Điểm',
      'Giải',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    expect(sheet.getColumn(3).width).toBe(30);
    const row = values(sheet, 8);
    expect(row).toEqual([
      1,
      'A-002',
      contest.participants[1].fullName,
      contest.organisation.name,
      'Phường Hồng Gai',
      9.5,
      9,
      9.25,
      'first',
    ]);
    // Scores are numbers shown with the round's 2 decimals.
    expect(sheet.getCell('H8').numFmt).toBe('0.00');
    expect(sheet.getCell('F8').numFmt).toBe('0.00');
    // The organiser sees the name of the child without consent to publication.
    expect(sheet.getCell('C10').value).toBe(hidden.fullName);
    expect(sheet.rowCount).toBe(10);

    const forViewer = (await built(viewerToken, 'round_results', { roundId: contest.round.id })).workbook
      .worksheets[0];
    expect(forViewer.getCell('C8').value).toBe(contest.participants[1].fullName);
    // A reader who is not an organiser: the entry's code only.
    expect(forViewer.getCell('C10').value).toBeNull();
    expect(forViewer.getCell('B10').value).toBe('A-003');
  });

  it('exports an organiser’s participant list with dates as dates, and less for a judge', async () => {
    const { id, workbook } = await built(organiserToken, 'participants', {
      organisationId: contest.organisation.id,
    });
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(`Danh sách thanh thiếu nhi: ${contest.organisation.name}`);
    expect(values(sheet, 4)).toEqual([
      'STT',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Địa bàn',
      'Trường',
      'Đơn vị',
      'Người giám hộ',
      'Quan hệ',
      'Điện thoại',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // Three entrants, by id: the first with the changed date of birth.
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getCell('A5').value).toBe(1);
    expect(sheet.getCell('B5').value).toBe(contest.participants[0].fullName);
    expect(sheet.getCell('D5').value).toEqual(new Date('2014-09-05T00:00:00Z'));
    expect(sheet.getCell('D5').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('J5').value).toBe('0912345678');

    const limited = (await built(judgeToken, 'participants', { organisationId: contest.organisation.id }))
      .workbook.worksheets[0];
    expect(values(limited, 4)).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Địa bàn', 'Trường', 'Đơn vị']);

    // Only the requester sees it; every step is audited.
    expect((await t.http().get(`/api/v1/exports/${id}`).set(bearer(viewerToken))).status).toBe(404);
    expect((await t.http().get(`/api/v1/exports/${id}/file`).set(bearer(viewerToken))).status).toBe(404);
    const audit = await t.dataSource.query<{ action: string }[]>(
      "SELECT action FROM audit_log WHERE entity_type = 'export' AND entity_id = ? ORDER BY id",
      [String(id)],
    );
    expect(audit.map((row) => row.action)).toEqual(['create', 'build', 'download']);
  });

  it('exports the summary with small counts hidden for a viewer', async () => {
    const { workbook } = await built(viewerToken, 'summary', {
      from: '2026-01-01',
      to: '2026-12-31',
      groupBy: ['year'],
    });
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Báo cáo số liệu chương trình');
    expect(sheet.getCell('A2').value).toBe('Kỳ báo cáo: 01/01/2026 – 31/12/2026');
    const header = values(sheet, 5);
    expect(header.slice(0, 3)).toEqual(['Năm', 'Số câu lạc bộ', 'Số học viên']);
    const year = values(sheet, 6);
    const column = (name: string) => header.indexOf(name);
    // 3 entries of 3 children in the published event of 2026: hidden for a viewer; the event is shown.
    expect(year[0]).toBe(2026);
    expect(year[column('Lượt dự thi')]).toBe('< 5');
    expect(year[column('Sự kiện cấp huyện')]).toBe(1);
    expect(values(sheet, 7)[0]).toBe('Tổng cộng');
  });

  it('exports a category’s final standing over its published rounds', async () => {
    await t.dataSource.manager.update(Round, { id: contest.round.id }, { standingWeight: '1' });
    const { workbook } = await built(organiserToken, 'category_standing', {
      categoryId: contest.category.id,
    });
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A2').value).toBe('Bảng xếp hạng chung cuộc: Bảng A');
    expect(values(sheet, 6)).toEqual([
      'Hạng',
      'Mã số',
      'Họ và tên',
      'Đơn vị',
      'Địa bàn',
      'Điểm Vòng sơ khảo',
      'Điểm chung cuộc',
      'Giải',
    ]);
    // One round of weight 1: the overall score is the round's (9.25, 8.10, 7.00); the category's prizes
    // (1 first, 1 second, 1 third) follow the overall ranking.
    expect(values(sheet, 7)).toEqual([
      1,
      'A-002',
      contest.participants[1].fullName,
      contest.organisation.name,
      'Phường Hồng Gai',
      9.25,
      9.25,
      'first',
    ]);
    expect(values(sheet, 9).slice(5)).toEqual([7, 7, 'third']);
    expect(sheet.getCell('G7').numFmt).toBe('0.00');
    // A viewer may not (standings are for the event's organisers).
    const refused = await t
      .http()
      .post('/api/v1/exports')
      .set(bearer(viewerToken))
      .send({ kind: 'category_standing', params: { categoryId: contest.category.id } });
    expect(refused.status).toBe(403);
  });

  it('exports a review with one column per year', async () => {
    const { workbook } = await built(organiserToken, 'review', { from: '2025-01-01', to: '2026-12-31' });
    const sheet = workbook.worksheets[0];
    expect(values(sheet, 4)).toEqual(['Chỉ tiêu', '2025', '2026', 'Thay đổi', 'Thay đổi (%)']);
    const rows = new Map(
      Array.from({ length: sheet.rowCount - 4 }, (_, i) => values(sheet, i + 5)).map((row) => [
        row[0],
        row.slice(1),
      ]),
    );
    // The event of 2026 (district level) with its 3 entries: 0 → 1 and 0 → 3, no percentage from zero.
    expect(rows.get('Sự kiện cấp huyện')).toEqual([0, 1, 1]);
    expect(rows.get('Lượt dự thi')).toEqual([0, 3, 3]);
  });

  it('exports a shortlist with each candidate’s evidence, names as the requester may see them', async () => {
    const org = contest.organisation.id;
    const staff = await t.factories.user({ roles: [{ role: 'palace_staff', organisationId: org }] });
    const staffToken = await t.login(staff.email, staff.password);
    const [place] = await t.dataSource.query<{ id: number; full_name: string }[]>(
      'SELECT id, full_name FROM localities ORDER BY id LIMIT 1',
    );
    const [discipline] = await t.dataSource.query<{ name: string }[]>(
      'SELECT name FROM disciplines WHERE id = ?',
      [contest.category.disciplineId],
    );
    const named = contest.participants[1];
    const rows = new ShortlistRows(t.dataSource, staff.id);
    const run = await rows.run({
      organisationId: org,
      disciplineIds: [contest.category.disciplineId],
      finishedAt: '2026-03-01',
      candidates: [
        {
          participantId: named.id,
          homeLocalityId: place.id,
          score: '72.40',
          evidence: [
            {
              kind: 'result',
              eventName: 'Hội thi Piano',
              roundName: 'Chung khảo',
              rank: 2,
              ranked: 12,
              prize: 'Giải Nhì',
              contribution: '60.15',
            },
            { kind: 'attendance', clubName: 'CLB Piano', present: 9, absent: 1, contribution: '12.25' },
          ] as unknown as Evidence[],
        },
        { participantId: hidden.id, homeLocalityId: null, score: '55.00' },
      ],
    });
    await rows.decide(run, named.id, 'accepted');

    const { workbook } = await built(staffToken, 'shortlist', { shortlistId: run.id });
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(`Danh sách tài năng số ${run.lineageId}, phiên bản 1`);
    expect(sheet.getCell('A2').value).toBe(`Lĩnh vực: ${discipline.name}`);
    expect(sheet.getCell('A3').value).toBe('Kỳ báo cáo: 01/01/2019 – 31/05/2025');
    expect(sheet.getCell('A4').value).toBe('Ngày tính tuổi: 01/06/2025');
    expect(sheet.getCell('A5').value).toBe('Lập ngày: 01/03/2026');
    expect(values(sheet, 7)).toEqual([
      'Hạng',
      'Mã số',
      'Họ và tên',
      'Đơn vị',
      'Địa bàn',
      'Nhóm tuổi',
      'Điểm tài năng',
      'Minh chứng',
      'Ngày',
      'Đóng góp',
      'Quyết định',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    expect(sheet.getColumn(8).width).toBe(44);
    const code = `HS${String(named.id).padStart(6, '0')}`;
    const candidate = [
      1,
      code,
      named.fullName,
      contest.organisation.name,
      place.full_name,
      '8–12 tuổi',
      72.4,
    ];
    // One row per evidence item, the candidate's columns repeated; numbers stay numbers with 2 decimals.
    expect(values(sheet, 8)).toEqual([
      ...candidate,
      'Kết quả: Hội thi Piano — Chung khảo, hạng 2/12, Giải Nhì',
      undefined, // a result has no date of its own (its event names it)
      60.15,
      'Chọn',
    ]);
    expect(values(sheet, 9)).toEqual([
      ...candidate,
      'Chuyên cần: CLB Piano, có mặt 9/10 buổi',
      undefined,
      12.25,
      'Chọn',
    ]);
    expect(sheet.getCell('G8').numFmt).toBe('0.00');
    expect(sheet.getCell('J9').numFmt).toBe('0.00');
    // The child without consent to publication: palace staff read no registry, so no name; no evidence row.
    const last = values(sheet, 10);
    expect(last.slice(0, 3)).toEqual([2, `HS${String(hidden.id).padStart(6, '0')}`, undefined]);
    expect(last[6]).toBe(55);
    expect(last[10]).toBe('Chưa xét');
    expect(sheet.rowCount).toBe(10);

    // The admin reads the registry: the name is there.
    const forAdmin = (await built(await t.adminToken(), 'shortlist', { shortlistId: run.id })).workbook
      .worksheets[0];
    expect(forAdmin.getCell('C10').value).toBe(hidden.fullName);
    // An organiser builds no shortlists: another unit's record, 404.
    const refused = await t
      .http()
      .post('/api/v1/exports')
      .set(bearer(organiserToken))
      .send({ kind: 'shortlist', params: { shortlistId: run.id } });
    expect([403, 404]).toContain(refused.status);
  });

  it('refuses bad params with a 400 naming the field, an unpublished round with 409, another unit’s with 404', async () => {
    const exportsBefore = await t.dataSource.query<{ n: string }[]>('SELECT COUNT(*) AS n FROM exports');
    const bad = await t
      .http()
      .post('/api/v1/exports')
      .set(bearer(organiserToken))
      .send({ kind: 'round_results', params: {} });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('params.roundId');
    const badKind = await t
      .http()
      .post('/api/v1/exports')
      .set(bearer(organiserToken))
      .send({ kind: 'everything', params: {} });
    expect(badKind.status).toBe(400);
    const other = await competitions.contest({ entries: 1 });
    const unpublished = await t
      .http()
      .post('/api/v1/exports')
      .set(bearer(await t.login(...(await credentials(other.organisation.id)))))
      .send({ kind: 'round_results', params: { roundId: other.round.id } });
    expect(unpublished.status).toBe(409);
    const foreign = await t
      .http()
      .post('/api/v1/exports')
      .set(bearer(organiserToken))
      .send({ kind: 'round_results', params: { roundId: other.round.id } });
    expect(foreign.status).toBe(404);
    // Nothing was written.
    const count = await t.dataSource.query<{ n: string }[]>('SELECT COUNT(*) AS n FROM exports');
    expect(count).toEqual(exportsBefore);
  });

  it('deletes expired files with a scheduled job', async () => {
    const { id } = await built(organiserToken, 'participants', { organisationId: contest.organisation.id });
    expect(
      await t.dataSource.query('SELECT seq FROM export_chunks WHERE export_id = ?', [id]),
    ).not.toHaveLength(0);
    const created = await t.dataSource.query<{ hours: number }[]>(
      'SELECT TIMESTAMPDIFF(HOUR, created_at, expires_at) AS hours FROM exports WHERE id = ?',
      [id],
    );
    expect(Number(created[0].hours)).toBe(24);
    const schedulers = await t.app.get(Queues).get(QueueName.Exports).getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.name)).toContain('exports.purge-expired');

    await t.dataSource.query(
      'UPDATE exports SET expires_at = CURRENT_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE id = ?',
      [id],
    );
    // What the scheduled job runs.
    expect(await t.app.get(ExportsService).purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.query('SELECT seq FROM export_chunks WHERE export_id = ?', [id])).toHaveLength(
      0,
    );
    const state = await t.http().get(`/api/v1/exports/${id}`).set(bearer(organiserToken));
    expect(state.body.state).toBe('expired');
    expect((await t.http().get(`/api/v1/exports/${id}/file`).set(bearer(organiserToken))).status).toBe(404);
  });

  async function credentials(organisationId: number): Promise<[string, string]> {
    const user = await competitions.organiser(organisationId);
    return [user.email, user.password];
  }
});

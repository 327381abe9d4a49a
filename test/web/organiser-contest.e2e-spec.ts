import type { BrowserContext, Page } from 'playwright-core';
import { Event } from '../../src/competition/entities/event.entity';
import { Participant } from '../../src/participants/entities/participant.entity';
import { ParticipantsRepository } from '../../src/participants/participants.repository';
import { CompetitionFactory, type Contest } from '../support/competition-factory';
import { DESKTOP, startWebTest, type WebTest } from '../support/browser';
import { bearer } from '../support/test-app';

type User = { id: number; email: string; password: string; fullName: string };
const PHONE_TALL = { width: 360, height: 800 };

/**
 * The organiser runs a contest through the screens, against the real app, MariaDB and Redis: entries pasted
 * from Excel (one row wrong, then fixed), one added by a search without diacritics, a withdrawal and
 * reinstatement; the panel with three judges, a secretary and a declared relation; the board following marks
 * as they arrive; a flag confirmed, a deduction, lock, publication, a correction, republication and advancing.
 */
describe('the organiser’s contest screens', () => {
  jest.setTimeout(180_000);
  let w: WebTest;
  let contest: Contest;
  let nextRound: { id: number };
  let children: Participant[];
  let judges: User[];
  let secretary: User;
  let organiser: User;
  let context: BrowserContext;
  let page: Page;
  const dates = ['2016-03-15', '2015-07-01', '2016-11-20', '2014-02-28', '2015-12-31'];
  const dmy = (iso: string) => iso.split('-').reverse().join('/');

  beforeAll(async () => {
    w = await startWebTest();
    const make = new CompetitionFactory(w.testApp.dataSource, w.testApp.factories);
    contest = await make.contest({
      state: 'open',
      entries: 0,
      round: { spreadLimit: '1', advancement: { top: 3 } },
    });
    nextRound = await make.round(contest.category, 2);
    children = [];
    // The factory inserts rows directly; the name search reads the keys the service writes, so write them.
    const nameKeys = w.testApp.app.get(ParticipantsRepository);
    for (const dateOfBirth of [...dates, '2016-05-05']) {
      const child = await make.participant(contest.organisation.id, { dateOfBirth });
      await nameKeys.replaceNameKeys(
        w.testApp.dataSource.manager,
        child.id,
        child.fullName,
        child.organisationId,
      );
      children.push(child);
    }
    const judgeRole = { roles: [{ role: 'judge' as const, organisationId: contest.organisation.id }] };
    judges = [];
    for (let i = 0; i < 3; i++) judges.push(await w.testApp.factories.user(judgeRole));
    secretary = await w.testApp.factories.user(judgeRole);
    organiser = await make.organiser(contest.organisation.id);
    context = await w.context(DESKTOP);
    page = await context.newPage();
    await page.goto(`${w.baseUrl}/categories/${contest.category.id}/entries`);
    await page.getByLabel('Thư điện tử').fill(organiser.email);
    await page.getByLabel('Mật khẩu').fill(organiser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tiết mục dự thi: Bảng A' }).waitFor();
  });

  afterAll(() => w?.close());

  /** Every screen at a phone's width and a desktop's, whole pages. */
  async function screenshots(name: string): Promise<void> {
    await page.setViewportSize(PHONE_TALL);
    await w.screenshot(page, `${name}-phone`);
    await page.setViewportSize(DESKTOP);
    await w.screenshot(page, `${name}-desktop`);
  }

  const api = async (user: User) => {
    const token = await w.testApp.login(user.email, user.password);
    return { http: w.testApp.http(), auth: bearer(token) };
  };

  const entriesOfCategory = () =>
    w.testApp.dataSource.query<
      { id: number; code: string; state: string; withdraw_reason: string | null; participant_id: number }[]
    >(
      `SELECT e.id, CONCAT('A-', LPAD(e.number, 3, '0')) AS code, e.state, e.withdraw_reason, m.participant_id
         FROM entries e JOIN entry_members m ON m.entry_id = e.id
        WHERE e.category_id = ? ORDER BY e.number`,
      [contest.category.id],
    );

  it('checks rows pasted from Excel, names the bad row, and registers all of them once it is fixed', async () => {
    const unit = contest.organisation.name;
    const rows = (third: string) =>
      [
        'Họ và tên\tNgày sinh\tĐơn vị',
        ...children
          .slice(0, 5)
          .map((child, i) => `${child.fullName}\t${i === 2 ? third : dmy(dates[i])}\t${unit}`),
      ].join('\n');
    const box = page.getByLabel('Các dòng sao chép từ Excel');
    await box.fill(rows('31/02/2016'));
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Có 1 dòng cần sửa.', { exact: false }).waitFor();
    const badRow = page.locator('tr.row-error');
    expect(await badRow.count()).toBe(1);
    expect(await badRow.textContent()).toContain(children[2].fullName);
    expect(await badRow.textContent()).toContain('Ngày sinh không hợp lệ (viết dd/MM/yyyy).');
    expect(await page.getByRole('button', { name: /Đăng ký 5 tiết mục/ }).isDisabled()).toBe(true);
    await screenshots('organiser-entries-paste-error');
    expect(await entriesOfCategory()).toEqual([]);

    await box.fill(rows(dmy(dates[2])));
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('5 dòng hợp lệ, sẵn sàng đăng ký.').waitFor();
    await page.getByRole('button', { name: 'Đăng ký 5 tiết mục' }).click();
    await page.getByText('Đã đăng ký 5 tiết mục.').waitFor();
    await page.getByText('Số tiết mục: 5').waitFor();

    const stored = await entriesOfCategory();
    expect(stored.map((entry) => [entry.code, entry.participant_id, entry.state])).toEqual(
      children.slice(0, 5).map((child, i) => [`A-00${i + 1}`, child.id, 'active']),
    );
    const audited = await w.testApp.dataSource.query<{ n: string }[]>(
      `SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'entry' AND actor_id = ?`,
      [organiser.id],
    );
    expect(Number(audited[0].n)).toBe(5);
  });

  it('adds a child found by a name typed without diacritics', async () => {
    const sixth = children[5];
    const plain = sixth.fullName
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .replace(/[đĐ]/g, 'd');
    await page.getByLabel('Tìm thí sinh theo tên').fill(plain);
    await page.getByRole('button', { name: `Thêm ${sixth.fullName}` }).click();
    await page.getByText(`Đã thêm ${sixth.fullName} (số báo danh A-006).`).waitFor();
    expect((await entriesOfCategory()).at(-1)).toMatchObject({ code: 'A-006', participant_id: sixth.id });
  });

  it('withdraws an entry with a reason and reinstates it', async () => {
    await page.getByRole('button', { name: 'Rút tên A-002' }).click();
    await page.getByRole('button', { name: 'Xác nhận rút tên' }).click();
    await page.locator('[data-entry="A-002"] .field-error').waitFor();
    expect((await entriesOfCategory())[1].state).toBe('active');
    await page.getByLabel('Lý do rút tên').fill('Thí sinh bị ốm');
    await page.getByRole('button', { name: 'Xác nhận rút tên' }).click();
    await page.getByText('Lý do rút: Thí sinh bị ốm').waitFor();
    expect((await entriesOfCategory())[1]).toMatchObject({
      state: 'withdrawn',
      withdraw_reason: 'Thí sinh bị ốm',
    });
    await screenshots('organiser-entries');

    await page.getByRole('button', { name: 'Cho thi lại A-002' }).click();
    await page.getByRole('button', { name: 'Rút tên A-002' }).waitFor();
    expect((await entriesOfCategory())[1]).toMatchObject({ state: 'active', withdraw_reason: null });
  });

  it('sets the panel: three judges, a secretary, and a declared relation that recuses a judge', async () => {
    await page.goto(`${w.baseUrl}/rounds/${contest.round.id}/panel-setup`);
    await page.getByRole('heading', { name: 'Hội đồng giám khảo: Vòng sơ khảo' }).waitFor();
    await page.getByText(judges[0].email).waitFor();
    await screenshots('organiser-panel-candidates');
    for (const judge of judges)
      await page.getByRole('button', { name: `Thêm ${judge.fullName} làm giám khảo` }).click();
    await page.getByRole('button', { name: `Thêm ${secretary.fullName} làm thư ký` }).click();
    await page.getByLabel(`Vai trò của ${judges[0].fullName}`).selectOption({ label: 'Chủ tịch hội đồng' });
    await page.getByLabel('Giám khảo', { exact: true }).selectOption({ label: judges[2].fullName });
    await page
      .getByLabel('Thí sinh', { exact: true })
      .selectOption({ label: `A-001 · ${children[0].fullName}` });
    await page.getByLabel('Quan hệ', { exact: true }).fill('cháu ruột');
    await page.getByRole('button', { name: 'Thêm quan hệ' }).click();
    await page.getByRole('button', { name: 'Lưu hội đồng' }).click();
    await page.getByText('Đã lưu hội đồng giám khảo.').waitFor();
    await page.getByText(`${judges[2].fullName} không chấm A-001: quan hệ đã khai báo: cháu ruột`).waitFor();
    await screenshots('organiser-panel-setup');

    const { http, auth } = await api(organiser);
    const panel = (await http.get(`/api/v1/rounds/${contest.round.id}/panel`).set(auth).expect(200)).body;
    expect(
      panel.members.map((member: { userId: number; role: string }) => [member.userId, member.role]).sort(),
    ).toEqual(
      [
        [judges[0].id, 'head'],
        [judges[1].id, 'member'],
        [judges[2].id, 'member'],
        [secretary.id, 'secretary'],
      ].sort(),
    );
    expect(panel.conflicts).toEqual([
      { userId: judges[2].id, participantId: children[0].id, relation: 'cháu ruột' },
    ]);
    expect(panel.recusals).toEqual([expect.objectContaining({ judgeId: judges[2].id, entryCode: 'A-001' })]);
  });

  /** All marks of a judge: 6 + index on every criterion, except judge 2 marks A-002 one lower (a spread of 3). */
  function marksOf(judgeIndex: number, entries: { id: number; code: string }[]) {
    return entries
      .filter((entry) => !(judgeIndex === 2 && entry.code === 'A-001'))
      .flatMap((entry, index) =>
        ['technique', 'expression', 'stage'].map((criterion) => ({
          entryId: entry.id,
          criterion,
          value: String(
            5 + (entries.indexOf(entry) % 4) - (judgeIndex === 1 && entry.code === 'A-002' ? 1 : 0),
          ),
          index,
        })),
      )
      .map(({ entryId, criterion, value }) => ({ entryId, criterion, value }));
  }

  it('follows each sheet on the board as marks arrive, confirms a flag, records a deduction and locks', async () => {
    await w.testApp.dataSource.manager.update(Event, { id: contest.event.id }, { state: 'judging' });
    const entries = (await entriesOfCategory()).map(({ id, code }) => ({ id, code }));
    await page.goto(`${w.baseUrl}/rounds/${contest.round.id}/board`);
    await page.getByRole('heading', { name: 'Theo dõi chấm điểm: Vòng sơ khảo' }).waitFor();
    const card = (judge: User) => page.locator(`[data-judge="${judge.id}"]`);
    await card(judges[0]).getByText('Đã chấm 0/18 ô').waitFor();
    await card(judges[2]).getByText('Đã chấm 0/15 ô').waitFor();

    // Judge 1 sends half the sheet, then the rest: the board follows without a reload.
    const first = await api(judges[0]);
    const marks = marksOf(0, entries);
    await first.http
      .put(`/api/v1/rounds/${contest.round.id}/scores`)
      .set(first.auth)
      .send({ scores: marks.slice(0, 9) })
      .expect(200);
    await card(judges[0]).getByText('Đã chấm 9/18 ô').waitFor();
    await screenshots('organiser-board-progress');
    await first.http
      .put(`/api/v1/rounds/${contest.round.id}/scores`)
      .set(first.auth)
      .send({ scores: marks.slice(9) })
      .expect(200);
    await first.http
      .post(`/api/v1/rounds/${contest.round.id}/sheet/submit`)
      .set(first.auth)
      .send({})
      .expect(200);
    await card(judges[0]).getByText('Đã nộp').waitFor();
    await card(judges[0]).getByText('Đã chấm 18/18 ô').waitFor();
    for (const index of [1, 2]) {
      const judge = await api(judges[index]);
      await judge.http
        .put(`/api/v1/rounds/${contest.round.id}/scores`)
        .set(judge.auth)
        .send({ scores: marksOf(index, entries) })
        .expect(200);
      await judge.http
        .post(`/api/v1/rounds/${contest.round.id}/sheet/submit`)
        .set(judge.auth)
        .send({})
        .expect(200);
    }
    await card(judges[2]).getByText('Đã chấm 15/15 ô').waitFor();

    // A-002: judges' totals 18, 15 and 18, a spread of 3 against a limit of 1.
    const flag = page.locator('[data-flag="A-002"]');
    await flag.getByText('A-002: chênh lệch 3', { exact: false }).waitFor();
    await flag.getByLabel('Ghi chú xác nhận A-002 (không bắt buộc)').fill('Đã trao đổi với hội đồng');
    await screenshots('organiser-board-flag');
    await flag.getByRole('button', { name: 'Xác nhận A-002' }).click();
    await flag.getByText('Đã xác nhận').waitFor();
    const organiserApi = await api(organiser);
    const flags = (
      await organiserApi.http
        .get(`/api/v1/rounds/${contest.round.id}/flags`)
        .set(organiserApi.auth)
        .expect(200)
    ).body;
    expect(flags.items).toEqual([
      expect.objectContaining({
        entryCode: 'A-002',
        confirmed: true,
        confirmation: expect.objectContaining({ note: 'Đã trao đổi với hội đồng' }),
      }),
    ]);

    // A deduction without a reason is refused beside the field; with one, it is recorded.
    await page.getByLabel('Tiết mục', { exact: true }).selectOption({ label: 'A-003' });
    await page.getByLabel('Số điểm trừ').fill('0,5');
    await page.getByRole('button', { name: 'Ghi điểm trừ' }).click();
    await page.locator('.field-error').first().waitFor();
    await page.getByLabel('Lý do', { exact: true }).fill('Quá thời gian biểu diễn 30 giây');
    await page.getByRole('button', { name: 'Ghi điểm trừ' }).click();
    await page.getByText('A-003 · Quá thời gian · trừ 0,5 · Quá thời gian biểu diễn 30 giây').waitFor();
    const deductions = (
      await organiserApi.http
        .get(`/api/v1/rounds/${contest.round.id}/deductions`)
        .set(organiserApi.auth)
        .expect(200)
    ).body;
    expect(
      deductions.items.map((d: { entryCode: string; amount: string; reason: string }) => [
        d.entryCode,
        Number(d.amount),
        d.reason,
      ]),
    ).toEqual([['A-003', 0.5, 'Quá thời gian biểu diễn 30 giây']]);

    await page.getByRole('button', { name: 'Khóa vòng thi' }).click();
    await page.getByText('Đã khóa').waitFor();
    await screenshots('organiser-board-locked');
    const round = (
      await organiserApi.http.get(`/api/v1/rounds/${contest.round.id}`).set(organiserApi.auth).expect(200)
    ).body;
    expect(round.state).toBe('locked');
  });

  it('publishes, corrects a mark with a reason after publication and publishes again', async () => {
    await page.goto(`${w.baseUrl}/results/rounds/${contest.round.id}`);
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await page.getByRole('heading', { name: 'Đính chính điểm' }).waitFor();
    const { http, auth } = await api(organiser);
    const roundPath = `/api/v1/rounds/${contest.round.id}`;
    expect((await http.get(roundPath).set(auth).expect(200)).body.publishedVersion).toBe(1);

    const entries = await entriesOfCategory();
    await page
      .getByLabel('Tiết mục', { exact: true })
      .selectOption({ label: `A-004 · ${children[3].fullName}` });
    await page.getByLabel('Giám khảo', { exact: true }).selectOption({ label: judges[0].fullName });
    await page.getByLabel('Tiêu chí', { exact: true }).selectOption({ label: 'Kỹ thuật' });
    // 8 → 8,5 keeps A-004's spread within the limit (24,5 against 24 and 24), so no new flag blocks republishing.
    await page.getByLabel('Điểm đúng').fill('8,5');
    await page.getByLabel('Lý do đính chính').fill('Biên bản số 3: giám khảo ghi nhầm');
    await page.getByRole('button', { name: 'Đính chính' }).click();
    await page.getByText('Đã ghi đính chính. Hãy công bố lại kết quả.').waitFor();
    await page.getByRole('heading', { name: 'Kết quả đã thay đổi sau khi công bố' }).waitFor();
    await screenshots('organiser-results-correction');
    const corrections = (await http.get(`${roundPath}/corrections`).set(auth).expect(200)).body;
    expect(corrections.items).toEqual([
      expect.objectContaining({
        entryId: entries[3].id,
        judgeId: judges[0].id,
        criterion: 'technique',
        reason: 'Biên bản số 3: giám khảo ghi nhầm',
        afterPublication: true,
      }),
    ]);
    expect(Number(corrections.items[0].valueBefore)).toBe(8);
    expect(Number(corrections.items[0].valueAfter)).toBe(8.5);

    await page.getByLabel('Lý do công bố lại').fill('Đính chính điểm tiết mục A-004');
    await page.getByRole('button', { name: 'Công bố lại' }).click();
    await page
      .getByRole('heading', { name: 'Kết quả đã thay đổi sau khi công bố' })
      .waitFor({ state: 'detached' });
    await page.getByText('Đã ghi đính chính. Hãy công bố lại kết quả.').waitFor({ state: 'detached' });
    await screenshots('organiser-results-republished');
    const round = (await http.get(roundPath).set(auth).expect(200)).body;
    expect(round).toMatchObject({ publishedVersion: 2, changedSincePublication: false });
  });

  it('advances the top three into the next round', async () => {
    // Final scores, the mean of the judges' totals less deductions: A-004 (24,5 + 24 + 24) / 3 = 24,17;
    // A-003 21 − 0,5 = 20,5; A-006 18; A-002 (18 + 15 + 18) / 3 = 17; 15.
    await page.getByRole('button', { name: 'Đưa tiết mục vào vòng sau' }).click();
    await page.getByText('Đã đưa 3 tiết mục vào vòng sau:', { exact: false }).waitFor();
    await screenshots('organiser-results-advanced');
    const { http, auth } = await api(organiser);
    const next = (await http.get(`/api/v1/rounds/${nextRound.id}/results`).set(auth).expect(200)).body;
    expect(next.entries.map((entry: { code: string }) => entry.code).sort()).toEqual([
      'A-003',
      'A-004',
      'A-006',
    ]);
  });
});

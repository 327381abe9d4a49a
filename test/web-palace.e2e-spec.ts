import type { Page } from 'playwright-core';
import type { Participant } from '../src/participants/entities/participant.entity';
import { QueueName } from '../src/queue/job-registry';
import { Queues } from '../src/queue/queues';
import { ShortlistWorld } from './shortlists-fixtures';
import { DESKTOP, startWebTest, type WebTest } from './support/browser';
import { bearer } from './support/test-app';

const PHONE = { width: 360, height: 800 };

/**
 * Palace staff's year: a shortlist requested from the form and watched while the real worker builds it, a
 * candidate's evidence read item by item, decisions from the keyboard, the representation charts, a rebuilt
 * version compared with the one before, and an accepted child enrolled in a fostering programme, who then shows
 * among the members of the programme's club for its coach.
 *
 * Five children aged 10 on 01/06/2025, one provincial round of 2025-12-31 ranking them 1–5 (prizes: first,
 * second, third, consolation × 2) and one assessment each of 5/10 by the club's coach on the same day. With the
 * default parameters (talent-score.md) a result contributes 100 × 0.6 × v / 3 = 20 v with
 * v = (p + B) / 1.5 × 3/4 (provincial 3 of 4, decay 1), the assessment 100 × 0.3 × 0.5 = 15:
 * child 0 (p 1, B 0.5): 15,00 + 15,00 = 30,00; child 1 (p 0.75, B 0.3): 10,50 + 15 = 25,50; child 2 (p 0.5,
 * B 0.2): 7,00 + 15 = 22,00; child 3 (p 0.25, B 0.1): 18,50; child 4 (p 0, B 0.1): 16,00. The best 3: 0, 1, 2.
 */
describe('the palace staff’s screens', () => {
  let w: WebTest;
  let staff: { email: string; password: string };
  let coach: { email: string; password: string };
  let world: ShortlistWorld;
  let piano: number;
  let clubId: number;
  let palaceName: string;
  const children: Participant[] = [];
  let firstRunId: number;
  let rebuiltId: number;

  beforeAll(async () => {
    w = await startWebTest();
    const t = w.testApp;
    const palace = await t.factories.rootOrganisation('palace');
    palaceName = palace.name;
    const staffUser = await t.factories.user({
      roles: [{ role: 'palace_staff', organisationId: palace.id }],
    });
    staff = staffUser;
    const coachUser = await t.factories.user({ roles: [{ role: 'coach', organisationId: palace.id }] });
    coach = coachUser;
    world = new ShortlistWorld(t.dataSource, palace.id, staffUser.id);
    piano = await world.discipline('MUSIC.PIANO');
    const communes = await t.dataSource.query<{ id: number }[]>(
      "SELECT id FROM localities WHERE level = 'commune' AND valid_to IS NULL ORDER BY id LIMIT 2",
    );
    for (let i = 0; i < 5; i++) {
      const child = await world.child({
        dateOfBirth: `2015-0${i + 1}-15`,
        gender: i % 2 === 0 ? 'female' : 'male',
        homeLocalityId: Number(communes[i % 2].id),
      });
      children.push(child);
    }
    const prizes = ['Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Khuyến khích', 'Khuyến khích'];
    await world.publishedRound({
      disciplineId: piano,
      level: 'provincial',
      endDate: '2025-12-31',
      ranking: children.map((child, i) => ({ members: [child.id], rank: i + 1, prize: prizes[i] })),
    });
    const rubric = await world.rubric(piano);
    clubId = (await world.club(piano, 'CLB Piano Cung Thiếu nhi')).id;
    for (const child of children) {
      await world.assessment({
        participantId: child.id,
        clubId,
        rubric,
        assessorId: coachUser.id,
        assessedOn: '2025-12-31',
        value: '5',
      });
    }
    const admin = await t.adminToken();
    await t
      .http()
      .post(`/api/v1/clubs/${clubId}/coaches`)
      .set(bearer(admin))
      .send({ userId: coachUser.id })
      .expect(201);
  });

  afterAll(() => w?.close());

  const signIn = async (page: Page, who: { email: string; password: string }, path: string) => {
    await page.goto(`${w.baseUrl}${path}`);
    await page.getByLabel('Thư điện tử').fill(who.email);
    await page.getByLabel('Mật khẩu').fill(who.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  };
  const name = (i: number) => children[i].fullName;
  /** Palace staff see names, ages and localities; never a date of birth or a guardian. */
  const expectNoPrivateData = async (page: Page) => {
    const text = await page.locator('body').innerText();
    for (const child of children) {
      const [y, m, d] = child.dateOfBirth!.split('-');
      expect(text).not.toContain(`${d}/${m}/${y}`);
      expect(text).not.toContain(child.guardianName!);
      expect(text).not.toContain('0912345678');
    }
  };
  const runs = () =>
    w.testApp.dataSource.query<{ id: number }[]>('SELECT id FROM shortlist_runs ORDER BY id');

  it('opens a fostering programme through a palace club, each mistake named beside its field', async () => {
    const page = await (await w.context(DESKTOP)).newPage();
    await signIn(page, staff, '/shortlists');
    await page.getByRole('link', { name: 'Chương trình bồi dưỡng' }).click();
    await page.getByRole('heading', { name: 'Chương trình bồi dưỡng' }).waitFor();
    await page.getByText('Chưa có chương trình bồi dưỡng nào.').waitFor();
    const programmes = () =>
      w.testApp.dataSource.query<Record<string, unknown>[]>(
        'SELECT name, club_id, discipline_id, starts_on, ends_on, capacity FROM fostering_programmes',
      );

    // Sent empty: each field's error beside it, and nothing written.
    await page.getByRole('button', { name: 'Mở chương trình' }).click();
    const errorOf = (label: string) =>
      page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-error');
    for (const label of ['Tên chương trình', 'Câu lạc bộ', 'Từ ngày', 'Đến ngày', 'Số chỗ'])
      await errorOf(label).waitFor();
    expect(await programmes()).toEqual([]);

    // The club chosen, its discipline follows; a period that ends before it starts is refused beside "Đến ngày".
    await page.getByLabel('Tên chương trình').fill('Bồi dưỡng năng khiếu Piano 2026');
    await page.getByLabel('Câu lạc bộ').selectOption({ label: `CLB Piano Cung Thiếu nhi (${palaceName})` });
    await expect(page.getByLabel('Bộ môn').locator('option:checked').textContent()).resolves.toBe('Piano');
    await page.getByLabel('Từ ngày').fill('2026-06-30');
    await page.getByLabel('Đến ngày').fill('2026-01-05');
    await page.getByLabel('Số chỗ').fill('10');
    await page.getByRole('button', { name: 'Mở chương trình' }).click();
    await errorOf('Đến ngày').waitFor();
    await expect(errorOf('Tên chương trình').count()).resolves.toBe(0);
    await w.screenshot(page, 'palace-programme-errors-desktop');
    expect(await programmes()).toEqual([]);

    await page.getByLabel('Từ ngày').fill('2026-01-05');
    await page.getByLabel('Đến ngày').fill('2026-06-30');
    await page.getByRole('button', { name: 'Mở chương trình' }).click();
    await page.getByText('Đã mở chương trình Bồi dưỡng năng khiếu Piano 2026.').waitFor();
    await page
      .getByText('CLB Piano Cung Thiếu nhi · Piano · 05/01/2026–30/06/2026 · 0/10 em đã ghi danh')
      .waitFor();
    await w.screenshot(page, 'palace-programmes-desktop');
    expect(await programmes()).toEqual([
      {
        name: 'Bồi dưỡng năng khiếu Piano 2026',
        club_id: clubId,
        discipline_id: piano,
        starts_on: '2026-01-05',
        ends_on: '2026-06-30',
        capacity: 10,
      },
    ]);
  });

  it('requests a shortlist, watches it build, reviews the evidence, decides from the keyboard and enrols', async () => {
    const page = await (await w.context(DESKTOP)).newPage();
    await signIn(page, staff, '/');
    await page.getByRole('link', { name: 'Danh sách năng khiếu' }).click();
    await page.getByRole('heading', { name: 'Danh sách năng khiếu' }).waitFor();
    await page.getByText('Chưa có danh sách nào.').waitFor();
    await page.getByRole('link', { name: 'Yêu cầu lập danh sách' }).click();
    await page.getByRole('heading', { name: 'Yêu cầu lập danh sách' }).waitFor();
    await w.screenshot(page, 'palace-request-desktop');

    // Sent empty: each field's error beside it, and nothing written.
    await page.getByRole('button', { name: 'Lập danh sách' }).click();
    const errorOf = (label: string) =>
      page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-error');
    await errorOf('Bộ môn').waitFor();
    await errorOf('Ngày tính tuổi').waitFor();
    await errorOf('Nhóm 1: từ tuổi').waitFor();
    await errorOf('Từ ngày').waitFor();
    await w.screenshot(page, 'palace-request-errors-desktop');
    expect(await runs()).toEqual([]);

    await page.getByLabel('Bộ môn', { exact: true }).selectOption({ label: 'Piano' });
    await page.getByLabel('Ngày tính tuổi').fill('2025-06-01');
    await page.getByLabel('Nhóm 1: từ tuổi').fill('8');
    await page.getByLabel('Nhóm 1: đến tuổi').fill('12');
    await page.getByLabel('Từ ngày').fill('2024-01-01');
    await page.getByLabel('Đến ngày').fill('2025-12-31');
    await page.getByLabel('Số em mỗi nhóm tuổi').fill('3');
    // How contest results count, folded away with the defaults of talent-score.md; a half-life of 0 is refused
    // beside its field; a grassroots result counts half what it did (the decimal comma read as a point).
    await page.getByText('Tuỳ chỉnh cách tính điểm thi đấu').click();
    await expect(page.getByLabel('Điểm cộng theo giải').inputValue()).resolves.toBe('0,5; 0,3; 0,2; 0,1');
    await page.getByLabel('Số năm để một kết quả còn nửa giá trị').fill('0');
    await page.getByLabel('Cấp cơ sở').fill('0,5');
    await page.getByRole('button', { name: 'Lập danh sách' }).click();
    await errorOf('Số năm để một kết quả còn nửa giá trị').waitFor();
    await w.screenshot(page, 'palace-request-scoring-error-desktop');
    await page.setViewportSize(PHONE);
    await w.screenshot(page, 'palace-request-scoring-error-phone');
    await page.setViewportSize(DESKTOP);
    expect(await runs()).toEqual([]);
    await page.getByLabel('Số năm để một kết quả còn nửa giá trị').fill('2');
    // The queue held, the page shows the build waiting its turn at 0%; let go, the real worker builds it
    // while the page polls, and the candidates follow.
    const shortlistsQueue = w.testApp.app.get(Queues).get(QueueName.Shortlists);
    await shortlistsQueue.pause();
    await page.getByRole('button', { name: 'Lập danh sách' }).click();
    await page.getByRole('heading', { name: /^Danh sách số \d+, phiên bản 1$/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Đang chờ đến lượt lập danh sách…' }).waitFor();
    await expect(page.locator('progress').getAttribute('value')).resolves.toBe('0');
    await w.screenshot(page, 'palace-building-desktop');
    await page.setViewportSize(PHONE);
    await w.screenshot(page, 'palace-building-phone');
    await page.setViewportSize(DESKTOP);
    await shortlistsQueue.resume();
    await page.locator('progress').waitFor({ state: 'detached', timeout: 30_000 });
    await w.screenshot(page, 'palace-built-desktop');
    await page.getByRole('heading', { name: 'Nhóm tuổi 8–12 (3 em)' }).waitFor({ timeout: 30_000 });
    const [run] = await w.testApp.dataSource.query<{ id: number; state: string; progress: number }[]>(
      'SELECT id, state, progress FROM shortlist_runs',
    );
    expect(run).toMatchObject({ state: 'completed', progress: 100 });
    firstRunId = Number(run.id);
    const [{ parameters }] = await w.testApp.dataSource.query<{ parameters: object }[]>(
      'SELECT parameters FROM shortlist_runs WHERE id = ?',
      [firstRunId],
    );
    expect(parameters).toMatchObject({
      talent: {
        levelWeights: { grassroots: 0.5, district: 2, provincial: 3, national: 4 },
        halfLifeYears: 2,
        awardBonus: [0.5, 0.3, 0.2, 0.1],
      },
    });
    const listed = await page.locator('.candidate strong').allTextContents();
    expect(listed).toEqual([name(0), name(1), name(2)]);

    // j picks the first: its evidence, each item with its contribution, summing to the score.
    await page.keyboard.press('j');
    await page.getByRole('heading', { name: name(0), level: 2 }).waitFor();
    const evidence = page.locator('table.evidence');
    await expect(evidence.locator('tbody td.number').allTextContents()).resolves.toEqual(['15,00', '15,00']);
    await expect(evidence.locator('tfoot td').textContent()).resolves.toBe('30,00');
    await expect(evidence.locator('tbody tr').first().textContent()).resolves.toContain('hạng 1/5');
    await w.screenshot(page, 'palace-review-desktop');
    await expectNoPrivateData(page);

    // n to the note, Tab out of it, a accepts; then j and r reject the second.
    await page.keyboard.press('n');
    await page.keyboard.type('Cảm âm tốt, mời học thử');
    await page.keyboard.press('Tab');
    await page.keyboard.press('a');
    await page.getByText(/^Đã quyết định: Được chọn/).waitFor();
    await page.keyboard.press('j');
    await page.getByRole('heading', { name: name(1), level: 2 }).waitFor();
    await page.keyboard.press('r');
    await page.getByText(/^Đã quyết định: Không chọn/).waitFor();
    const decisions = await w.testApp.dataSource.query(
      'SELECT participant_id AS id, decision, note FROM shortlist_decisions ORDER BY participant_id',
    );
    expect(decisions).toEqual([
      expect.objectContaining({ id: children[0].id, decision: 'accepted', note: 'Cảm âm tốt, mời học thử' }),
      expect.objectContaining({ id: children[1].id, decision: 'rejected', note: null }),
    ]);

    // The accepted child enrolled: a member of the programme's club.
    await page.keyboard.press('k');
    await page.getByRole('heading', { name: 'Ghi danh vào chương trình bồi dưỡng' }).waitFor();
    await page.getByRole('button', { name: 'Ghi danh', exact: true }).click();
    await page.getByText(`Đã ghi danh ${name(0)} vào Bồi dưỡng năng khiếu Piano 2026`).waitFor();
    await w.screenshot(page, 'palace-enrolled-desktop');
    const members = await w.testApp.dataSource.query<{ id: number }[]>(
      'SELECT participant_id AS id FROM club_memberships WHERE club_id = ? AND left_on IS NULL',
      [clubId],
    );
    expect(members.map((m) => Number(m.id))).toEqual([children[0].id]);

    // Representation: one chart per grouping, its figures beside it (3 of 5 chosen, girls 2 of 3).
    await page.getByRole('link', { name: 'Độ bao phủ' }).click();
    await page.getByRole('img', { name: /^Theo giới tính/ }).waitFor();
    await page.getByText('Nguồn chọn: 5 em · được chọn: 3 em.').waitFor();
    const gender = page.locator('figure', { hasText: 'Theo giới tính' });
    await expect(gender.locator('tbody tr').first().innerText()).resolves.toMatch(
      /^Nữ\s+3\s+2\s+60%\s+67%\s+1,11$/,
    );
    await page.getByRole('button', { name: 'Huyện năm 2019' }).click();
    await page.getByText('Đang gộp theo đơn vị ngày 31/12/2019.').waitFor();
    await w.screenshot(page, 'palace-representation-desktop');
  });

  it('compares a version rebuilt on new evidence with the one before', async () => {
    // A second provincial round: child 4 wins, then 0, 3, 1, 2. Now child 0: 15 + 10,50 + 15 = 40,50;
    // child 4: 15 + 1 + 15 = 31,00; child 1: 10,50 + 3,50 + 15 = 29,00; child 3: 25,50; child 2: 23,00.
    await world.publishedRound({
      disciplineId: piano,
      level: 'provincial',
      endDate: '2025-12-31',
      ranking: [4, 0, 3, 1, 2].map((i, place) => ({
        members: [children[i].id],
        rank: place + 1,
        prize: ['Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Khuyến khích', 'Khuyến khích'][place],
      })),
    });
    const page = await (await w.context(DESKTOP)).newPage();
    await signIn(page, staff, `/shortlists/${firstRunId}`);
    await page.getByRole('button', { name: 'Lập lại với dữ liệu mới' }).click();
    await page.getByRole('heading', { name: /^Danh sách số \d+, phiên bản 2$/ }).waitFor();
    await page.getByRole('link', { name: 'So với phiên bản trước' }).click({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Phiên bản 2 so với phiên bản 1' }).waitFor();
    // The lists once both versions' candidates are read.
    await page.getByRole('heading', { name: /^Mới vào danh sách/ }).waitFor();
    const section = (title: RegExp) =>
      page.locator('section.card', { has: page.getByRole('heading', { name: title }) });
    await expect(
      section(/^Mới vào danh sách/)
        .locator('li')
        .allTextContents(),
    ).resolves.toEqual([`${name(4)} · điểm 31,00`]);
    await expect(
      section(/^Ra khỏi danh sách/)
        .locator('li')
        .allTextContents(),
    ).resolves.toEqual([`${name(2)} · điểm 22,00`]);
    const changed = await section(/^Bằng chứng thay đổi/)
      .locator('tbody tr')
      .allInnerTexts();
    expect(changed.map((row) => row.split('\t'))).toEqual([
      [name(0), '30,00', '40,50', '2 → 3'],
      [name(1), '25,50', '29,00', '2 → 3'],
    ]);
    rebuiltId = Number((await runs()).at(-1)!.id);
    await w.screenshot(page, 'palace-compare-desktop');
    await expectNoPrivateData(page);
  });

  it('shows the enrolled child among the club’s members for the programme club’s coach', async () => {
    const page = await (await w.context(PHONE)).newPage();
    await signIn(page, coach, '/clubs');
    await page.getByRole('link', { name: 'CLB Piano Cung Thiếu nhi' }).click();
    await page.getByRole('heading', { name: 'CLB Piano Cung Thiếu nhi' }).waitFor();
    await page.getByText(name(0)).first().waitFor();
    await expect(page.getByText(name(1)).count()).resolves.toBe(0);
    await w.screenshot(page, 'palace-coach-club-phone');
  });

  it('lays every palace screen out on a 360-px phone', async () => {
    const page = await (await w.context(PHONE)).newPage();
    await signIn(page, staff, '/shortlists');
    await page.getByRole('heading', { name: 'Danh sách năng khiếu' }).waitFor();
    await page.getByText(/phiên bản 2/).waitFor();
    await w.screenshot(page, 'palace-list-phone');
    await page.goto(`${w.baseUrl}/shortlists/new`);
    await page.getByRole('button', { name: 'Lập danh sách' }).click();
    await page.locator('.field-error').first().waitFor();
    await w.screenshot(page, 'palace-request-errors-phone');
    await page.goto(`${w.baseUrl}/shortlists/${rebuiltId}`);
    await page.getByRole('heading', { name: /^Nhóm tuổi 8–12/ }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^\\S*\\s*${name(0)}`) }).click();
    await page.locator('table.evidence').waitFor();
    await expect(page.locator('table.evidence tfoot td').textContent()).resolves.toBe('40,50');
    await w.screenshot(page, 'palace-review-phone');
    await page.goto(`${w.baseUrl}/shortlists/${rebuiltId}/representation`);
    await page.getByRole('img', { name: /^Theo quý sinh/ }).waitFor();
    await w.screenshot(page, 'palace-representation-phone');
    await page.goto(`${w.baseUrl}/shortlists/${rebuiltId}/compare`);
    await page.getByRole('heading', { name: /^Mới vào danh sách/ }).waitFor();
    await w.screenshot(page, 'palace-compare-phone');
    await page.goto(`${w.baseUrl}/fostering-programmes`);
    await page.getByText(/1\/10 em đã ghi danh$/).waitFor();
    await w.screenshot(page, 'palace-programmes-phone');
    await page.goto(`${w.baseUrl}/shortlists`);
    await page.getByRole('heading', { name: 'Danh sách năng khiếu' }).waitFor();
    const desktop = await (await w.context(DESKTOP)).newPage();
    await signIn(desktop, staff, '/shortlists');
    await desktop.getByText(/phiên bản 2/).waitFor();
    await w.screenshot(desktop, 'palace-list-desktop');
  });
});

import type { Page } from 'playwright-core';
import { todayInVietnam } from '../src/participants/participant-rules';
import { DESKTOP, PHONE, startWebTest, type WebTest } from './support/browser';
import { bearer } from './support/test-app';

// A coach's week on a phone: a child of the unit added by a search without diacritics, attendance taken by
// taps and saved in one request, an assessment checked as it is typed, and the progress chart that shows it.
describe('the coach’s screens', () => {
  let w: WebTest;
  let coach: { email: string; password: string };
  let organiserToken: string;
  let clubId: number;
  const children: Record<'an' | 'binh' | 'chi', number> = { an: 0, binh: 0, chi: 0 };

  beforeAll(async () => {
    w = await startWebTest();
    const t = w.testApp;
    const province = await t.factories.rootOrganisation();
    const unit = await t.factories.organisation({ name: 'Đoàn phường Hồng Gai', parentId: province.id });
    const organiser = await t.factories.user({ roles: [{ role: 'organiser', organisationId: unit.id }] });
    coach = await t.factories.user({ roles: [{ role: 'coach', organisationId: unit.id }] });
    organiserToken = await t.login(organiser.email, organiser.password);
    const as = {
      get: (path: string) => t.http().get(`/api/v1${path}`).set(bearer(organiserToken)),
      post: (path: string, body: object) =>
        t.http().post(`/api/v1${path}`).set(bearer(organiserToken)).send(body),
    };
    const [chess] = (await as.get('/disciplines?q=co vua').expect(200)).body.items;
    clubId = (
      await as
        .post('/clubs', {
          organisationId: unit.id,
          name: 'Câu lạc bộ Cờ vua Hồng Gai',
          kind: 'club',
          disciplineId: chess.id,
          schedule: 'Thứ Ba và Thứ Năm, 17:30–19:00',
          capacity: 20,
        })
        .expect(201)
    ).body.id;
    const coachId = (await t.dataSource.query('SELECT id FROM users WHERE email = ?', [coach.email]))[0].id;
    await as.post(`/clubs/${clubId}/coaches`, { userId: coachId }).expect(201);
    await as
      .post('/assessment-rubrics', {
        organisationId: unit.id,
        disciplineId: chess.id,
        name: 'Thang đánh giá cờ vua',
        criteria: [
          { code: 'TACTICS', name: 'Chiến thuật', min: '0', max: '10', step: '0.5' },
          { code: 'ENDGAME', name: 'Tàn cuộc', min: '0', max: '10', step: '0.5' },
        ],
      })
      .expect(201);
    const names = { an: 'Nguyễn Thị Ánh', binh: 'Trần Văn Bình', chi: 'Đặng Minh Chí' };
    for (const [key, fullName] of Object.entries(names) as [keyof typeof names, string][]) {
      children[key] = (
        await as
          .post('/participants', {
            fullName,
            gender: key === 'an' ? 'female' : 'male',
            dateOfBirth: '2015-04-12',
            organisationId: unit.id,
          })
          .expect(201)
      ).body.id;
      await as
        .post(`/participants/${children[key]}/consents`, {
          kind: 'guardian',
          givenBy: 'Phụ huynh',
          givenOn: todayInVietnam(),
          method: 'paper',
          scopes: ['registry', 'contests'],
        })
        .expect(201);
    }
    for (const key of ['an', 'binh'] as const) {
      await as
        .post(`/clubs/${clubId}/members`, { participantId: children[key], joinedOn: '2026-01-05' })
        .expect(201);
    }
  });

  afterAll(() => w?.close());

  const signIn = async (page: Page, path: string) => {
    await page.goto(`${w.baseUrl}${path}`);
    await page.getByLabel('Thư điện tử').fill(coach.email);
    await page.getByLabel('Mật khẩu').fill(coach.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  };

  it('adds a child, takes attendance, assesses and shows the progress chart on a phone', async () => {
    const page = await (await w.context(PHONE)).newPage();
    await signIn(page, '/clubs');
    await page.getByRole('link', { name: 'Câu lạc bộ Cờ vua Hồng Gai' }).click();
    await page.getByRole('heading', { name: 'Câu lạc bộ Cờ vua Hồng Gai' }).waitFor();
    await w.screenshot(page, 'coach-club-phone');

    // "dang minh" finds Đặng Minh Chí of the unit.
    await page.getByLabel('Tìm theo họ tên').fill('dang minh');
    await page.getByText('Đặng Minh Chí').waitFor();
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.getByText('Đã thêm Đặng Minh Chí vào câu lạc bộ.').waitFor();

    // A session today, then Bình tapped once: absent; the others stay present.
    await page.getByRole('button', { name: 'Tạo buổi và điểm danh' }).click();
    await page.getByRole('heading', { name: /^Điểm danh ngày/ }).waitFor();
    await page.getByRole('button', { name: /^Trần Văn Bình/ }).click();
    await page.getByText('Có mặt 2 · Vắng 1 · Có phép 0').waitFor();
    await w.screenshot(page, 'coach-attendance-phone');
    await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
    await page.getByText('Đã lưu điểm danh.').waitFor();
    const recorded = await w.testApp.dataSource.query(
      'SELECT participant_id AS id, status FROM attendance ORDER BY participant_id',
    );
    expect(recorded).toEqual([
      { id: children.an, status: 'present' },
      { id: children.binh, status: 'absent' },
      { id: children.chi, status: 'present' },
    ]);

    // The assessment: 10,5 is off the scale and said so beside the field; 8,5 and 7 are saved.
    await page
      .getByRole('link', { name: /Câu lạc bộ/ })
      .first()
      .click();
    await page.goto(`${w.baseUrl}/clubs/${clubId}/assess/${children.an}`);
    await page.getByRole('heading', { name: 'Đánh giá: Nguyễn Thị Ánh' }).waitFor();
    await page.getByLabel('Chiến thuật').fill('10,5');
    await page.getByText('Điểm nằm ngoài thang.').waitFor();
    await w.screenshot(page, 'coach-assessment-error-phone');
    await page.getByLabel('Chiến thuật').fill('8,5');
    await page.getByLabel('Tàn cuộc').fill('7');
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();

    await page.getByRole('heading', { name: 'Tiến bộ của Nguyễn Thị Ánh' }).waitFor();
    await page.getByRole('img', { name: /Chiến thuật/ }).waitFor();
    const tactics = page.locator('figure', { hasText: 'Chiến thuật' });
    await expect(tactics.locator('td').nth(1).textContent()).resolves.toBe('8,50');
    const marks = await w.testApp.dataSource.query(
      `SELECT c.code, s.value FROM assessment_scores s JOIN assessment_criteria c ON c.id = s.criterion_id
        JOIN assessments a ON a.id = s.assessment_id WHERE a.participant_id = ? ORDER BY c.position`,
      [children.an],
    );
    expect(marks).toEqual([
      { code: 'TACTICS', value: '8.50' },
      { code: 'ENDGAME', value: '7.00' },
    ]);
    await w.screenshot(page, 'coach-progress-phone');
  });

  it('lays the same screens out on a desktop, with trainees and their flags', async () => {
    const page = await (await w.context(DESKTOP)).newPage();
    await signIn(page, '/trainees');
    await page.getByRole('heading', { name: 'Học viên của tôi' }).waitFor();
    await page.getByRole('link', { name: 'Nguyễn Thị Ánh' }).waitFor();
    await w.screenshot(page, 'coach-trainees-desktop');
    await page.goto(`${w.baseUrl}/clubs/${clubId}`);
    await page.getByRole('heading', { name: 'Lịch sinh hoạt' }).waitFor();
    await w.screenshot(page, 'coach-club-desktop');
    await page.goto(`${w.baseUrl}/trainees/${children.an}`);
    await page.getByRole('img', { name: /Tàn cuộc/ }).waitFor();
    await w.screenshot(page, 'coach-progress-desktop');
  });
});

import type { Page } from 'playwright-core';
import { CompetitionFactory } from '../support/competition-factory';
import { DESKTOP, startWebTest, type WebTest } from '../support/browser';

const PHONE_TALL = { width: 360, height: 800 };

/**
 * An organiser sets up a contest through the screens, against the real app, MariaDB and Redis: an event, a
 * category whose discipline is found typed without diacritics, and a round with a three-criterion rubric. A
 * rubric the server refuses shows its error beside the field and writes nothing.
 */
describe('the organiser sets up a contest in the web app', () => {
  jest.setTimeout(120_000);
  let w: WebTest;
  let organiser: { email: string; password: string };
  let unitName: string;
  const partnerName = 'Hội đồng Đội huyện Tiên Yên';

  beforeAll(async () => {
    w = await startWebTest();
    const make = new CompetitionFactory(w.testApp.dataSource, w.testApp.factories);
    const unit = await w.testApp.factories.organisation({ level: 'district' });
    unitName = unit.name;
    organiser = await make.organiser(unit.id);
    await w.testApp.factories.organisation({ level: 'district', name: partnerName });
  });

  afterAll(() => w?.close());

  /** The screen at both sizes, the phone first. */
  async function shoot(page: Page, name: string): Promise<void> {
    await page.setViewportSize(PHONE_TALL);
    await w.screenshot(page, `${name}-360`);
    await page.setViewportSize(DESKTOP);
    await w.screenshot(page, `${name}-1280`);
  }

  const query = <T>(sql: string, params: unknown[]) => w.testApp.dataSource.query<T[]>(sql, params);

  it('creates an event, a category and a round with its rubric, refusing a bad rubric beside its field', async () => {
    const context = await w.context(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${w.baseUrl}/events`);
    await page.getByLabel('Thư điện tử').fill(organiser.email);
    await page.getByLabel('Mật khẩu').fill(organiser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Cuộc thi' }).waitFor();
    await page.getByRole('link', { name: 'Cuộc thi' }).first().waitFor(); // the organiser's nav link
    await page.getByText('0 cuộc thi').waitFor();

    // The event.
    await page.getByRole('link', { name: 'Tạo cuộc thi' }).click();
    await page.getByRole('heading', { name: 'Tạo cuộc thi' }).waitFor();
    await page.getByLabel('Tên cuộc thi').fill('Hội thi Tài năng nhí Hạ Long 2026');
    await page.getByLabel('Cấp', { exact: true }).selectOption('district');
    await page.getByLabel('Ngày bắt đầu').fill('2026-06-01');
    await page.getByLabel('Ngày kết thúc').fill('2026-06-02');
    await page.getByLabel('Địa điểm').fill('Cung Văn hóa Thanh thiếu nhi tỉnh');
    await shoot(page, 'organiser-event-new');
    await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
    await page.getByRole('heading', { name: 'Hội thi Tài năng nhí Hạ Long 2026' }).waitFor();
    const eventId = Number(/\/events\/(\d+)$/.exec(page.url())?.[1]);
    expect(eventId).toBeGreaterThan(0);
    await page.getByText(unitName).waitFor(); // the lead organising unit
    await page.getByText('Bản nháp').first().waitFor();
    await shoot(page, 'organiser-event');

    // An invitation to co-organise stays on the event's page, waiting, until the unit answers.
    await page.getByLabel('Mời đơn vị phối hợp').fill('Hội đồng Đội huyện Tiên');
    await page.locator('li', { hasText: partnerName }).getByRole('button', { name: 'Mời' }).click();
    const waiting = page.locator('li', { hasText: partnerName }).getByText('Đã mời, chờ trả lời');
    await waiting.waitFor();
    // Invited, the unit is no longer offered by the search still typed.
    await expect(page.getByRole('button', { name: 'Mời' }).count()).resolves.toBe(0);
    await page.reload();
    await waiting.waitFor();
    expect(
      await query<{ state: string }>(
        'SELECT i.state FROM event_invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.event_id = ? AND o.name = ?',
        [eventId, partnerName],
      ),
    ).toEqual([{ state: 'pending' }]);
    await shoot(page, 'organiser-event-invited');

    // The list filters by state, level and year, kept in the address.
    await page.goto(`${w.baseUrl}/events?state=draft&level=district&year=2026`);
    await page.getByRole('link', { name: 'Hội thi Tài năng nhí Hạ Long 2026' }).waitFor();
    await page.getByText('1 cuộc thi').waitFor();
    await page.getByLabel('Trạng thái').selectOption('open');
    await page.getByText('0 cuộc thi').waitFor();
    expect(new URL(page.url()).search).toBe('?state=open&level=district&year=2026');
    await page.getByLabel('Trạng thái').selectOption('draft');
    await page.getByText('1 cuộc thi').waitFor();
    await shoot(page, 'organiser-events');
    await page.getByRole('link', { name: 'Hội thi Tài năng nhí Hạ Long 2026' }).click();

    // The category: the discipline found without diacritics, the prizes previewed.
    await page.getByRole('link', { name: 'Thêm nội dung thi' }).click();
    await page.getByRole('heading', { name: 'Thêm nội dung thi' }).waitFor();
    await page.getByLabel('Mã nội dung').fill('BD-A');
    await page.getByLabel('Tên nội dung thi').fill('Bóng đá, bảng A (8–11 tuổi)');
    await page.getByLabel('Tìm bộ môn').fill('bong da');
    await page.getByRole('button', { name: 'Bóng đá' }).click();
    await page.getByText('Đã chọn: Bóng đá').waitFor();
    await page.getByLabel('Từ (tuổi)').fill('8');
    await page.getByLabel('Đến (tuổi)').fill('11');
    await page.getByText('1 Giải Nhất, 2 Giải Nhì, 3 Giải Ba').waitFor();
    await page
      .getByText('Nếu 2 tiết mục đồng hạng cao nhất, cả 2 cùng nhận Giải Nhất; Giải Nhì còn 2 suất.')
      .waitFor();
    await page.getByLabel('Đồng hạng chiếm suất của giải sau').check();
    await page.getByText('Giải Nhì còn 1 suất.').waitFor();
    await shoot(page, 'organiser-category-new');
    await page.getByRole('button', { name: 'Tạo nội dung thi' }).click();
    await page.getByRole('heading', { name: 'Bóng đá, bảng A (8–11 tuổi)' }).waitFor();
    const categoryId = Number(/\/categories\/(\d+)$/.exec(page.url())?.[1]);
    const [category] = await query<{ discipline_id: number; min_age: number; max_age: number }>(
      'SELECT discipline_id, min_age, max_age FROM categories WHERE id = ? AND event_id = ?',
      [categoryId, eventId],
    );
    const [football] = await query<{ id: number }>(
      "SELECT id FROM disciplines WHERE code LIKE '%FOOTBALL'",
      [],
    );
    expect(category).toEqual({ discipline_id: football.id, min_age: 8, max_age: 11 });
    await shoot(page, 'organiser-category');

    // The round: the method explained, a three-criterion rubric.
    await page.getByRole('link', { name: 'Thêm vòng thi' }).click();
    await page.getByRole('heading', { name: 'Thêm vòng thi' }).waitFor();
    await page.getByLabel('Tên vòng thi').fill('Vòng chung kết');
    await page.getByLabel('Cách tính điểm').selectOption('trimmed_mean');
    await page.getByText('Bỏ điểm cao nhất và điểm thấp nhất của mỗi tiết mục').waitFor();
    await page.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await page.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    const rubric: [string, string, string, string, string][] = [
      ['technique', 'Kỹ thuật', '10', '0,25', '2'],
      ['teamwork', 'Phối hợp đồng đội', '10', '0,5', '1'],
      ['spirit', 'Tinh thần thi đấu', '0,2', '0,25', '1'], // the maximum below the step: refused
    ];
    for (const [index, [code, name, max, step, weight]] of rubric.entries()) {
      const criterion = page.getByRole('group', { name: `Tiêu chí ${index + 1}` });
      await criterion.getByLabel('Mã', { exact: true }).fill(code);
      await criterion.getByLabel('Tên tiêu chí').fill(name);
      await criterion.getByLabel('Điểm cao nhất').fill(max);
      await criterion.getByLabel('Bước điểm').fill(step);
      await criterion.getByLabel('Trọng số, hệ số').fill(weight);
    }
    await page.getByLabel('Mức chênh lệch cho phép').fill('1,5');
    await page.getByLabel('Số tiết mục đứng đầu (kể cả đồng hạng)').fill('3');
    await page.getByRole('button', { name: 'Tạo vòng thi' }).click();

    const third = page.getByRole('group', { name: 'Tiêu chí 3' });
    await third.getByText('khoảng từ min đến max phải chia hết cho bước điểm').waitFor();
    await expect(third.getByLabel('Bước điểm').getAttribute('aria-invalid')).resolves.toBe('true');
    await shoot(page, 'organiser-round-error');
    expect(await query('SELECT id FROM rounds WHERE category_id = ?', [categoryId])).toEqual([]);

    // Corrected, it is saved as typed (decimal commas read as points).
    await third.getByLabel('Điểm cao nhất').fill('5');
    await third.getByLabel('Bước điểm').fill('0,5');
    await page.getByRole('button', { name: 'Tạo vòng thi' }).click();
    await page.getByRole('heading', { name: 'Vòng chung kết' }).waitFor();
    const roundId = Number(/\/rounds\/(\d+)\/setup$/.exec(page.url())?.[1]);
    await page.getByRole('link', { name: 'Ban giám khảo' }).waitFor();
    expect(await page.getByRole('link', { name: 'Kết quả' }).getAttribute('href')).toBe(
      `/results/rounds/${roundId}`,
    );
    // Read back with decimal commas, as the organiser typed them.
    const first = page.getByRole('group', { name: 'Tiêu chí 1' });
    await expect(first.getByLabel('Bước điểm').inputValue()).resolves.toBe('0,25');
    await shoot(page, 'organiser-round');

    const [round] = await query<{
      name: string;
      criteria: unknown;
      method: unknown;
      spread_limit: string;
      advancement: unknown;
    }>(
      'SELECT name, criteria, method, spread_limit, advancement FROM rounds WHERE id = ? AND category_id = ?',
      [roundId, categoryId],
    );
    const json = (value: unknown): unknown =>
      typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    expect(round.name).toBe('Vòng chung kết');
    expect(json(round.criteria)).toEqual([
      { code: 'technique', name: 'Kỹ thuật', min: '0', max: '10', step: '0.25', weight: '2' },
      { code: 'teamwork', name: 'Phối hợp đồng đội', min: '0', max: '10', step: '0.5', weight: '1' },
      { code: 'spirit', name: 'Tinh thần thi đấu', min: '0', max: '5', step: '0.5', weight: '1' },
    ]);
    expect(json(round.method)).toMatchObject({ kind: 'trimmed_mean', trim: 1, minPanel: 5 });
    expect(Number(round.spread_limit)).toBe(1.5);
    expect(json(round.advancement)).toEqual({ top: 3 });
  });
});

import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { Membership } from '../src/clubs/entities/membership.entity';
import type { Participant } from '../src/participants/entities/participant.entity';
import { DESKTOP, startWebTest, type WebTest } from './support/browser';
import { CompetitionFactory, type Contest } from './support/competition-factory';

const PHONE = { width: 360, height: 800 };
type Account = { email: string; password: string };

/**
 * The reviewer's screens against the real app. The fixture (unit A, 2025) is built so that the 2019
 * districts and the 2025 communes give different figures, counted through the locality history:
 *   K1 at the 2025 commune Tiên Yên (TY25): 7 members;  K2 at Tiên Yên district itself (TYD): 6;
 *   K3 at Đồng Tiến (a commune of Cô Tô district, wholly in the 2025 special zone Cô Tô): 2;
 *   K4 at Bạch Đằng (a ward of Hạ Long, wholly in the 2025 ward Hồng Gai): 8.
 * 2019 districts: Tiên Yên 13 (K1 apportioned there, 4.5 of 5, and K2), Cô Tô 2 → "< 5", Hạ Long 8 hidden
 *   too (the smallest other cell, else 23 − 13 − 8 gives Cô Tô back); clubs 2, 1, 1.
 * 2025 communes: TY25 7, Hồng Gai 8, Cô Tô 2 → "< 5", and K2's 6 unplaced (no 2025 commune holds most of
 *   the district) hidden as the smallest other cell; clubs 1 each.
 */
describe('the reviewer’s screens', () => {
  jest.setTimeout(90_000);
  let w: WebTest;
  let viewer: Account;
  let judge: Account;
  let admin: Account;
  let contest: Contest;
  const children: Participant[] = [];
  const names: Record<'TY25' | 'HongGai', string> = { TY25: '', HongGai: '' };

  beforeAll(async () => {
    w = await startWebTest();
    const t = w.testApp;
    const manager = t.dataSource.manager;
    const make = new CompetitionFactory(t.dataSource, t.factories);
    const unitA = await t.factories.organisation({ name: 'Đoàn huyện Tiên Yên', level: 'district' });
    viewer = await t.factories.user({ roles: [{ role: 'viewer', organisationId: unitA.id }] });
    admin = await t.factories.user({ roles: [{ role: 'admin', organisationId: null }] });
    const locality = async (sql: string, params: unknown[]) =>
      (await manager.query<{ id: number; full_name: string }[]>(sql, params))[0];
    const ty25 = await locality(
      "SELECT id, full_name FROM localities WHERE name = 'Tiên Yên' AND level = 'commune' AND valid_from = '2025-07-01'",
      [],
    );
    const tyd = await locality(
      "SELECT id, full_name FROM localities WHERE name = 'Tiên Yên' AND level = 'district' AND valid_from IS NULL",
      [],
    );
    const dongTien = await locality(
      "SELECT id, full_name FROM localities WHERE name = 'Đồng Tiến' AND valid_from IS NULL",
      [],
    );
    const bachDang = await locality(
      `SELECT l.id, l.full_name FROM localities l JOIN localities p ON p.id = l.parent_id
        WHERE l.name = 'Bạch Đằng' AND p.name = 'Hạ Long' AND p.level = 'district'`,
      [],
    );
    const hongGai = await locality(
      "SELECT id, full_name FROM localities WHERE name = 'Hồng Gai' AND valid_from = '2025-07-01'",
      [],
    );
    names.TY25 = ty25.full_name;
    names.HongGai = hongGai.full_name;
    const disciplineId = await t.factories.subDisciplineId();
    const club = async (localityId: number, members: number) => {
      const saved = await t.factories.club(unitA.id, { disciplineId, localityId, validFrom: '2025-01-01' });
      for (let i = 0; i < members; i++) {
        // Distinct dates of birth, so that the privacy test can look for each.
        const day = String(children.length + 1).padStart(2, '0');
        const child = await make.participant(unitA.id, { dateOfBirth: `2014-03-${day}` });
        children.push(child);
        await manager.insert(Membership, {
          clubId: saved.id,
          participantId: child.id,
          joinedOn: '2025-01-10',
          leftOn: null,
          leaveReason: null,
        });
      }
    };
    await club(ty25.id, 7);
    await club(tyd.id, 6);
    await club(dongTien.id, 2);
    await club(bachDang.id, 8);

    // A judge of another unit with a round to mark: its entrants must not be named on the judge's screens.
    contest = await make.contest({ entries: 3 });
    judge = await make.panelMember(contest.round, 'member');
  });

  afterAll(() => w?.close());

  async function signIn(context: BrowserContext, account: Account, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${w.baseUrl}${path}`);
    await page.getByLabel('Thư điện tử').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  }

  /** The trainees cell of the row whose header is `label`. */
  const trainees = (page: Page, label: string) =>
    page
      .locator('main table')
      .first()
      .locator('tr', { has: page.getByRole('rowheader', { name: label, exact: true }) })
      .locator('td')
      .nth(1);

  it('switches between 2019 districts and 2025 communes, shows "< 5", and downloads the export', async () => {
    const page = await signIn(await w.context(DESKTOP), viewer, '/reports');
    await page.getByRole('heading', { name: 'Báo cáo số liệu chương trình' }).waitFor();
    await page.getByLabel('Từ ngày').fill('2025-01-01');
    await page.getByLabel('Đến ngày').fill('2025-12-31');
    await page.getByText('Kỳ báo cáo: 01/01/2025 – 31/12/2025').waitFor();

    // 2019 districts (the default).
    await expect(trainees(page, 'Huyện Tiên Yên').textContent()).resolves.toBe('13');
    await expect(trainees(page, 'Huyện Cô Tô').textContent()).resolves.toBe('< 5');
    await expect(trainees(page, 'Thành phố Hạ Long').textContent()).resolves.toBe('< 5');
    await expect(trainees(page, 'Tổng cộng').textContent()).resolves.toBe('23');
    await page.getByText('Ô có dưới 5 em được ghi “< 5”').waitFor();
    await w.screenshot(page, 'reviewer-reports-2019-desktop');

    // The same data by the 2025 communes.
    await page.getByLabel('Địa bàn theo').selectOption({ label: 'Xã, phường, đặc khu (2025)' });
    await trainees(page, names.TY25).waitFor();
    await expect(trainees(page, names.TY25).textContent()).resolves.toBe('7');
    await expect(trainees(page, names.HongGai).textContent()).resolves.toBe('8');
    await expect(trainees(page, 'Chưa xác định địa bàn').textContent()).resolves.toBe('< 5');
    expect(await page.getByRole('rowheader', { name: 'Huyện Tiên Yên', exact: true }).count()).toBe(0);
    // Each trend chart has its table beside it.
    await page.getByRole('img', { name: 'Học viên theo năm' }).waitFor();
    await w.screenshot(page, 'reviewer-reports-2025-desktop');

    // The export: requested, watched, downloaded, and opened again.
    await page.getByRole('button', { name: 'Xuất báo cáo ra Excel' }).click();
    await page.getByRole('progressbar').waitFor();
    const link = page.getByRole('link', { name: /^Tải về bao-cao-2025-01-01-2025-12-31\.xlsx$/ });
    await link.waitFor({ timeout: 20_000 });
    await page.getByText('Đã lập xong').waitFor();
    await w.screenshot(page, 'reviewer-export-ready-desktop');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Báo cáo số liệu chương trình');
    expect(sheet.getCell('A3').value).toBe('Địa bàn theo đơn vị hành chính ngày 01/07/2025');
    const header = (sheet.getRow(6).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Địa bàn', 'Số câu lạc bộ', 'Số học viên']);
    const rows = new Map<unknown, unknown[]>();
    for (let r = 7; r <= sheet.rowCount; r++) {
      const row = (sheet.getRow(r).values as unknown[]).slice(1);
      rows.set(row[0], row);
    }
    expect(rows.get(names.TY25)!.slice(1, 3)).toEqual([1, 7]);
    expect(rows.get('Chưa xác định địa bàn')!.slice(1, 3)).toEqual([1, '< 5']);
    expect(rows.get('Tổng cộng')!.slice(1, 3)).toEqual([4, 23]);

    const phone = await signIn(await w.context(PHONE), viewer, '/reports');
    await phone.getByRole('heading', { name: 'Báo cáo số liệu chương trình' }).waitFor();
    await phone.getByRole('img', { name: 'Học viên theo năm' }).waitFor();
    await w.screenshot(phone, 'reviewer-reports-phone');
  });

  /** Every screen the header offers the account, plus `extra`, with the text each shows. */
  async function textOfReachableScreens(page: Page, extra: string[]): Promise<Map<string, string>> {
    await page.locator('header nav a').first().waitFor();
    // Let the account's links appear (they follow GET /me).
    await page.waitForLoadState('networkidle');
    const hrefs = await page
      .locator('header a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as unknown as { href: string }).href).pathname),
      );
    const texts = new Map<string, string>();
    for (const path of [...new Set([...hrefs, ...extra])]) {
      await page.goto(`${w.baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
      texts.set(path, await page.locator('body').innerText());
    }
    return texts;
  }

  const dates = (child: Participant) => {
    const [y, m, d] = child.dateOfBirth!.split('-');
    return [child.dateOfBirth!, `${d}/${m}/${y}`];
  };

  it('shows no child’s name or date of birth on the viewer’s and the judge’s screens', async () => {
    const everyone = [...children, ...contest.participants];
    const looksFor = everyone.flatMap((child) => [child.fullName, ...dates(child)]);

    const viewerPage = await signIn(await w.context(DESKTOP), viewer, '/');
    await viewerPage.getByText(/Đang đăng nhập/).waitFor();
    const viewerTexts = await textOfReachableScreens(viewerPage, ['/reports']);
    expect([...viewerTexts.keys()]).toEqual(expect.arrayContaining(['/', '/reports', '/judging']));

    const judgePage = await signIn(await w.context(PHONE), judge, '/');
    await judgePage.getByText(/Đang đăng nhập/).waitFor();
    const sheet = `/judging/rounds/${contest.round.id}`;
    const judgeTexts = await textOfReachableScreens(judgePage, [sheet, '/reports']);
    // The judge's sheet did load: its entries are there, by code.
    expect(judgeTexts.get(sheet)).toMatch(/Tiết mục 1\/3/);

    for (const [who, texts] of [
      ['viewer', viewerTexts],
      ['judge', judgeTexts],
    ] as const) {
      for (const [path, text] of texts) {
        const found = looksFor.filter((needle) => text.includes(needle));
        expect({ who, path, found }).toEqual({ who, path, found: [] });
      }
    }
  });

  it('shows the administrator the queues and a queue’s failed jobs', async () => {
    for (const [viewport, suffix] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const page = await signIn(await w.context(viewport), admin, '/admin/queues');
      await page.getByRole('heading', { name: 'Hàng đợi' }).waitFor();
      await page.getByRole('rowheader', { name: 'exports' }).waitFor();
      await page.getByRole('button', { name: 'Việc lỗi của exports' }).click();
      await page.getByText('Không có việc lỗi.').waitFor();
      await w.screenshot(page, `admin-queues-${suffix}`);
    }
  });
});

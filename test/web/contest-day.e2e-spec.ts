import type { BrowserContext, Page } from 'playwright-core';
import { PanelMember } from '../../src/competition/entities/panel-member.entity';
import { Consent } from '../../src/participants/entities/consent.entity';
import { CompetitionFactory, type Contest } from '../support/competition-factory';
import { DESKTOP, PHONE, startWebTest, type WebTest } from '../support/browser';
import { bearer } from '../support/test-app';

type User = { id: number; email: string; password: string; fullName: string };

/**
 * The contest day in the browser, against the real app, MariaDB and Redis: three judges mark on 360-px
 * phones (one loses the network midway, one has an answer lost after the server applied the batch, one meets
 * a secretary's change), a secretary types a fourth judge's paper sheet on the keyboard grid, the round is
 * published, and a parent opens the public page. The database must hold each mark exactly once.
 */
describe('the contest day in the web app', () => {
  jest.setTimeout(90_000);
  let w: WebTest;
  let contest: Contest;
  let judges: User[];
  let secretary: User;
  let organiser: User;

  // Marks by judge and entry, as typed with a decimal comma: [technique, expression, stage].
  const typed: string[][][] = [
    [
      ['8,5', '9', '7,75'],
      ['6', '6,25', '7'],
      ['9,5', '9,75', '10'],
      ['5', '5,5', '6'],
    ],
    [
      ['8', '8,25', '8,5'],
      ['7', '7', '7,25'],
      ['9', '9,25', '9,5'],
      ['4,5', '5', '5,25'],
    ],
    [
      ['7,5', '8', '8'],
      ['6,5', '6,75', '6'],
      ['9,25', '9', '9,75'],
      ['5,25', '5', '4,75'],
    ],
    [
      ['8,25', '8,5', '8'],
      ['6,75', '7', '6,5'],
      ['9,75', '9,5', '9,25'],
      ['5,5', '6', '5,75'],
    ],
  ];
  const plain = (mark: string) => mark.replace(',', '.');

  beforeAll(async () => {
    w = await startWebTest();
    const make = new CompetitionFactory(w.testApp.dataSource, w.testApp.factories);
    contest = await make.contest({ entries: 4 });
    // The fourth entrant's family agreed to the contest, not to publishing the name.
    await w.testApp.dataSource.manager.update(
      Consent,
      { participantId: contest.participants[3].id },
      { scopes: ['registry', 'contests'] },
    );
    judges = [];
    for (const role of ['head', 'member', 'member', 'member'] as const) {
      judges.push(await make.panelMember(contest.round, role));
    }
    secretary = await make.panelMember(contest.round, 'secretary');
    organiser = await make.organiser(contest.organisation.id);
  });

  afterAll(() => w?.close());

  async function signIn(
    context: BrowserContext,
    user: User,
    path = '/judging',
    heading: string | RegExp = 'Các vòng tôi chấm',
  ): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${w.baseUrl}${path}`);
    await page.getByLabel('Thư điện tử').fill(user.email);
    await page.getByLabel('Mật khẩu').fill(user.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: heading }).waitFor();
    return page;
  }

  const allSent = (page: Page) =>
    page.getByText('Mọi điểm đã được gửi lên máy chủ.').waitFor({ timeout: 15000 });

  /** Marks entries [from, to) of the sheet, entry by entry, as a judge does on a phone. */
  async function markEntries(page: Page, marks: string[][], from: number, to: number): Promise<void> {
    for (let index = from; index < to; index++) {
      await page.getByText(`Tiết mục ${index + 1}/${marks.length}`).waitFor();
      const inputs = page.locator('.card input[data-mark]');
      for (let criterion = 0; criterion < 3; criterion++)
        await inputs.nth(criterion).fill(marks[index][criterion]);
      if (index < marks.length - 1) await page.getByRole('button', { name: 'Tiếp' }).click();
    }
  }

  async function openSheet(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Mở phiếu chấm' }).click();
    await page.getByText('Tiết mục 1/4').waitFor();
  }

  async function submit(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Nộp phiếu chấm' }).click();
    await page.getByText(/Phiếu chấm đã được nộp lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/).waitFor();
  }

  const storedMarks = async (judgeId: number) =>
    (
      await w.testApp.dataSource.query<
        { entry_id: number; criterion: string; value: string; version: number }[]
      >(
        `SELECT entry_id, criterion, value, version FROM scores
          WHERE round_id = ? AND judge_id = ? ORDER BY entry_id, criterion`,
        [contest.round.id, judgeId],
      )
    ).map((row) => ({ ...row, value: String(Number(row.value)) }));

  /** What the database should hold for a judge: one row per cell, each typed mark as a number. */
  const expectedMarks = (judge: number) =>
    contest.entries
      .flatMap((entry, index) =>
        ['technique', 'expression', 'stage'].map((criterion, c) => ({
          entry_id: entry.id,
          criterion,
          value: String(Number(plain(typed[judge][index][c]))),
        })),
      )
      .sort((a, b) => a.entry_id - b.entry_id || a.criterion.localeCompare(b.criterion));

  it('shows a judge their rounds on a phone and lets them mark entry by entry', async () => {
    const context = await w.context(PHONE);
    const page = await signIn(context, judges[0]);
    await page.getByText(contest.event.name).waitFor();
    await page.getByText('Đã chấm 0/12 ô').waitFor();
    await w.screenshot(page, 'judge-my-rounds-phone');
    await openSheet(page);

    // Checked as typed: off the quarter steps, the nearest two marks are named beside the field.
    const first = page.locator('.card input[data-mark]').first();
    await first.fill('8,6');
    await page.getByText('Điểm phải theo bước 0,25. 8,5 / 8,75').waitFor();
    await first.fill('11');
    await page.getByText('Điểm cao nhất là 10.').waitFor();
    await w.screenshot(page, 'judge-sheet-error-phone');

    // The server applies the first batch but its answer is lost: the same batch goes again, same key.
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') keys.push(request.headers()['idempotency-key']);
    });
    let dropped = false;
    await page.route('**/api/v1/rounds/*/scores', async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('failed');
    });
    await markEntries(page, typed[0], 0, 4);
    await allSent(page);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys[1]).toBe(keys[0]);
    const replays = await w.testApp.dataSource.query<{ n: number }[]>(
      'SELECT COUNT(*) AS n FROM idempotency_keys WHERE `key` = ?',
      [keys[0]],
    );
    expect(Number(replays[0].n)).toBe(1);
    await w.screenshot(page, 'judge-sheet-phone');
    await page.getByRole('button', { name: 'Dạng bảng' }).click();
    await w.screenshot(page, 'judge-sheet-grid-phone');
    await submit(page);
    expect(await storedMarks(judges[0].id)).toEqual(
      expectedMarks(0).map((mark) => ({ ...mark, version: 1 })),
    );
  });

  it('keeps marking with the network gone and sends what waited when it returns', async () => {
    const context = await w.context(PHONE);
    const page = await signIn(context, judges[1]);
    await openSheet(page);
    await markEntries(page, typed[1], 0, 2);
    await allSent(page);

    await context.setOffline(true);
    await markEntries(page, typed[1], 2, 4);
    await page.getByText('Đang chờ gửi: 6 điểm').waitFor();
    await page.getByText('Máy chủ đã nhận 6 điểm').waitFor();
    await page.getByText(/Đang mất mạng/).waitFor();
    expect(await storedMarks(judges[1].id)).toHaveLength(6);
    await w.screenshot(page, 'judge-sheet-offline-phone');

    await context.setOffline(false);
    await allSent(page);
    await page.getByText('Máy chủ đã nhận 12 điểm').waitFor();
    await submit(page);
    expect(await storedMarks(judges[1].id)).toEqual(
      expectedMarks(1).map((mark) => ({ ...mark, version: 1 })),
    );
  });

  it('shows both marks when a secretary changed one meanwhile and lets the judge choose', async () => {
    const context = await w.context(PHONE);
    const page = await signIn(context, judges[2]);
    await openSheet(page);
    await markEntries(page, typed[2], 0, 4);
    await allSent(page);

    // The secretary corrects the judge's first mark from the paper sheet (7,5 → 7).
    const secretaryToken = await w.testApp.login(secretary.email, secretary.password);
    const [firstEntry] = contest.entries;
    await w.testApp
      .http()
      .put(`/api/v1/rounds/${contest.round.id}/scores`)
      .set(bearer(secretaryToken))
      .send({
        judgeId: judges[2].id,
        scores: [{ entryId: firstEntry.id, criterion: 'technique', value: '7', version: 1 }],
      })
      .expect(200);

    // The judge, still on the sheet read before, changes the same mark to 8 (the sheet is entry 4 now).
    for (let index = 0; index < 3; index++) await page.getByRole('button', { name: 'Trước' }).click();
    await page.locator('.card input[data-mark]').first().fill('8');
    await page.getByText('Điểm này đã được thư ký sửa').waitFor();
    await page.getByText('Tiết mục A-001, tiêu chí Kỹ thuật: trên máy chủ là 7, bạn đã nhập 8.').waitFor();
    await w.screenshot(page, 'judge-sheet-conflict-phone');
    await page.getByRole('button', { name: 'Giữ điểm của tôi (8)' }).click();
    await allSent(page);
    await submit(page);

    const stored = await storedMarks(judges[2].id);
    const expected = expectedMarks(2).map((mark) => ({ ...mark, version: 1 }));
    const changed = expected.findIndex((m) => m.entry_id === firstEntry.id && m.criterion === 'technique');
    // Version 1 typed by the judge, 2 by the secretary, 3 the judge's choice over it.
    expected[changed] = { ...expected[changed], value: '8', version: 3 };
    expect(stored).toEqual(expected);
  });

  it('lets a secretary type a paper sheet on the keyboard grid', async () => {
    const context = await w.context(DESKTOP);
    const page = await signIn(context, secretary);
    await page.getByRole('link', { name: 'Nhập phiếu chấm giấy' }).click();
    await page.getByRole('link', { name: `Nhập phiếu của giám khảo ${judges[3].fullName}` }).click();
    await page.locator('table input[data-mark]').first().waitFor();
    await page.locator('table input[data-mark]').first().focus();
    // Row by row: Enter and Tab both move to the next mark.
    for (const [index, row] of typed[3].entries()) {
      for (const [c, mark] of row.entries()) {
        await page.keyboard.type(mark);
        await page.keyboard.press(index % 2 === 0 && c < 2 ? 'Tab' : 'Enter');
      }
    }
    await allSent(page);
    await w.screenshot(page, 'secretary-grid-desktop');
    await submit(page);
    expect(await storedMarks(judges[3].id)).toEqual(
      expectedMarks(3).map((mark) => ({ ...mark, version: 1 })),
    );
    const submittedBy = await w.testApp.dataSource.manager.findOneByOrFail(PanelMember, {
      roundId: contest.round.id,
      userId: judges[3].id,
    });
    expect(submittedBy.submittedBy).toBe(secretary.id);
  });

  it('shows the published results to anyone, with names only as consent allows', async () => {
    // The organiser locks and publishes from the results screen, then prints the official sheet.
    const organiserPage = await signIn(
      await w.context(DESKTOP),
      organiser,
      `/results/rounds/${contest.round.id}`,
      'Kết quả: Vòng sơ khảo – Bảng A',
    );
    await organiserPage.getByText('Vòng thi chưa khóa.').waitFor();
    await organiserPage.getByRole('button', { name: 'Khóa vòng thi' }).click();
    await organiserPage.getByText('Đã khóa').waitFor();
    await w.screenshot(organiserPage, 'organiser-results-desktop');
    await organiserPage.getByRole('button', { name: 'Công bố kết quả' }).click();
    await organiserPage.getByRole('link', { name: 'Trang kết quả công khai' }).waitFor();
    await organiserPage.getByRole('link', { name: 'In biên bản kết quả' }).click();
    await organiserPage.getByRole('heading', { name: 'BIÊN BẢN KẾT QUẢ CHẤM THI' }).waitFor();
    await organiserPage.emulateMedia({ media: 'print' });
    await w.screenshot(organiserPage, 'result-sheet-print-a4');
    // Every judge's total on every row, in the panel's order (the head first): e.g. judge 1 on A-001
    // 8.5 + 9 + 7.75 = 25.25; judge 3 on A-001 after keeping 8 over the secretary's 7: 8 + 8 + 8 = 24.
    const rows: string[][] = [];
    for (const row of await organiserPage.locator('.print-table tbody tr').all()) {
      rows.push(await row.locator('td').allTextContents());
    }
    const finalMarks = typed.map((byEntry) =>
      byEntry.map((marks) => marks.map((mark) => Number(plain(mark)))),
    );
    finalMarks[2][0][0] = 8;
    for (const row of rows) {
      const index = contest.entries.findIndex((_, i) => row[1] === `A-00${i + 1}`);
      const totals = row.slice(4, 8).map((cell) => Number(cell.replace(',', '.')));
      expect(totals).toEqual(
        finalMarks.map((byEntry) => byEntry[index].reduce((sum, mark) => sum + mark, 0)),
      );
    }
    expect(rows).toHaveLength(4);
    // A-003 has every judge's highest marks: 29.25, 27.75, 28 and 28.5.
    expect(rows[0].slice(0, 2)).toEqual(['1', 'A-003']);
    expect(rows[0][9]).toBe('Giải Nhất');
    await organiserPage.getByText('TRƯỞNG BAN GIÁM KHẢO').waitFor();
    await organiserPage.getByText('THƯ KÝ HỘI ĐỒNG').waitFor();

    const context = await w.context(PHONE);
    const page = await context.newPage();
    await page.goto(`${w.baseUrl}/r/${contest.round.id}`);
    await page.getByRole('heading', { name: 'Kết quả: Vòng sơ khảo – Bảng A' }).waitFor();
    await page.getByText(contest.event.name).waitFor();
    await page.getByText('01/06/2026 – 02/06/2026').waitFor();
    await page.getByText(contest.organisation.name, { exact: true }).waitFor();
    for (const participant of contest.participants.slice(0, 3))
      await page.getByText(participant.fullName).waitFor();
    await page.getByText('Tên không công khai').waitFor();
    expect(await page.content()).not.toContain(contest.participants[3].fullName);
    // Entry 3 has the highest marks of every judge: first prize.
    await page.getByText('Giải Nhất').waitFor();
    await w.screenshot(page, 'public-results-phone');

    const desktop = await (await w.context(DESKTOP)).newPage();
    await desktop.goto(`${w.baseUrl}/r/${contest.round.id}`);
    await desktop.getByText('Tên không công khai').waitFor();
    await w.screenshot(desktop, 'public-results-desktop');

    // The link preview Zalo and Facebook read from the HTML itself.
    const html = (await w.testApp.http().get(`/r/${contest.round.id}`).expect(200)).text;
    expect(html).toContain(
      `<meta property="og:title" content="Kết quả Vòng sơ khảo – Bảng A – ${contest.event.name}" />`,
    );
    expect(html).toContain(`Giải Nhất: ${contest.participants[2].fullName}`);
    expect(html).not.toContain(contest.participants[3].fullName);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, startWebTest, type WebTest } from './support/browser';
import { SEARCH_COUNT_CAP } from '../src/participants/participant-rules';
import { bearer } from './support/test-app';

// An organiser's registry: a child registered, a namesake born the same day shown before it is saved twice,
// consents recorded with what each use still needs in plain words, and a file imported with its progress.
// A judge sees the same record without date of birth or guardian.
describe('the registry screens', () => {
  let w: WebTest;
  let organiser: { email: string; password: string };
  let judge: { email: string; password: string };
  let unitId: number;

  beforeAll(async () => {
    w = await startWebTest();
    const province = await w.testApp.factories.rootOrganisation();
    const unit = await w.testApp.factories.organisation({
      name: 'Đoàn phường Hồng Gai',
      parentId: province.id,
    });
    unitId = unit.id;
    organiser = await w.testApp.factories.user({ roles: [{ role: 'organiser', organisationId: unit.id }] });
    judge = await w.testApp.factories.user({ roles: [{ role: 'judge', organisationId: unit.id }] });
  });

  afterAll(() => w?.close());

  const signIn = async (who: { email: string; password: string }, viewport: typeof PHONE, path: string) => {
    const page = await (await w.context(viewport)).newPage();
    await page.goto(`${w.baseUrl}${path}`);
    await page.getByLabel('Thư điện tử').fill(who.email);
    await page.getByLabel('Mật khẩu').fill(who.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  };
  const register = async (page: Page, fullName: string) => {
    await page.goto(`${w.baseUrl}/participants/new`);
    await page.getByLabel('Họ và tên').fill(fullName);
    await page.getByLabel('Ngày sinh').fill('2014-09-03');
    await page.getByLabel('Họ tên người giám hộ').fill('Nguyễn Văn Hùng');
    await page.getByLabel('Số điện thoại người giám hộ').fill('0912 345 678');
  };

  it('registers a child, warns of a namesake before saving twice, and records consents', async () => {
    const page = await signIn(organiser, PHONE, '/participants');
    await page.getByRole('heading', { name: 'Thanh thiếu nhi' }).waitFor();
    await register(page, 'Nguyễn Thị Ánh');
    await page.getByLabel('Ngày sinh').fill('2040-01-01');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    // The API's refusal of a future birth date stands beside its field.
    await page.locator('.field-error').first().waitFor();
    await w.screenshot(page, 'registry-register-error-phone');
    await page.getByLabel('Ngày sinh').fill('2014-09-03');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('heading', { name: 'Nguyễn Thị Ánh' }).waitFor();

    // Nothing consented yet: every use says what is missing.
    await page.getByText('Còn thiếu: sự đồng ý của người giám hộ cho lưu hồ sơ').first().waitFor();
    await page.getByLabel('Họ tên người đồng ý').fill('Nguyễn Văn Hùng');
    await page.getByRole('button', { name: 'Ghi nhận sự đồng ý' }).click();
    await page.getByText('Đã ghi nhận.').waitFor();
    const membership = page.locator('li', { hasText: 'Sinh hoạt câu lạc bộ' });
    await membership.getByText('Đủ').waitFor();
    // Publication needs the child's own consent from age 7 as well.
    await page
      .locator('li', { hasText: 'Công bố tên trong kết quả' })
      .getByText(/chính em/)
      .waitFor();
    await w.screenshot(page, 'registry-participant-phone');

    await register(page, 'nguyen thi anh');
    await page.getByText('Đã có em cùng họ tên và ngày sinh.', { exact: false }).waitFor();
    await w.screenshot(page, 'registry-namesake-phone');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: 'Vẫn lưu: đây là hai em khác nhau' }).click();
    await page.getByRole('heading', { name: 'nguyen thi anh' }).waitFor();
    const [{ count }] = await w.testApp.dataSource.query(
      "SELECT COUNT(*) AS count FROM participants WHERE full_name = 'Nguyễn Thị Ánh' COLLATE utf8mb4_unicode_520_ci",
    );
    expect(Number(count)).toBe(2);
  });

  it('imports a file with its progress, and finds the children without diacritics', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'registry-'));
    const file = join(folder, 'danh-sach.csv');
    writeFileSync(
      file,
      [
        'Họ và tên,Giới tính,Ngày sinh,Trường',
        'Trần Văn Đức,Nam,12/05/2013,THCS Cao Xanh',
        'Lê Thị Thu Thảo,Nữ,30/11/2012,THCS Cao Xanh',
      ].join('\n'),
    );
    const page = await signIn(organiser, DESKTOP, '/participants/import');
    await page.getByLabel('Tệp').setInputFiles(file);
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    await page.getByText('Đã nhập xong').waitFor({ timeout: 30_000 });
    await page.getByText('Đã kiểm tra 2/2 dòng · nhập 2 · trùng 0').waitFor();
    await w.screenshot(page, 'registry-import-desktop');
    await page.goto(`${w.baseUrl}/participants`);
    await page.getByLabel('Tìm theo họ tên').fill('duc');
    await page.getByRole('link', { name: 'Trần Văn Đức' }).waitFor();
    await w.screenshot(page, 'registry-list-desktop');
  });

  it('asks for more of a name shared by more children than the search counts', async () => {
    await w.testApp.dataSource.query(
      `INSERT INTO participants (full_name, gender, date_of_birth, organisation_id, version)
       SELECT CONCAT('Lò Thị Pảo ', seq), 'female', '2014-01-01', ?, 1 FROM seq_1_to_${SEARCH_COUNT_CAP + 1}`,
      [unitId],
    );
    await w.testApp.dataSource.query(
      `INSERT INTO participant_name_keys (participant_id, position, suffix, organisation_id)
       SELECT id, 0, full_name, organisation_id FROM participants WHERE full_name LIKE 'Lò Thị Pảo %'`,
    );
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await signIn(organiser, viewport, '/participants');
      await page.getByLabel('Tìm theo họ tên').fill('lo thi');
      const cap = SEARCH_COUNT_CAP.toLocaleString('vi'); // 1.000
      await page.getByText(`Hơn ${cap} em: gõ thêm tên để thu hẹp.`).waitFor();
      await page.getByText(`Trang 1/${SEARCH_COUNT_CAP / 20}+`).waitFor();
      await w.screenshot(page, `registry-search-capped-${viewport === PHONE ? 'phone' : 'desktop'}`);
      await page.getByLabel('Tìm theo họ tên').fill('lo thi pao 1001');
      await page.getByText('1 em', { exact: true }).waitFor();
    }
  });

  it('shows a judge the record without date of birth or guardian', async () => {
    const token = await w.testApp.login(organiser.email, organiser.password);
    const [child] = (
      await w.testApp.http().get('/api/v1/participants?q=tran van duc').set(bearer(token)).expect(200)
    ).body.items;
    const page = await signIn(judge, PHONE, `/participants/${child.id}`);
    await page.getByRole('heading', { name: 'Trần Văn Đức' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('12/05/2013');
    expect(text).not.toContain('Ngày sinh');
    expect(text).not.toContain('Người giám hộ');
    expect(text).not.toContain('Ghi nhận sự đồng ý');
    await w.screenshot(page, 'registry-judge-phone');
  });
});

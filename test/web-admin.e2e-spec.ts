import { DESKTOP, PHONE, startWebTest, type WebTest } from './support/browser';

// An administrator's day: an account found by name, a role granted at a unit, and the registers behind it
// (the organisation tree, the localities with their history, the audit log).
describe('the administrator’s screens', () => {
  let w: WebTest;
  let judge: { id: number; fullName: string };
  let unit: { id: number };

  beforeAll(async () => {
    w = await startWebTest();
    const province = await w.testApp.factories.rootOrganisation();
    unit = await w.testApp.factories.organisation({ name: 'Đoàn phường Hồng Gai', parentId: province.id });
    judge = await w.testApp.factories.user();
  });

  afterAll(() => w?.close());

  const signIn = async (viewport: { width: number; height: number }, path: string) => {
    const page = await (await w.context(viewport)).newPage();
    await page.goto(`${w.baseUrl}${path}`);
    await page.getByLabel('Thư điện tử').fill(w.testApp.config.admin.email);
    await page.getByLabel('Mật khẩu').fill(w.testApp.config.admin.password!);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  };

  it('grants a role at a unit, found without diacritics, and shows it held', async () => {
    const page = await signIn(DESKTOP, '/admin/users');
    await page.getByRole('heading', { name: 'Tài khoản' }).waitFor();
    await page.getByLabel('Tìm theo tên hoặc thư điện tử').fill(judge.fullName.split(' ').pop()!);
    await page.getByRole('link', { name: judge.fullName }).click();
    await page.getByRole('heading', { name: judge.fullName }).waitFor();
    await page.getByText('Tài khoản chưa có vai trò nào.').waitFor();

    await page.getByLabel('Vai trò', { exact: true }).selectOption('judge');
    await page.getByLabel('Tìm tổ chức (gõ không dấu cũng được)').fill('hong gai');
    await page.getByRole('radio', { name: 'Đoàn phường Hồng Gai' }).check();
    await w.screenshot(page, 'admin-user-desktop');
    await page.getByRole('button', { name: 'Giao vai trò' }).click();
    await page.getByText('Đã giao vai trò.').waitFor();
    await page.getByText('Giám khảo · Đoàn phường Hồng Gai').waitFor();

    const held = await w.testApp.dataSource.query(
      'SELECT role, organisation_id AS organisationId FROM role_assignments WHERE user_id = ?',
      [judge.id],
    );
    expect(held).toEqual([{ role: 'judge', organisationId: unit.id }]);

    await page.goto(`${w.baseUrl}/admin/audit`);
    await page.getByRole('cell', { name: 'role.grant' }).first().waitFor();
    await w.screenshot(page, 'admin-audit-desktop');
  });

  it('shows the organisation tree and a 2019 district with the 2025 units that replaced it, on a phone', async () => {
    const page = await signIn(PHONE, '/admin/organisations');
    await page.getByRole('button', { name: /Tỉnh đoàn/ }).click();
    await page.getByRole('button', { name: /Đoàn phường Hồng Gai/ }).waitFor();
    await w.screenshot(page, 'admin-organisations-phone');

    await page.goto(`${w.baseUrl}/admin/localities`);
    await page.getByRole('button', { name: 'Năm 2019 (cấp huyện)' }).click();
    await page.getByLabel('Tìm địa bàn').fill('tien yen');
    await page.getByRole('button', { name: /Huyện Tiên Yên/ }).click();
    await page.getByRole('heading', { name: 'Được thay bằng' }).waitFor();
    await page
      .getByText(/Xã Tiên Yên/)
      .first()
      .waitFor();
    await w.screenshot(page, 'admin-localities-phone');
  });
});

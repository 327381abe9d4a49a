import { generatePassword, hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('hash with argon2id, salted, and verify only the right password', async () => {
    const [first, second] = await Promise.all([
      hashPassword('Mật khẩu 2019!'),
      hashPassword('Mật khẩu 2019!'),
    ]);
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'Mật khẩu 2019!')).toBe(true);
    expect(await verifyPassword(first, 'mật khẩu 2019!')).toBe(false);
  });

  it('generate 24 URL-safe characters, different each time', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});

import { passwordSetupValid, readPasswordSetup, signPasswordSetup } from './password-setup-token';

const SECRET = 'a development secret of at least 32 characters';
const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA';
const EXPIRES = new Date('2026-12-09T00:00:00Z');

describe('password-setup tokens', () => {
  const token = signPasswordSetup(SECRET, 42, HASH, EXPIRES);
  const read = readPasswordSetup(token)!;

  it('name the account and the expiry in seconds', () => {
    expect(read).toMatchObject({ userId: 42, expiry: EXPIRES.getTime() / 1000 });
  });

  it('are valid for the hash they were signed with, before their expiry only', () => {
    expect(passwordSetupValid(SECRET, read, HASH, new Date('2026-12-08T23:59:59Z'))).toBe(true);
    expect(passwordSetupValid(SECRET, read, HASH, EXPIRES)).toBe(false);
  });

  it('burn once the password hash changes (a password set, or a new token issued)', () => {
    expect(passwordSetupValid(SECRET, read, `${HASH}x`, new Date('2026-12-01T00:00:00Z'))).toBe(false);
  });

  it('are refused under another secret, or with another account or expiry', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(passwordSetupValid(`${SECRET}!`, read, HASH, now)).toBe(false);
    expect(passwordSetupValid(SECRET, { ...read, userId: 43 }, HASH, now)).toBe(false);
    expect(passwordSetupValid(SECRET, { ...read, expiry: read.expiry + 1 }, HASH, now)).toBe(false);
  });

  it.each(['', 'abc', '0.1.x', `42.1.${'A'.repeat(42)}`, `42.1.${'A'.repeat(43)}.`])(
    'read a malformed token %j as nothing',
    (malformed) => expect(readPasswordSetup(malformed)).toBeUndefined(),
  );
});

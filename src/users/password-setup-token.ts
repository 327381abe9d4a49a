import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a hand-over link stays valid. */
export const PASSWORD_SETUP_TTL_DAYS = 7;

/**
 * One-time set-password tokens, kept nowhere: `<userId>.<expiry, unix seconds>.<HMAC>`, where the HMAC covers
 * the account's current password hash. Setting a password changes the hash, so the token burns on first use;
 * issuing a new token also replaces the hash, so an earlier one stops working.
 */
export function signPasswordSetup(
  secret: string,
  userId: number,
  passwordHash: string,
  expiresAt: Date,
): string {
  const expiry = Math.floor(expiresAt.getTime() / 1000);
  return `${userId}.${expiry}.${mac(secret, userId, expiry, passwordHash)}`;
}

/** The account a token names and its expiry, before checking it against the stored hash; undefined when malformed. */
export function readPasswordSetup(
  token: string,
): { userId: number; expiry: number; signature: string } | undefined {
  const match = /^([1-9]\d{0,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  return { userId: Number(match[1]), expiry: Number(match[2]), signature: match[3] };
}

/** Whether a token read by readPasswordSetup was signed for this hash and has not expired at `now`. */
export function passwordSetupValid(
  secret: string,
  token: { userId: number; expiry: number; signature: string },
  passwordHash: string,
  now: Date,
): boolean {
  if (token.expiry * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(mac(secret, token.userId, token.expiry, passwordHash));
  const given = Buffer.from(token.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function mac(secret: string, userId: number, expiry: number, passwordHash: string): string {
  return createHmac('sha256', secret)
    .update(`password-setup\n${userId}\n${expiry}\n${passwordHash}`)
    .digest('base64url');
}

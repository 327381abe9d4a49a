import jwt from 'jsonwebtoken';
import { AppError } from '../common/errors/app-error';
import { loadConfig } from '../config/app-config';
import { hashRefreshToken, Tokens } from './tokens';

const config = loadConfig({}, { NODE_ENV: 'test' });
const tokens = new Tokens(config);
const SESSION = '0b9c2a6e-5f1d-4c3a-9e8b-7a6d5c4b3a21';

/** A token shaped like ours, signed with our secret unless told otherwise; an option set to undefined is left out. */
function craft(
  payload: Record<string, unknown> = {},
  options: jwt.SignOptions = {},
  secret = config.jwtSecret,
) {
  const signOptions: jwt.SignOptions = {
    algorithm: 'HS256',
    audience: 'talent-api',
    issuer: 'talent',
    subject: '42',
    expiresIn: 900,
    ...options,
  };
  for (const [name, value] of Object.entries(signOptions)) {
    if (value === undefined) delete signOptions[name as keyof jwt.SignOptions];
  }
  return jwt.sign({ typ: 'access', sid: SESSION, ...payload }, secret, signOptions);
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function refusalOf(token: string): unknown {
  try {
    tokens.verifyAccess(token);
  } catch (error) {
    return error;
  }
  throw new Error('the token was accepted');
}

function expectRefused(token: string): void {
  const error = refusalOf(token);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('invalid_token');
}

describe('Tokens', () => {
  describe('access tokens', () => {
    it('verify a token they signed back to its user and session', () => {
      const token = tokens.signAccess({ userId: 42, sessionId: SESSION });
      expect(tokens.verifyAccess(token)).toEqual({ userId: 42, sessionId: SESSION });
    });

    it('are HS256 JWTs for the talent API, naming user and session, valid for the configured time', () => {
      const token = tokens.signAccess({ userId: 42, sessionId: SESSION });
      const { header, payload } = jwt.decode(token, { complete: true })!;
      expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(payload).toMatchObject({
        typ: 'access',
        sid: SESSION,
        sub: '42',
        aud: 'talent-api',
        iss: 'talent',
      });
      const { iat, exp } = payload as jwt.JwtPayload;
      expect(tokens.accessTokenTtlSeconds).toBe(900);
      expect(exp! - iat!).toBe(900);
    });

    it('accept a token crafted the way the refusals below are, so each refusal has one cause', () => {
      expect(tokens.verifyAccess(craft())).toEqual({ userId: 42, sessionId: SESSION });
    });

    it.each(['', 'not-a-token', 'a.b.c', 'Bearer x'])('refuse the malformed string %j', (token) => {
      expectRefused(token);
    });

    it('refuse a token signed with another secret', () => {
      expectRefused(craft({}, {}, 'another-secret-of-at-least-32-characters!'));
    });

    it('refuse a token whose payload was altered after signing', () => {
      const [header, , signature] = craft().split('.');
      const now = Math.floor(Date.now() / 1000);
      const forged = base64url({
        typ: 'access',
        sid: SESSION,
        sub: '1',
        aud: 'talent-api',
        iss: 'talent',
        iat: now,
        exp: now + 900,
      });
      expectRefused(`${header}.${forged}.${signature}`);
    });

    it('refuse an expired token', () => {
      const now = Math.floor(Date.now() / 1000);
      expectRefused(craft({ iat: now - 1000, exp: now - 100 }, { expiresIn: undefined }));
    });

    it('refuse a token for another audience', () => {
      expectRefused(craft({}, { audience: 'other-api' }));
    });

    it('refuse a token from another issuer', () => {
      expectRefused(craft({}, { issuer: 'someone-else' }));
    });

    it.each([['refresh'], ['ACCESS'], [undefined]])('refuse a token whose typ is %p', (typ) => {
      expectRefused(craft({ typ }));
    });

    it('refuse an unsigned token (alg none)', () => {
      const now = Math.floor(Date.now() / 1000);
      const header = base64url({ alg: 'none', typ: 'JWT' });
      const payload = base64url({
        typ: 'access',
        sid: SESSION,
        sub: '42',
        aud: 'talent-api',
        iss: 'talent',
        iat: now,
        exp: now + 900,
      });
      expectRefused(`${header}.${payload}.`);
    });

    it('refuse a token signed with the right secret but with HS512', () => {
      expectRefused(craft({}, { algorithm: 'HS512' }));
    });

    it('refuse a token that names no session, or names it other than as a string', () => {
      expectRefused(craft({ sid: undefined }));
      expectRefused(craft({ sid: 7 }));
    });

    it('refuse a token whose subject is missing or not a user id', () => {
      expectRefused(craft({}, { subject: undefined }));
      expectRefused(craft({}, { subject: 'hoa.nguyen' }));
      expectRefused(craft({}, { subject: '4.5' }));
    });
  });

  describe('refresh tokens', () => {
    it('are 256 random bits written as 43 URL-safe characters', () => {
      const { token } = tokens.newRefreshToken();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    });

    it('come with the SHA-256 of the token, in hex', () => {
      const { token, hash } = tokens.newRefreshToken();
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).toBe(hashRefreshToken(token));
    });

    it('are different each time', () => {
      const issued = Array.from({ length: 50 }, () => tokens.newRefreshToken());
      expect(new Set(issued.map(({ token }) => token)).size).toBe(50);
      expect(new Set(issued.map(({ hash }) => hash)).size).toBe(50);
    });

    it('are hashed with SHA-256 (FIPS 180-2 test vector)', () => {
      expect(hashRefreshToken('abc')).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
    });
  });
});

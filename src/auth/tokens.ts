import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { AppError } from '../common/errors/app-error';
import { AppConfig } from '../config/app-config';

const ALGORITHM = 'HS256';
const AUDIENCE = 'talent-api';
const ISSUER = 'talent';
const ACCESS = 'access';

export interface AccessClaims {
  userId: number;
  sessionId: string;
}

/**
 * Access tokens are short-lived JWTs, HS256 only, with audience, issuer and token type checked on every
 * use; they name their session, which the guard checks is still open. Refresh tokens are 256 random bits,
 * kept only as their SHA-256.
 */
@Injectable()
export class Tokens {
  /**
   * A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a PEM public key on
   * every verify (about a quarter of an authenticated request's CPU).
   */
  private readonly secretKey: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.secretKey = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  get accessTokenTtlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  signAccess({ userId, sessionId }: AccessClaims): string {
    return jwt.sign({ typ: ACCESS, sid: sessionId }, this.secretKey, {
      algorithm: ALGORITHM,
      audience: AUDIENCE,
      issuer: ISSUER,
      subject: String(userId),
      expiresIn: this.accessTokenTtlSeconds,
    });
  }

  /** The claims of a valid access token; 401 for anything else (forged, expired, other audience or type, alg none). */
  verifyAccess(token: string): AccessClaims {
    let payload: jwt.JwtPayload | string;
    try {
      payload = jwt.verify(token, this.secretKey, {
        algorithms: [ALGORITHM],
        audience: AUDIENCE,
        issuer: ISSUER,
      });
    } catch {
      throw new AppError('invalid_token');
    }
    const { typ, exp, sub, sid } =
      typeof payload === 'object' ? (payload as jwt.JwtPayload & { sid?: unknown }) : {};
    // Signed by us, yet checked: an access token names a positive user id, a session and an expiry.
    if (
      typ !== ACCESS ||
      typeof exp !== 'number' ||
      typeof sub !== 'string' ||
      !/^[1-9]\d{0,9}$/.test(sub) ||
      typeof sid !== 'string'
    ) {
      throw new AppError('invalid_token');
    }
    return { userId: Number(sub), sessionId: sid };
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashRefreshToken(token) };
  }
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

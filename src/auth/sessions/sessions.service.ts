import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { AccessGeneration } from '../../generations/access-generation';
import { AuthSession } from '../entities/auth-session.entity';
import { RefreshToken } from '../entities/refresh-token.entity';
import { hashRefreshToken, Tokens } from '../tokens';

export type RevocationReason = 'logout' | 'password_change' | 'account_disabled' | 'refresh_reuse';

export type Rotation =
  | { outcome: 'rotated'; userId: number; sessionId: string; refreshToken: string }
  | { outcome: 'unknown' }
  | { outcome: 'reused'; userId: number; sessionId: string };

/** Sign-in sessions and their refresh tokens. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: Tokens,
    private readonly config: AppConfig,
    private readonly accessGeneration: AccessGeneration,
  ) {}

  /** Opens a session for `userId`; returns its id and first refresh token. */
  async open(
    manager: EntityManager,
    userId: number,
    clientAddress: string,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = randomUUID();
    await manager.insert(AuthSession, {
      id: sessionId,
      userId,
      clientAddress,
      expiresAt: this.refreshExpiry(),
    });
    const refreshToken = await this.issueRefreshToken(manager, sessionId);
    return { sessionId, refreshToken };
  }

  /**
   * Spends a refresh token and issues the next one of its session. A token spent before, or of a revoked
   * session, reports reuse: the caller then revokes the whole session (it may have been stolen).
   */
  async rotate(manager: EntityManager, refreshToken: string): Promise<Rotation> {
    const token = await manager.findOne(RefreshToken, {
      where: { tokenHash: hashRefreshToken(refreshToken) },
      relations: { session: true },
    });
    if (!token?.session || token.expiresAt <= new Date()) return { outcome: 'unknown' };
    const { session } = token;
    if (token.usedAt || session.revokedAt)
      return { outcome: 'reused', userId: session.userId, sessionId: session.id };
    // Conditional, so two refreshes racing with one token cannot both succeed.
    const spent = await manager.update(
      RefreshToken,
      { id: token.id, usedAt: IsNull() },
      { usedAt: () => 'CURRENT_TIMESTAMP(3)' },
    );
    if (spent.affected !== 1) return { outcome: 'reused', userId: session.userId, sessionId: session.id };
    await manager.update(AuthSession, { id: session.id }, { expiresAt: this.refreshExpiry() });
    return {
      outcome: 'rotated',
      userId: session.userId,
      sessionId: session.id,
      refreshToken: await this.issueRefreshToken(manager, session.id),
    };
  }

  /** When the session expires, if it exists, belongs to the user, and is neither revoked nor expired. */
  async openUntil(sessionId: string, userId: number): Promise<Date | null> {
    const session = await this.dataSource.getRepository(AuthSession).findOne({
      select: { expiresAt: true },
      where: { id: sessionId, userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    return session?.expiresAt ?? null;
  }

  /** Ends the user's session: from the commit on, its tokens are refused by every process. */
  async revoke(
    manager: EntityManager,
    { userId, sessionId }: { userId: number; sessionId: string },
    reason: RevocationReason,
  ): Promise<void> {
    await manager.update(
      AuthSession,
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: () => 'CURRENT_TIMESTAMP(3)', revokedReason: reason },
    );
    await this.accessGeneration.afterCommitForUser(manager, userId);
  }

  /** Ends every session of the user: tokens issued before now are refused from now on. */
  async revokeAllOfUser(manager: EntityManager, userId: number, reason: RevocationReason): Promise<void> {
    await manager.update(
      AuthSession,
      { userId, revokedAt: IsNull() },
      { revokedAt: () => 'CURRENT_TIMESTAMP(3)', revokedReason: reason },
    );
    await this.accessGeneration.afterCommitForUser(manager, userId);
  }

  private async issueRefreshToken(manager: EntityManager, sessionId: string): Promise<string> {
    const { token, hash } = this.tokens.newRefreshToken();
    await manager.insert(RefreshToken, { sessionId, tokenHash: hash, expiresAt: this.refreshExpiry() });
    return token;
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 24 * 3600 * 1000);
  }
}

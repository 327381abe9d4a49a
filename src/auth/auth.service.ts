import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import { hashPassword, verifyPassword } from '../users/password';
import { UsersService } from '../users/users.service';
import { RequestMeta } from './decorators';
import { LoginDto, TokenPair } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions/sessions.service';
import { Tokens } from './tokens';

/** Sign-in, token refresh and sign-out. Every attempt is logged without its password or tokens. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  /** Checked when the e-mail names no account, so both cases take as long. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly tokens: Tokens,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login({ email, password }: LoginDto, request: RequestMeta): Promise<TokenPair> {
    const { clientAddress, requestId } = request;
    const wait = await this.throttle.retryAfterSeconds(email, clientAddress);
    if (wait > 0) {
      await this.throttle.record(this.dataSource.manager, {
        email,
        clientAddress,
        userId: null,
        outcome: 'throttled',
      });
      this.logger.warn({
        event: 'login',
        outcome: 'throttled',
        email,
        clientAddress,
        requestId,
        retryAfterSeconds: wait,
      });
      throw new AppError('too_many_requests', { retryAfterSeconds: wait });
    }

    const account = await this.users.credentials(email);
    this.dummyHash ??= hashPassword('no account has this password');
    const valid = await verifyPassword(account?.passwordHash ?? (await this.dummyHash), password);
    if (!account || !valid) {
      await this.throttle.record(this.dataSource.manager, {
        email,
        clientAddress,
        userId: account?.id ?? null,
        outcome: 'failure',
      });
      this.logger.warn({ event: 'login', outcome: 'failure', email, clientAddress, requestId });
      throw new AppError('invalid_credentials');
    }

    const pair = await inTransaction(this.dataSource, async (manager) => {
      const { sessionId, refreshToken } = await this.sessions.open(manager, account.id, clientAddress);
      await this.throttle.record(manager, { email, clientAddress, userId: account.id, outcome: 'success' });
      const actor: Actor = { userId: account.id, sessionId, roles: [], requestId, clientAddress };
      await this.audit.record(manager, actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: account.id,
      });
      return this.pair(account.id, sessionId, refreshToken);
    });
    this.logger.log({ event: 'login', outcome: 'success', userId: account.id, clientAddress, requestId });
    return pair;
  }

  /** Rotates a refresh token. A spent or unknown one is refused; a spent one also ends its whole session. */
  async refresh(refreshToken: string, request: RequestMeta): Promise<TokenPair> {
    const rotation = await inTransaction(this.dataSource, (manager) =>
      this.sessions.rotate(manager, refreshToken),
    );
    if (rotation.outcome === 'reused') {
      const { userId, sessionId } = rotation;
      await inTransaction(this.dataSource, async (manager) => {
        await this.sessions.revoke(manager, { userId, sessionId }, 'refresh_reuse');
        const actor: Actor = { userId, sessionId, roles: [], ...request };
        await this.audit.record(manager, actor, {
          action: 'auth.refresh_reuse',
          entityType: 'user',
          entityId: userId,
        });
      });
      this.logger.warn({ event: 'refresh', outcome: 'reuse', userId, sessionId, ...request });
      throw new AppError('invalid_token');
    }
    if (rotation.outcome === 'unknown' || !(await this.users.activeUserRoles(rotation.userId))) {
      throw new AppError('invalid_token');
    }
    return this.pair(rotation.userId, rotation.sessionId, rotation.refreshToken);
  }

  async logout(actor: Actor): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.sessions.revoke(manager, actor, 'logout');
      await this.audit.record(manager, actor, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: actor.userId,
      });
    });
    this.logger.log({ event: 'logout', userId: actor.userId, requestId: actor.requestId });
  }

  private pair(userId: number, sessionId: string, refreshToken: string): TokenPair {
    return {
      accessToken: this.tokens.signAccess({ userId, sessionId }),
      refreshToken,
      expiresIn: this.tokens.accessTokenTtlSeconds,
      tokenType: 'Bearer',
    };
  }
}

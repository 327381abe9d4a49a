import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error';
import { UsersService } from '../users/users.service';
import { IS_PUBLIC } from './decorators';
import { SessionsService } from './sessions/sessions.service';
import { Tokens } from './tokens';

/**
 * Every route needs a valid access token unless marked @Public(): signed by us with HS256, for our audience,
 * of type access, unexpired, naming a session still open and an account still active. Its roles are read
 * afresh on every request, so a revoked role stops working at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: Tokens,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AppError('unauthorized');
    const { userId, sessionId } = this.tokens.verifyAccess(token);
    const [open, roles] = await Promise.all([
      this.sessions.isOpen(sessionId, userId),
      this.users.activeUserRoles(userId),
    ]);
    if (!open || !roles) throw new AppError('invalid_token');
    request.actor = { userId, sessionId, roles, requestId: String(request.id), clientAddress: request.ip };
    return true;
  }
}

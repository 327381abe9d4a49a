import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error';
import { IS_PUBLIC } from './decorators';
import { SignedInSessions } from './signed-in-sessions';
import { Tokens } from './tokens';

/**
 * Every route needs a valid access token unless marked @Public(): signed by us with HS256, for our audience,
 * of type access, unexpired, naming a session still open and an account still active. Its roles are as
 * of the last change to them, so a revoked role stops working at once (SignedInSessions).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: Tokens,
    private readonly signedIn: SignedInSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AppError('unauthorized');
    const { userId, sessionId } = this.tokens.verifyAccess(token);
    const roles = await this.signedIn.roles(sessionId, userId);
    if (!roles) throw new AppError('invalid_token');
    request.actor = { userId, sessionId, roles, requestId: String(request.id), clientAddress: request.ip };
    return true;
  }
}

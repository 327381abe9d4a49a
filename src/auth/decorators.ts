import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Actor } from '../access/actor';

export const IS_PUBLIC = 'auth:public';

/** The route answers without a token (sign-in, health). Every other route requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by AuthGuard on every authenticated request. */
    actor?: Actor;
  }
}

/** The authenticated caller. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

export interface RequestMeta {
  requestId: string;
  clientAddress: string;
}

/** The request's id and client address (behind TRUST_PROXY_HOPS proxies), for routes without an actor. */
export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext): RequestMeta => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { requestId: String(request.id), clientAddress: request.ip };
});

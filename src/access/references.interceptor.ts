import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/internal';
import { plainToInstance } from 'class-transformer';
import { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { ReferenceKind } from './references';
import { ReferencesService } from './references.service';

const BODY: number = RouteParamtypes.BODY;
const QUERY: number = RouteParamtypes.QUERY;

type RouteArgs = Record<string, { index: number; data?: string }>;

/**
 * Runs after authentication and before the handler's pipes: the body and query are read as the handler's
 * DTO classes and every id they name is checked by ReferencesService. Checking before validation means a
 * foreign id answers 404 whatever else the request holds, and nothing runs for it.
 */
@Injectable()
export class ReferencesInterceptor implements NestInterceptor {
  constructor(private readonly references: ReferencesService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const named = request.actor ? this.named(context, request) : new Map<ReferenceKind, Set<number>>();
    if (named.size === 0) return next.handle();
    return from(this.references.check(request.actor!, named)).pipe(switchMap(() => next.handle()));
  }

  private named(context: ExecutionContext, request: FastifyRequest): Map<ReferenceKind, Set<number>> {
    const handler = context.getHandler();
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ??
      {}) as RouteArgs;
    const prototype = context.getClass().prototype as object;
    const types = (Reflect.getMetadata('design:paramtypes', prototype, handler.name) ?? []) as unknown[];
    const named = new Map<ReferenceKind, Set<number>>();
    for (const [key, { index, data }] of Object.entries(args)) {
      const source = Number(key.split(':')[0]);
      if (source !== BODY && source !== QUERY) continue;
      const whole = source === BODY ? request.body : request.query;
      const value = data ? (whole as Record<string, unknown> | undefined)?.[data] : whole;
      const type = types[index];
      if (typeof type !== 'function' || value === null || typeof value !== 'object') continue;
      ReferencesService.collect(plainToInstance(type as new () => object, value), named);
    }
    return named;
  }
}

import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Language, negotiateLanguage } from './errors/language';

/** The language the caller reads (Accept-Language: Vietnamese unless English is preferred). */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  negotiateLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);

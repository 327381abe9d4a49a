import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { negotiateLanguage } from './language';
import { toProblem } from './problem';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Answers every error of an HTTP request as application/problem+json; logs what is ours to fix. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { problem, headers, unexpected } = toProblem(exception, {
      language: negotiateLanguage(request.headers['accept-language']),
      instance: request.url.split('?')[0],
      requestId: String(request.id),
    });

    if (unexpected) {
      this.logger.error({ err: exception, requestId: request.id, msg: 'Unhandled error' });
    } else if (problem.status >= 500) {
      const cause = exception instanceof AppError ? exception.cause : exception;
      this.logger.warn({
        err: cause,
        requestId: request.id,
        code: problem.code,
        msg: 'Dependency unavailable',
      });
    }
    void reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(problem);
  }
}

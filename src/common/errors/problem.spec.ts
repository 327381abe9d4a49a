import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { toProblem } from './problem';

const context = { language: 'vi' as const, instance: '/api/v1/rounds/7', requestId: 'req-1' };

describe('toProblem', () => {
  it('describes our own errors with their code, the localised title and extra members', () => {
    const { problem, headers, unexpected } = toProblem(
      new AppError('conflict', { extensions: { currentVersion: 4 } }),
      context,
    );
    expect(problem).toEqual({
      type: '/problems/conflict',
      title: 'Xung đột dữ liệu',
      status: 409,
      detail: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại rồi thử lại.',
      instance: '/api/v1/rounds/7',
      code: 'conflict',
      requestId: 'req-1',
      currentVersion: 4,
    });
    expect(headers).toEqual({});
    expect(unexpected).toBe(false);
  });

  it('lists field errors in the caller’s language', () => {
    const error = new AppError('validation_failed', {
      params: { count: 1 },
      errors: [
        { path: 'scores.0.value', message: { vi: 'phải nhỏ hơn hoặc bằng 10', en: 'must be at most 10' } },
      ],
    });
    expect(toProblem(error, { ...context, language: 'en' }).problem).toMatchObject({
      title: 'Invalid request data',
      detail: 'The request has 1 invalid field(s).',
      errors: [{ path: 'scores.0.value', message: 'must be at most 10' }],
    });
  });

  it.each([
    [new NotFoundException(), 404, 'not_found'],
    [new BadRequestException('Validation failed (numeric string is expected)'), 400, 'bad_request'],
    [new PayloadTooLargeException(), 413, 'payload_too_large'],
  ])('maps the framework’s %p to its status', (exception, status, code) => {
    expect(toProblem(exception, context).problem).toMatchObject({ status, code });
  });

  it('hides an unexpected error behind a 500 that carries the request id', () => {
    const { problem, unexpected } = toProblem(
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      context,
    );
    expect(problem).toMatchObject({
      status: 500,
      code: 'internal_error',
      detail: 'Đã xảy ra lỗi không mong muốn. Mã yêu cầu: req-1.',
    });
    expect(JSON.stringify(problem)).not.toContain('Cannot read');
    expect(unexpected).toBe(true);
  });

  it('answers 503 with Retry-After when the database is unreachable, even wrapped by TypeORM', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    const wrapped = new QueryFailedError('SELECT 1', [], refused);
    const { problem, headers, unexpected } = toProblem(wrapped, { ...context, language: 'en' });
    expect(problem).toMatchObject({
      status: 503,
      code: 'service_unavailable',
      detail: 'The database cannot be reached. Nothing was written; please try again shortly.',
    });
    expect(headers).toEqual({ 'retry-after': '5' });
    expect(unexpected).toBe(false);
  });

  it('answers 503 naming the job queue when Redis refuses commands', () => {
    const offline = new Error("Stream isn't writeable and enableOfflineQueue options is false");
    expect(toProblem(offline, context).problem.detail).toBe(
      'Không kết nối được hàng đợi công việc (Redis). Không có dữ liệu nào bị ghi; vui lòng thử lại sau.',
    );
  });

  it('treats a deadlock that escaped its retries as a passing condition', () => {
    const deadlock = new QueryFailedError(
      'UPDATE scores …',
      [],
      Object.assign(new Error('Deadlock found'), { code: 'ER_LOCK_DEADLOCK' }),
    );
    expect(toProblem(deadlock, context).problem.status).toBe(503);
  });

  it('keeps a plain SQL error (a bug) a 500', () => {
    const syntax = new QueryFailedError(
      'SELEC 1',
      [],
      Object.assign(new Error('syntax'), { code: 'ER_PARSE_ERROR' }),
    );
    expect(toProblem(syntax, context).problem.status).toBe(500);
  });
});

import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web app's refresh token: an httpOnly cookie (no script can read it), SameSite=Strict (no other site's
 * page sends it) and scoped to the auth routes (no other request carries it). Secure when the request came
 * over HTTPS (directly or through a trusted proxy); a venue's plain-HTTP network still works.
 */
export const REFRESH_COOKIE = 'talent_refresh';
const COOKIE_PATH = '/api/v1/auth';

/**
 * The header only the web app sends. A cross-site form cannot set it, and a cross-site fetch that sets it
 * needs a CORS preflight that fails: with SameSite=Strict, the check against forged refreshes.
 */
export const WEB_CLIENT_HEADER = 'x-talent-client';
export const WEB_CLIENT_VALUE = 'web';

export function isWebClient(request: FastifyRequest): boolean {
  return request.headers[WEB_CLIENT_HEADER] === WEB_CLIENT_VALUE;
}

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function cookie(request: FastifyRequest, value: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return (
    `${REFRESH_COOKIE}=${encodeURIComponent(value)}; Path=${COOKIE_PATH}; Max-Age=${maxAgeSeconds}` +
    `; HttpOnly; SameSite=Strict${secure}`
  );
}

export function setRefreshCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
): void {
  void reply.header('set-cookie', cookie(request, token, maxAgeSeconds));
}

export function clearRefreshCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('set-cookie', cookie(request, '', 0));
}

import createClient from 'openapi-fetch';
import i18next from 'i18next';
import type { paths } from './schema';
import { WEB_CLIENT_HEADER, WEB_CLIENT_VALUE, currentAccessToken, refreshSession } from './session';

/**
 * Every request of the web app: the access token from memory, the language, and one silent refresh and retry
 * when the token has expired, so a user in the middle of a form loses nothing.
 */
async function authorisedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const send = (r: Request): Promise<Response> => {
    const token = currentAccessToken();
    if (token) r.headers.set('Authorization', `Bearer ${token}`);
    r.headers.set('Accept-Language', i18next.language === 'en' ? 'en' : 'vi');
    r.headers.set(WEB_CLIENT_HEADER, WEB_CLIENT_VALUE);
    return fetch(r);
  };
  const response = await send(request);
  const isAuthRoute = new URL(request.url).pathname.startsWith('/api/v1/auth/');
  if (response.status !== 401 || isAuthRoute) return response;
  return (await refreshSession()) ? send(retry) : response;
}

export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  fetch: authorisedFetch,
});

/**
 * The sign-in state. The access token lives only in this module's memory; the refresh token is an httpOnly
 * cookie the browser sends to /api/v1/auth alone, so no script (ours included) can read either from storage.
 * A reload or a second tab gets a fresh access token from that cookie.
 */
export const WEB_CLIENT_HEADER = 'X-Talent-Client';
export const WEB_CLIENT_VALUE = 'web';

export interface TokenAnswer {
  accessToken: string;
  expiresIn: number;
}

type Listener = () => void;

/** Refresh a minute before the access token expires, so a request never waits on it mid-form. */
const EARLY_REFRESH_SECONDS = 60;

let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
let ended = false;
const listeners = new Set<Listener>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentAccessToken(): string | null {
  return accessToken;
}

/** True once a session the user had has ended (refresh refused): the sign-in page says so. */
export function sessionEnded(): boolean {
  return ended;
}

export function acceptTokens(answer: TokenAnswer): void {
  accessToken = answer.accessToken;
  ended = false;
  clearTimeout(refreshTimer);
  const delay = Math.max(5, answer.expiresIn - EARLY_REFRESH_SECONDS) * 1000;
  refreshTimer = setTimeout(() => void refreshSession(), delay);
  notify();
}

export function forgetTokens(sessionWasLost = false): void {
  const had = accessToken !== null;
  accessToken = null;
  ended = sessionWasLost && had;
  clearTimeout(refreshTimer);
  notify();
}

/**
 * Exchanges the refresh cookie for a new access token, once at a time however many callers ask. Answers
 * false when there is no session (no cookie, or it was refused); a network failure keeps the token we have.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= (async () => {
    try {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { [WEB_CLIENT_HEADER]: WEB_CLIENT_VALUE, 'Content-Type': 'application/json' },
        body: '{}',
      });
      if (response.ok) {
        acceptTokens((await response.json()) as TokenAnswer);
        return true;
      }
      if (response.status === 401 || response.status === 400) forgetTokens(true);
      return false;
    } catch {
      return accessToken !== null;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

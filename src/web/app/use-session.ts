import { useEffect, useState, useSyncExternalStore } from 'react';
import { currentAccessToken, refreshSession, subscribeSession } from '../api/session';

export type SessionState = 'restoring' | 'signed-in' | 'signed-out';

/** Signed in or not; on the first render the refresh cookie, if any, restores the session silently. */
export function useSession(): SessionState {
  const [restoring, setRestoring] = useState(true);
  const signedIn = useSyncExternalStore(subscribeSession, () => currentAccessToken() !== null);
  useEffect(() => {
    void refreshSession().finally(() => setRestoring(false));
  }, []);
  if (signedIn) return 'signed-in';
  return restoring ? 'restoring' : 'signed-out';
}

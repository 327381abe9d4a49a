/** The parts a container platform passes one by one (docker/compose.yml), for a DATABASE_URL. */
export interface DatabaseUrlParts {
  DB_HOST?: string;
  DB_PORT?: string;
  DB_USER?: string;
  DB_PASSWORD?: string;
  DB_NAME?: string;
}

/**
 * DATABASE_URL built from DB_HOST, DB_PORT, DB_USER, DB_PASSWORD and DB_NAME, with the user and password
 * percent-encoded: a password holding '@', ':', '/' or '#' pasted into a URL would break it. Undefined
 * without DB_HOST, so a DATABASE_URL given whole stays the one used.
 */
export function databaseUrlFromParts(parts: DatabaseUrlParts): string | undefined {
  if (!parts.DB_HOST) return undefined;
  const user = encodeURIComponent(parts.DB_USER || 'root');
  const credentials = parts.DB_PASSWORD ? `${user}:${encodeURIComponent(parts.DB_PASSWORD)}` : user;
  return `mysql://${credentials}@${parts.DB_HOST}:${parts.DB_PORT || '3306'}/${encodeURIComponent(parts.DB_NAME || 'talent')}`;
}

import { DataSource } from 'typeorm';

/** Checksums of every table a refused request could change (sign-in bookkeeping aside), to compare before and after. */
export async function tableChecksums(dataSource: DataSource): Promise<unknown[]> {
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = DATABASE() AND table_name NOT IN ('auth_sessions', 'refresh_tokens', 'login_attempts')
      ORDER BY table_name`,
  );
  return dataSource.query<unknown[]>(`CHECKSUM TABLE ${tables.map(({ name }) => `\`${name}\``).join(', ')}`);
}

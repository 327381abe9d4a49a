import { loadConfig } from '../config/app-config';
import { databaseUrlFromParts } from './database-url';

describe('databaseUrlFromParts', () => {
  it('percent-encodes a password holding @, :, / and #, so the configuration reads it back whole', () => {
    const url = databaseUrlFromParts({
      DB_HOST: 'mariadb',
      DB_PORT: '3306',
      DB_USER: 'talent',
      DB_PASSWORD: 'p@ss:w/rd#1 %',
      DB_NAME: 'talent',
    });
    expect(url).toBe('mysql://talent:p%40ss%3Aw%2Frd%231%20%25@mariadb:3306/talent');
    expect(loadConfig({ DATABASE_URL: url }).database).toMatchObject({
      host: 'mariadb',
      port: 3306,
      user: 'talent',
      password: 'p@ss:w/rd#1 %',
      name: 'talent',
    });
  });

  it('defaults the port, user and database, and omits an empty password', () => {
    expect(databaseUrlFromParts({ DB_HOST: 'db.internal' })).toBe('mysql://root@db.internal:3306/talent');
  });

  it('gives nothing without a host, so a DATABASE_URL given whole is kept', () => {
    expect(databaseUrlFromParts({ DB_USER: 'talent', DB_PASSWORD: 'x' })).toBeUndefined();
  });
});

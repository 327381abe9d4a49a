import 'reflect-metadata';
import { databaseUrlFromParts } from './bootstrap/database-url';
import { start } from './bootstrap/start';

// The Docker image's entry point: main.ts, with DATABASE_URL built from the compose file's DB_* variables
// (credentials URL-encoded) unless DATABASE_URL is given whole. PROCESS_ROLE chooses API, workers or both.
process.env.DATABASE_URL ||= databaseUrlFromParts(process.env);
void start();

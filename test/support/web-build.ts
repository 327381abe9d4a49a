import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repository = join(__dirname, '../..');
const source = join(repository, 'src/web');
const output = join(repository, 'dist/web');
const stamp = join(output, '.source-stamp');
const lock = join(repository, 'dist/.web-build-lock');

function newestChange(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function built(version: string): boolean {
  try {
    return readFileSync(stamp, 'utf8') === version;
  } catch {
    return false;
  }
}

/**
 * Builds the web app into dist/web unless it is already built from the current sources; test files running
 * at once take turns (a lock directory), so one builds and the others wait.
 */
export async function ensureWebBuild(): Promise<void> {
  const version = String(newestChange(source));
  mkdirSync(join(repository, 'dist'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (built(version)) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than the deadline is a build that died; take it over.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('waited two minutes for another web build');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  try {
    if (built(version)) return;
    execFileSync(
      join(repository, 'node_modules/.bin/vite'),
      ['build', '--config', join(source, 'vite.config.mts')],
      {
        cwd: repository,
        stdio: 'pipe',
      },
    );
    writeFileSync(stamp, version);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { withOpenGraph } from '../results/results-page-meta';
import { PublicBoard } from '../results/public-board/public-board';

/** Paths the web app never answers: they stay the API's, the documentation's and the probes'. */
const SERVER_PATHS = /^\/(api|docs|docs-json|health)(\/|$)/;
const PUBLIC_RESULTS_PATH = /^\/r\/(\d{1,10})\/?$/;

/** dist/web beside the compiled server (dist/src/bootstrap), or under the repository when run from source. */
function findWebRoot(): string | null {
  const candidates = [join(__dirname, '../../web'), join(__dirname, '../../dist/web')];
  return candidates.find((candidate) => existsSync(join(candidate, 'index.html'))) ?? null;
}

/**
 * Serves the built web app at `/`: hashed assets cached for ever, index.html never, and index.html for every
 * other GET that is not the server's (the app's router takes it from there). The public results page gets
 * its round's Open Graph title and description, so a link pasted into Zalo or Facebook shows a preview.
 */
export async function serveWebApp(app: NestFastifyApplication): Promise<boolean> {
  const root = findWebRoot();
  if (!root) return false;
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
  const boards = app.get(PublicBoard);

  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (response) => void response.header('Cache-Control', 'public, max-age=31536000, immutable'),
  });

  const fastify = app.getHttpAdapter().getInstance();
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (SERVER_PATHS.test(path) || path.startsWith('/assets/')) return reply.callNotFound();
    let html = indexHtml;
    const roundId = PUBLIC_RESULTS_PATH.exec(path)?.[1];
    if (roundId) {
      const board = await boards.board(Number(roundId)).catch(() => null);
      if (board) html = withOpenGraph(indexHtml, board.openGraph);
    }
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html);
  };
  fastify.get('/', page);
  fastify.get('/*', page);
  return true;
}

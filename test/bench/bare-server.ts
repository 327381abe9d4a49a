/*
 * The ceiling of a public page: the same bytes served from memory by a bare node:http server, in a process
 * of its own as the application is. `node -r @swc-node/register test/bench/bare-server.ts <file> <port>`
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.argv[2]);
createServer((_, response) => {
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
  });
  response.end(body);
}).listen(Number(process.argv[3]), '127.0.0.1', () => process.stdout.write('ready\n'));

// A static file server for the release build (dist/), bound to 127.0.0.1 on a free port. Like a
// host configured as the README says, it answers with a file's precompressed copy (.br, .gz) when
// the browser accepts it. The offline tests switch it to another release, or cut the network.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The file's precompressed copy the browser accepts, or the file itself. */
async function body(file, accepted) {
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.includes(encoding)) continue;
    try {
      return { encoding, bytes: await readFile(file + suffix) };
    } catch {
      // no such copy: try the next one
    }
  }
  return { encoding: null, bytes: await readFile(file) };
}

/**
 * Serves `root` and resolves to { url, close, serve(dir), setNetwork(state) }: `serve` switches to
 * another folder (a new release at the same address); `setNetwork('down')` cuts every connection,
 * `setNetwork('silent')` leaves every request unanswered (a filtered Wi-Fi), `setNetwork('up')` serves again.
 */
export async function serveStatic(root) {
  let base = resolve(root);
  let network = 'up';
  const server = createServer(async (request, response) => {
    if (network === 'down') request.socket.destroy();
    if (network !== 'up') return;
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const { encoding, bytes } = await body(file, request.headers['accept-encoding'] ?? '');
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
      if (encoding) headers['content-encoding'] = encoding;
      response.writeHead(200, headers);
      response.end(bytes);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (dir) => { base = resolve(dir); },
    setNetwork: (state) => { network = state; },
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  };
}

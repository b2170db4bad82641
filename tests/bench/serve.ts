/**
 * A static server as a real host would run one: gzip for text (HTML, JS, CSS, JSON, SVG), woff2 as
 * it is (already compressed), an ETag, on loopback only. Used by the bench for the game and for
 * the bare Phaser game side by side.
 */
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt']);

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serve `root` at http://127.0.0.1:<free port>/ ; gzip level 6, as nginx's and most hosts' default. */
export async function serve(root: string): Promise<Served> {
  const cache = new Map<string, { body: Buffer; type: string; gz: boolean; etag: string }>();
  // Compressed once, before the first request, as a host with precompressed files or a warm cache
  // would serve them: the bench measures the page, not this server's gzip.
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    const rel = relative(root, path).split(sep).join('/');
    const ext = extname(rel);
    const raw = readFileSync(path);
    const gz = COMPRESS.has(ext);
    const body = gz ? gzipSync(raw, { level: 6 }) : raw;
    cache.set(rel, { body, type: TYPES[ext] ?? 'application/octet-stream', gz, etag: `"${raw.length.toString(36)}-${body.length.toString(36)}"` });
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, '');
    const file = cache.get(rel.split(sep).join('/'));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (file.gz && !accepts) {
      res.writeHead(200, { 'content-type': file.type });
      return res.end(gunzipSync(file.body));
    }
    res.writeHead(200, {
      'content-type': file.type,
      ...(file.gz ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      'content-length': file.body.length,
      etag: file.etag,
      'cache-control': 'no-cache',
    });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The gzip size of a buffer at the same level the server uses. */
export function gzipSize(buf: Buffer): number {
  return gzipSync(buf, { level: 6 }).length;
}

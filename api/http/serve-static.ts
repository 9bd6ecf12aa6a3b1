/**
 * Serves the built viewer: files under `viewerDir`, `index.html` for other paths (SPA fallback), and a short help
 * page when the viewer is not built. Example: `resolveStaticFile('/app/dist', '/assets/x.js')` →
 * `/app/dist/assets/x.js`; `'/../etc/passwd'` never leaves `viewerDir`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The page shown at `/` when the viewer has not been built. */
export const VIEWER_HELP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PolicyGraph API</title></head>
<body>
<h1>PolicyGraph (政策图谱)</h1>
<p>The viewer is not built yet. Build it with <code>npm run build:viewer</code> and reload this page.</p>
<p>The GraphQL API answers at <a href="/graphql">/graphql</a>.</p>
</body></html>
`;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file to serve for a URL path, or undefined (pure apart from stat calls). */
export function resolveStaticFile(viewerDir: string, urlPath: string): string | undefined {
  const root = resolve(viewerDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  if (isFile(candidate)) return candidate;
  const index = join(root, 'index.html');
  // SPA fallback for routes, not for missing assets such as /assets/missing.js.
  if (extname(decoded) === '' && isFile(index)) return index;
  return undefined;
}

/** Answers a GET/HEAD outside /graphql. */
export function serveStatic(
  viewerDir: string | undefined,
  urlPath: string,
  method: string,
  response: ServerResponse,
): void {
  const built = viewerDir !== undefined && existsSync(join(viewerDir, 'index.html'));
  if (!built) {
    response.writeHead(urlPath === '/' || extname(urlPath) === '' ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
    });
    response.end(method === 'HEAD' ? undefined : VIEWER_HELP_PAGE);
    return;
  }
  const file = resolveStaticFile(viewerDir, urlPath);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(method === 'HEAD' ? undefined : 'Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  if (method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

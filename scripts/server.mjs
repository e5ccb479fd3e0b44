#!/usr/bin/env node
// The production server (run by scripts/start.mjs after a build). Requests take turns, one
// started per turn of the event loop; the student API a class calls at once goes straight to
// its route handlers, everything else to Next.js (server/http/direct-routes.ts).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import next from 'next';

process.env.NODE_ENV = 'production';
const root = process.cwd();
const port = Number(process.env.PORT ?? '3000');

const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();
const { createRequestListener, compressedStaticDirOf } = createRequire(import.meta.url)(
  join(root, '.next', 'attache', 'direct-routes.cjs'),
);

function serveWithNext(req, res) {
  handle(req, res).catch((error) => {
    console.error(`Failed to handle ${req.method} ${req.url}:`, error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end('Internal Server Error');
    } else res.destroy();
  });
}

const server = createServer(
  createRequestListener(serveWithNext, {
    compressedStaticDir: compressedStaticDirOf(root),
  }),
);
// Every interface, as `next start` does.
server.listen(port, () => console.warn(`Attaché ready on http://localhost:${port}`));

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Finish the requests in flight, then let Next.js close (the database, the grade sender).
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

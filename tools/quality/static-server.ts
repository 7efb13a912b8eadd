import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type {AddressInfo} from 'node:net';
import sirv from 'sirv';
import compression from 'compression';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as a plain static host would: files,
 * `.html` extension resolution (trailingSlash: false), the site's 404 page
 * with status 404, and optional gzip like real CDNs (used by Lighthouse).
 * `basePath` serves a site built for a sub-path (BOUSSOLE_BASE_URL=/boussole/)
 * under that path only, as its host would.
 */
export async function startStaticServer(
  siteDir: string,
  options: {compress?: boolean; port?: number; basePath?: string} = {},
): Promise<StaticServer> {
  const notFoundPage = path.join(siteDir, '404.html');
  const serveFile = sirv(siteDir, {extensions: ['html'], dev: false, etag: true, dotfiles: false});
  const gzip = options.compress ? compression() : null;
  const basePath = (options.basePath ?? '/').replace(/\/?$/, '/');
  const server = http.createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(fs.existsSync(notFoundPage) ? fs.readFileSync(notFoundPage) : 'Not found');
    };
    const handle = () => {
      const url = req.url ?? '/';
      if (basePath === '/') return serveFile(req, res, notFound);
      if (`${url.split('?')[0]}/` === basePath) req.url = `/${url.slice(basePath.length - 1)}`;
      else if (url.startsWith(basePath)) req.url = url.slice(basePath.length - 1);
      else return notFound();
      serveFile(req, res, notFound);
    };
    if (gzip) {
      // compression() is Express middleware; it only needs req, res and next.
      gzip(req as never, res as never, handle);
    } else {
      handle();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// Requests a browser can be tricked into sending. DNS rebinding: a hostile name made to resolve to the
// server's address lets a web page read the store, so the server answers only the host names it serves
// (loopback names, the address it listens on, its configured public URL); others get 421. Cross-site
// writes: a page elsewhere can post forms and uploads, so a write is accepted only from the server's own
// pages (Origin, else Sec-Fetch-Site), or from a client that is no browser (it sends neither).
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface RequestGuardOptions {
  /** The address the server listens on (`--host`): a name or address typed in a browser to reach it. */
  listenHost?: string | null;
  /** The URL users reach the server by behind a proxy (`--public-url`), e.g. https://tessera.example.org. */
  publicUrl?: string | null;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host names the server answers to, lower case, IPv6 without brackets. */
export function servedHostNames(options: RequestGuardOptions): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  const listen = options.listenHost
    ?.trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  // 0.0.0.0 and :: listen everywhere but name nothing a browser should be trusted with.
  if (listen && listen !== '0.0.0.0' && listen !== '::') names.add(listen);
  if (options.publicUrl) names.add(new URL(options.publicUrl).hostname.toLowerCase().replace(/^\[|\]$/g, ''));
  return names;
}

/** The name in a Host header ("localhost:8080", "[::1]:8080"), lower case; null when malformed. */
export function hostNameOf(host: string | undefined): string | null {
  if (!host) return null;
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]\s]+))(?::\d{1,5})?$/i.exec(host.trim());
  if (!match) return null;
  return (match[1] ?? match[2]!).toLowerCase().replace(/\.$/, '');
}

function ownOrigins(request: FastifyRequest, options: RequestGuardOptions): Set<string> {
  const origins = new Set<string>();
  const host = request.headers.host;
  if (host) {
    origins.add(`http://${host.toLowerCase()}`);
    origins.add(`https://${host.toLowerCase()}`);
  }
  if (options.publicUrl) origins.add(new URL(options.publicUrl).origin.toLowerCase());
  return origins;
}

/** Why a write must be refused, or null when it comes from the server's own pages or from no browser. */
export function crossSiteWrite(request: FastifyRequest, options: RequestGuardOptions): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    return ownOrigins(request, options).has(origin.toLowerCase())
      ? null
      : `a write from another site (Origin ${origin}) is refused`;
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site')
    return `a write from another site (Sec-Fetch-Site ${site}) is refused`;
  return null;
}

export function installRequestGuard(app: FastifyInstance, options: RequestGuardOptions): void {
  const served = servedHostNames(options);
  app.addHook('onRequest', async (request, reply) => {
    const name = hostNameOf(request.headers.host);
    if (name === null || !served.has(name)) {
      return reply.code(421).send({
        code: 'misdirected_request',
        message: `this server does not serve the host name ${JSON.stringify(request.headers.host ?? '')}; use ${[...served].join(', ')} or set --public-url`,
      });
    }
    const refused = crossSiteWrite(request, options);
    if (refused) return reply.code(403).send({ code: 'forbidden', message: refused });
  });
}

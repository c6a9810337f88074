/**
 * Local stand-in for Sina's web servers: one https and one http server answering as any
 * *.sina.com.cn / *.sina.cn host (and *.sinaimg.cn with a placeholder picture for every image),
 * and a small forward proxy the browsers are pointed at.
 * The proxy serves Sina hosts from the local servers and refuses (and records) every other
 * host, so tests can assert that nothing leaves for another host.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { allPages, isSinaHost, MANY_TABS, E2E_DIR, type ServedPage } from './catalog';
import path from 'node:path';
import { HUGE_KINDS, hugePage, type HugeKind } from './huge';

export interface RequestRecord {
  /** 'proxy-refused' for a host outside Sina, else how it was answered. */
  outcome: 'served' | 'not-found' | 'proxy-refused';
  method: string;
  scheme: 'http' | 'https';
  host: string;
  path: string;
  at: number;
}

export interface SinaSite {
  proxyPort: number;
  httpsPort: number;
  httpPort: number;
  requests: RequestRecord[];
  /** Requests the proxy refused because the host is not Sina's, since `since` (ms epoch). */
  foreign(since?: number): RequestRecord[];
  close(): Promise<void>;
}

function key(host: string, pathname: string): string {
  return `${host.toLowerCase()}${pathname}`;
}

/** What the stand-in CDN answers for every picture: a grey 4:3 box saying it stands in for one. */
const PLACEHOLDER_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">' +
  '<rect width="640" height="360" fill="#d9d9d9"/>' +
  '<text x="320" y="190" font-size="28" text-anchor="middle" fill="#777" font-family="sans-serif">测试占位图 · test placeholder</text></svg>';

const MANY_TEMPLATE = path.join(E2E_DIR, 'pages/synthetic-many.html');

function manyTabsBody(n: number): string {
  const id = String(n).padStart(4, '0');
  return readFileSync(MANY_TEMPLATE, 'utf8').replaceAll('{{N}}', id);
}

async function certificate(hosts: string[]) {
  const altNames = [
    ...new Set([...hosts, '*.sina.com.cn', '*.sina.cn', '*.finance.sina.com.cn', '*.cj.sina.com.cn', '*.sinaimg.cn']),
  ].map((value) => ({ type: 2 as const, value }));
  const notBeforeDate = new Date(Date.now() - 86_400_000);
  const notAfterDate = new Date(Date.now() + 7 * 86_400_000);
  return generate([{ name: 'commonName', value: 'finance.sina.com.cn' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
}

export async function startSinaSite(): Promise<SinaSite> {
  const pages = allPages();
  const byUrl = new Map<string, ServedPage>();
  for (const p of pages) {
    const u = new URL(p.url);
    byUrl.set(key(u.hostname, u.pathname), p);
  }
  const requests: RequestRecord[] = [];

  const handler =
    (scheme: 'http' | 'https') =>
    (req: http.IncomingMessage, res: http.ServerResponse): void => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `${scheme}://${host || 'invalid'}`);
      const record: RequestRecord = {
        outcome: 'served',
        method: req.method ?? 'GET',
        scheme,
        host,
        path: url.pathname + url.search,
        at: Date.now(),
      };
      requests.push(record);
      const found = byUrl.get(key(host, url.pathname));
      const many = /\/doc-isynthmany(\d{4})\.shtml$/.exec(url.pathname);
      const huge = /\/doc-isynthhuge(\w+)\.shtml$/.exec(url.pathname)?.[1];
      let body: Buffer | null = null;
      let type = 'text/html; charset=utf-8';
      if (host.endsWith('sinaimg.cn') && /\.(jpe?g|png|gif|webp)$/i.test(url.pathname)) {
        // Sina's image CDN: the real pictures are not in the fixtures; a labelled stand-in.
        res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
        res.end(PLACEHOLDER_IMAGE);
        return;
      }
      if (found) {
        body = readFileSync(found.file);
        type = `${found.type}; charset=${found.charset}`;
      } else if (host === 'finance.sina.com.cn' && many && Number(many[1]) < MANY_TABS) {
        body = Buffer.from(manyTabsBody(Number(many[1])));
      } else if (host === 'finance.sina.com.cn' && huge && huge in HUGE_KINDS) {
        body = Buffer.from(hugePage(huge as HugeKind));
      }
      if (!body) {
        record.outcome = 'not-found';
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

  const hosts = [...new Set(pages.map((p) => new URL(p.url).hostname))];
  const pems = await certificate(hosts);
  const httpsServer = https.createServer({ key: pems.private, cert: pems.cert }, handler('https'));
  const httpServer = http.createServer(handler('http'));
  const sockets = new Set<net.Socket>();

  // Forward proxy. Plain requests arrive with an absolute URI; https arrives as CONNECT.
  const proxy = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!isSinaHost(target.hostname)) {
      requests.push({
        outcome: 'proxy-refused',
        method: req.method ?? 'GET',
        scheme: 'http',
        host: target.hostname,
        path: target.pathname + target.search,
        at: Date.now(),
      });
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by e2e proxy');
      return;
    }
    req.url = target.pathname + target.search;
    req.headers.host = target.host;
    handler('http')(req, res);
  });
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    if (!isSinaHost(host.toLowerCase()) || port !== '443') {
      requests.push({
        outcome: 'proxy-refused',
        method: 'CONNECT',
        scheme: 'https',
        host: host.toLowerCase(),
        path: '',
        at: Date.now(),
      });
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect((httpsServer.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  for (const s of [proxy, httpServer, httpsServer]) {
    s.on('connection', (sock: net.Socket) => {
      sockets.add(sock);
      sock.on('close', () => sockets.delete(sock));
    });
  }

  const listen = (s: net.Server) =>
    new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
  const [httpsPort, httpPort, proxyPort] = [await listen(httpsServer), await listen(httpServer), await listen(proxy)];

  return {
    proxyPort,
    httpsPort,
    httpPort,
    requests,
    foreign: (since = 0) => requests.filter((r) => r.outcome === 'proxy-refused' && r.at >= since),
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(
        [proxy, httpServer, httpsServer].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
      );
    },
  };
}

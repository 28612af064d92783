/**
 * Fetching URLs safely. Before any connection, every address the host name resolves to is
 * checked, and the connection is made to the checked address (no second lookup, so DNS rebinding
 * cannot slip a private address in). Private, loopback, link-local, unique-local, CGNAT,
 * multicast and unspecified addresses are refused unless `allowPrivate`. Redirects are followed
 * by hand, each hop checked again, at most `maxRedirects`. Bodies are capped in size and time.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { MarsadError } from '../errors.js';

export const USER_AGENT = 'Marsad/0.1 (+https://github.com/marsad-project/marsad)';

export interface FetchOptions {
  readonly allowPrivate?: boolean;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
}

export interface Fetched {
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  blocked.addSubnet(net, bits, 'ipv6');
}

/** True for addresses a public fetch must never reach (IPv4-mapped IPv6 checked as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

function refuse(url: string, reason: string): MarsadError {
  return new MarsadError('MARSAD_FETCH_REFUSED', { url, reason });
}

/** A lookup for http.request that resolves, checks and pins the address it connects to. */
function guardedLookup(url: string, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true }).then(
      (addrs) => {
        const bad = addrs.find((a) => isPrivateAddress(a.address));
        if (!allowPrivate && bad) {
          callback(refuse(url, `${hostname} resolves to the non-public address ${bad.address}`) as unknown as NodeJS.ErrnoException, '', 4);
          return;
        }
        const first = addrs[0];
        if (!first) {
          callback(new Error(`no address for ${hostname}`) as NodeJS.ErrnoException, '', 4);
          return;
        }
        if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof addrs) => void)(null, addrs);
        else callback(null, first.address, first.family);
      },
      (e: NodeJS.ErrnoException) => callback(e, '', 4),
    );
  };
}

function requestOnce(url: URL, opts: Required<FetchOptions>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/gu, '');
    if (isIP(host) && !opts.allowPrivate && isPrivateAddress(host)) {
      reject(refuse(url.href, `${host} is a private, loopback or link-local address`));
      return;
    }
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: 'GET',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' },
      lookup: guardedLookup(url.href, opts.allowPrivate),
      timeout: opts.timeoutMs,
    });
    const timer = setTimeout(() => req.destroy(new MarsadError('MARSAD_FETCH_FAILED', { url: url.href, reason: `no complete answer within ${opts.timeoutMs} ms` })), opts.timeoutMs);
    req.on('timeout', () => req.destroy(new MarsadError('MARSAD_FETCH_FAILED', { url: url.href, reason: `timed out after ${opts.timeoutMs} ms` })));
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e instanceof MarsadError ? e : new MarsadError('MARSAD_FETCH_FAILED', { url: url.href, reason: e.message }));
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > opts.maxBytes) {
        req.destroy(new MarsadError('MARSAD_FETCH_FAILED', { url: url.href, reason: `body of ${declared} bytes is over the limit of ${opts.maxBytes}` }));
        return;
      }
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > opts.maxBytes) req.destroy(new MarsadError('MARSAD_FETCH_FAILED', { url: url.href, reason: `body over the limit of ${opts.maxBytes} bytes` }));
        else chunks.push(c);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', (e) => {
        clearTimeout(timer);
        reject(new MarsadError('MARSAD_FETCH_FAILED', { url: url.href, reason: e.message }));
      });
    });
    req.end();
  });
}

export async function safeFetch(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts: Required<FetchOptions> = {
    allowPrivate: options.allowPrivate ?? false, maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    timeoutMs: options.timeoutMs ?? 15_000, maxRedirects: options.maxRedirects ?? 5,
  };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw refuse(input, 'not a valid URL');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse(url.href, `the ${url.protocol} scheme is not fetched`);
    const res = await requestOnce(url, opts);
    if (res.status >= 300 && res.status < 400 && res.headers.location) {
      if (hop >= opts.maxRedirects) throw new MarsadError('MARSAD_FETCH_FAILED', { url: input, reason: `more than ${opts.maxRedirects} redirects` });
      url = new URL(res.headers.location, url);
      continue;
    }
    if (res.status < 200 || res.status >= 300) throw new MarsadError('MARSAD_FETCH_FAILED', { url: url.href, reason: `HTTP ${res.status}` });
    const contentType = String(res.headers['content-type'] ?? '');
    const charset = /charset=([\w-]+)/iu.exec(contentType)?.[1] ?? 'utf-8';
    let body: string;
    try {
      body = new TextDecoder(charset).decode(res.body);
    } catch {
      body = new TextDecoder('utf-8').decode(res.body);
    }
    return { url: url.href, status: res.status, contentType, body };
  }
}

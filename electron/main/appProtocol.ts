import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Pages are served as app://facilitator/... ; IPC trusts only frames on this origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'facilitator';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Maps a request URL to a file inside `root`, or null when the URL is not ours or would
 * escape the folder (`..`, encoded separators, absolute paths).
 */
export function resolveAppFile(root: string, requestUrl: string, host = APP_HOST): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== host) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(base + sep) ? file : null;
}

/** The response for one app:// request: the file with its type and the security headers, or 404. */
export async function appResponse(root: string, requestUrl: string, host = APP_HOST): Promise<Response> {
  const file = resolveAppFile(root, requestUrl, host);
  const notFound = () => new Response('Not found', { status: 404, headers: { ...securityHeaders, 'Content-Type': 'text/plain' } });
  if (!file) return notFound();
  try {
    const body = await readFile(file);
    const contentType = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(new Uint8Array(body), { status: 200, headers: { ...securityHeaders, 'Content-Type': contentType } });
  } catch {
    return notFound();
  }
}

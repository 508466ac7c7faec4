/**
 * Which hub addresses the app may connect to: https, or plain http only to this computer (a hub
 * on loopback, as in the tests). No user name or password in the address (they travel in a
 * header, never in a URL that could be logged), no path, query or fragment: the address is an
 * origin, and the program's database is named apart.
 */
const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

export function isAllowedHubAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return false;
  if (url.pathname !== '/' && url.pathname !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && loopbackHosts.has(url.hostname.toLowerCase());
}

/** The origin (scheme, host, port) of an allowed address: all the hub's requests go there and nowhere else. */
export function hubOrigin(address: string): string {
  return new URL(address).origin;
}

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appResponse, CONTENT_SECURITY_POLICY, resolveAppFile } from '../../../electron/main/appProtocol';

describe('app:// protocol', () => {
  let root: string;
  let outside: string;

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
    root = join(base, 'renderer');
    outside = join(base, 'secret.txt');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Facilitator</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(outside, 'participant codes');
  });
  afterAll(async () => rm(join(root, '..'), { recursive: true, force: true }));

  it('serves files inside the renderer folder with their type and the CSP', async () => {
    const response = await appResponse(root, 'app://facilitator/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for the root', async () => {
    const response = await appResponse(root, 'app://facilitator/');
    expect(await response.text()).toContain('<title>Facilitator</title>');
  });

  it.each([
    'app://facilitator/../secret.txt',
    'app://facilitator/%2e%2e/secret.txt',
    'app://facilitator/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://facilitator/..%5csecret.txt',
    'app://facilitator/index.html%00.js',
    'app://other-host/index.html',
    'not a url',
  ])('never serves anything outside the folder for %s', async (url) => {
    const resolved = resolveAppFile(root, url);
    if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true);
    const response = await appResponse(root, url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('participant codes');
  });

  it('refuses encoded separators and other hosts outright', () => {
    expect(resolveAppFile(root, 'app://facilitator/assets/%2e%2e%2f%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://facilitator/..%5csecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://other-host/index.html')).toBeNull();
  });

  it('answers 404 for a missing file', async () => {
    expect((await appResponse(root, 'app://facilitator/nope.js')).status).toBe(404);
  });

  it('has a strict content security policy', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives['default-src']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['style-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'none'");
    expect(directives['img-src']).toBe("'self' data:");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});

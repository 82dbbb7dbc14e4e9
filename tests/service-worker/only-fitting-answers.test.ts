import { describe, expect, it } from 'vitest';
import { fitsRequest } from '../../src/service-worker/only-fitting-answers';

const answer = (type: string, status = 200) =>
  new Response('…', { status, headers: { 'content-type': type } });
const site = 'https://topup.example';

describe('what the service worker keeps for offline use', () => {
  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/', 'text/html'],
    ['/assets/index-abc.js', 'text/javascript'],
    ['/assets/index-abc.css', 'text/css'],
    ['/assets/en-result-abc.json', 'application/json'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/icon.svg', 'image/svg+xml'],
  ])('keeps %s answered as %s', (path, type) => {
    expect(fitsRequest(`${site}${path}`, answer(type))).toBe(true);
  });

  it.each([
    ['/assets/index-abc.js'],
    ['/assets/index-abc.css'],
    ['/assets/en-result-abc.json'],
    ['/sw.js'],
    ['/manifest.webmanifest'],
  ])('refuses index.html given for %s by an SPA fallback', (path) => {
    expect(fitsRequest(`${site}${path}`, answer('text/html; charset=utf-8'))).toBe(false);
    expect(fitsRequest(`${site}${path}`, answer('TEXT/HTML'))).toBe(false);
  });

  it.each([[404], [500]])('refuses an error (%i)', (status) => {
    expect(fitsRequest(`${site}/assets/index-abc.js`, answer('text/javascript', status))).toBe(
      false,
    );
  });
});

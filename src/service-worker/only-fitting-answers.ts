import type { WorkboxPlugin } from 'workbox-core/types';

const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/**
 * Whether an answer may be kept for offline use. A host's SPA fallback answers a missing script,
 * style or language file with index.html and 200 (during a half-finished deploy, say): kept, it
 * would break the guide on this device until the next version. Refusing it makes the service
 * worker's installation fail, and the next load tries again.
 */
export function fitsRequest(url: string, response: Response): boolean {
  if (!response.ok) return false;
  const html = /^text\/html\b/i.test(response.headers.get('content-type') ?? '');
  return !html || isPage(new URL(url).pathname);
}

/** For Workbox's precache: an answer that does not fit its request is never stored. */
export const onlyFittingAnswers: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) =>
    fitsRequest(request.url, response) ? response : null,
};

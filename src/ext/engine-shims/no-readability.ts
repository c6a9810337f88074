import type { Template } from '../../templates/types';

/**
 * Extension builds only: stands in for the engine's generic Readability fallback
 * (src/templates/readability.ts). The extension runs only on Sina article URLs, which the Sina
 * templates handle; leaving Readability and linkedom out keeps the background bundle smaller and
 * free of their innerHTML writes, which `web-ext lint` reports. A page no Sina template
 * understands is reported as "not an article" instead of being guessed at.
 */
export const readability: Template = {
  id: 'readability',
  describe: 'generic fallback (not shipped in the extension)',
  matches: () => true,
  extract: () => ({ body: null }),
};

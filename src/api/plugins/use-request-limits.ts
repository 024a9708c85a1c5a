import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from '../limits.js';
import { useBodySizeLimit } from './use-body-size-limit.js';

/**
 * Limits checked before any resolver runs, cheapest first: body size (before parsing), token
 * count (while parsing), aliases (at validation). Depth, breadth and cost are checked by the
 * Pothos complexity plugin, page sizes by the connection arguments.
 */
export function useRequestLimits(): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(useBodySizeLimit({ maxBytes: LIMITS.maxBodyBytes }));
      addPlugin(maxTokensPlugin({ n: LIMITS.maxTokens, exposeLimits: true }));
      addPlugin(maxAliasesPlugin({ n: LIMITS.maxAliases, exposeLimits: true }));
    },
  };
}

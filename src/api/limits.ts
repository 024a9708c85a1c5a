/** Limits on what one request may ask; a breach is a GraphQL error naming the limit and its maximum. */
export const LIMITS = {
  /** Largest `first` on any connection or list argument. */
  maxPageSize: 100,
  defaultPageSize: 20,
  /** Deepest selection nesting. */
  maxDepth: 12,
  /** Pothos complexity: each field 1, lists multiplied by their page size (or listMultiplier). */
  maxComplexity: 50_000,
  /** Assumed size of a relationship list without a page argument, for complexity. */
  listMultiplier: 5,
  /** Total selections in one document. */
  maxBreadth: 500,
  /** Lexer tokens in one document: refuses huge documents before they are parsed in full. */
  maxTokens: 10_000,
  /** Aliased fields in one operation: refuses alias floods at validation, before execution. */
  maxAliases: 100,
  /** Bytes of one request body (query and variables). */
  maxBodyBytes: 256 * 1024,
} as const;

import type { builder } from './builder.js';

/** The builder's type parameters, for helpers that build fields outside a type module. */
export type SchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServerMetrics } from '../metrics.js';

/**
 * `GET /metrics` in Prometheus text format: graphql-yoga's Prometheus plugin (requests and
 * their duration per operation name and type, each phase's time, HTTP duration with status)
 * over the server's own registry, plus GraphQL errors counted by code.
 */
export function useMetrics(metrics: ServerMetrics): Plugin[] {
  return [
    usePrometheus({
      registry: metrics.registry,
      endpoint: '/metrics',
      metrics: {
        graphql_envelop_request: true,
        graphql_envelop_request_duration: true,
        graphql_envelop_phase_parse: true,
        graphql_envelop_phase_validate: true,
        graphql_envelop_phase_execute: true,
        graphql_envelop_error_result: true,
        graphql_yoga_http_duration: true,
      },
      labels: { statusCode: true, method: true },
    }),
    useErrorCodes(metrics),
  ];
}

function useErrorCodes(metrics: ServerMetrics): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors: readonly GraphQLError[] | undefined = 'errors' in single ? single.errors : undefined;
        for (const error of errors ?? []) {
          const code = error.extensions?.code;
          metrics.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'GRAPHQL_ERROR' });
        }
      }
    },
  };
}

# The server image for docker-compose.yml: Neo4j runs in its own container, so no Java here.
# CI rebuilds this file system without a Docker engine (npm run check:docker): keep to the
# instructions scripts/dockerfile-steps.ts reads.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY core ./core
COPY src ./src
COPY ingest ./ingest
COPY schema ./schema
COPY data ./data
COPY dashboard ./dashboard
# GraphiQL opens with these example operations.
COPY docs/queries ./docs/queries
# npm ci builds dist/ (prepare), which needs the dev dependencies; then they go.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENV HOST=0.0.0.0 PORT=4000 NEO4J_START_LOCAL=false
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]

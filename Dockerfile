# The server image for docker-compose.yml: Neo4j runs in its own container, so no Java here.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY core ./core
COPY src ./src
COPY ingest ./ingest
COPY schema ./schema
COPY data ./data
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "dist/src/main.js"]

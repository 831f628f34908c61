# syntax=docker/dockerfile:1
# Build stage: compile TypeScript with the dev dependencies.
FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY templates ./templates
COPY fixtures ./fixtures
COPY README.md ./
RUN npm run build && npm pack --silent --pack-destination /tmp

# Runtime stage: the packed package with production dependencies only, run as a non-root user.
FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /opt/salesmania-bulk
COPY --from=build /tmp/salesmania-bulk-*.tgz /tmp/
RUN npm install --global --omit=dev --no-audit --no-fund /tmp/salesmania-bulk-*.tgz \
    && rm /tmp/salesmania-bulk-*.tgz \
    && npm cache clean --force
USER node
WORKDIR /data
ENTRYPOINT ["salesmania-bulk"]
CMD ["--help"]

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

# Runtime stage: the packed package, its production dependencies installed from the lockfile
# (npm ci: exactly the versions the tests ran with), runnable by any uid (docker run --user).
# .ci/image-smoke replays these steps where there is no Docker engine: keep the two in step.
FROM node:22-bookworm-slim
ENV NODE_ENV=production
# Any uid (--user "$(id -u):$(id -g)") has no home in /etc/passwd: give it one it may write to.
ENV HOME=/tmp
WORKDIR /opt/salesmania-bulk
COPY --from=build /tmp/salesmania-bulk-*.tgz /tmp/
COPY package-lock.json ./
RUN tar -xzf /tmp/salesmania-bulk-*.tgz --strip-components=1 \
    && npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && chmod 755 dist/cli/main.js \
    && ln -s /opt/salesmania-bulk/dist/cli/main.js /usr/local/bin/salesmania-bulk \
    && rm /tmp/salesmania-bulk-*.tgz \
    && npm cache clean --force \
    && chmod -R a+rX /opt/salesmania-bulk \
    && mkdir -p /data && chmod 1777 /data
USER node
WORKDIR /data
# serve listens here when started with --host 0.0.0.0 (docs/WEB.md).
EXPOSE 8080
ENTRYPOINT ["salesmania-bulk"]
CMD ["--help"]

/** Section 1 and 7 of docs/ARCHITECTURE.md, "API": token, databases, team token, teams. */
import { MESSAGES, PATHS, TEAM_TOKEN_DB_PARAM } from '../contract/index.js';
import { HttpError, notFound, ok } from './http.js';
import { QueryReader, pageOf } from './query.js';
import { dbOf, type Route } from './route.js';

export const authRoutes: Route[] = [
  {
    method: 'GET',
    path: PATHS.token,
    access: 'basic',
    handle(ctx) {
      const token = ctx.app.auth.login(ctx.authorization);
      if (!token) throw new HttpError(401, { message: MESSAGES.unauthenticated });
      return ok(token);
    },
  },
  {
    method: 'GET',
    path: PATHS.databases,
    access: 'bearer',
    handle({ app, username }) {
      const data = app.store
        .databases()
        .filter((db) => app.auth.canReach(username, db.id))
        .map((db) => ({ id: db.id, name: db.name }));
      return ok({ data });
    },
  },
  {
    method: 'GET',
    path: PATHS.teamToken,
    access: 'bearer',
    handle({ app, username, query }) {
      const q = new QueryReader(query);
      const dbId = q.int(TEAM_TOKEN_DB_PARAM, 1);
      if (dbId === undefined && !q.errs.any) q.errs.add(TEAM_TOKEN_DB_PARAM, 'The db_id field is required.');
      q.check();
      const db = app.store.database(dbId as number);
      // A database the user cannot reach is answered like one that does not exist.
      if (!db || !app.auth.canReach(username, db.id)) throw notFound();
      return ok({ team_token: app.auth.issueTeamToken({ db_id: db.id, team_id: db.apiTeamId }) });
    },
  },
  {
    method: 'GET',
    path: PATHS.teams,
    access: 'team',
    handle(ctx) {
      const q = new QueryReader(ctx.query);
      const { page, perPage } = q.paging();
      q.check();
      return ok(pageOf(dbOf(ctx).teams.page(null, page, perPage), page, perPage));
    },
  },
];

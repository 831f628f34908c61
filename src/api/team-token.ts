import type { TeamTokenClaims } from '../contract/index.js';

/**
 * Reads the claims of a team token: its first segment is base64 JSON `{"db_id", "team_id"}` [D].
 * The signature is not ours to check. Returns undefined for a token of another shape, so a
 * changed format degrades `session()` instead of breaking every request.
 */
export function decodeTeamToken(teamToken: string): TeamTokenClaims | undefined {
  const first = teamToken.split('.')[0];
  if (!first) return undefined;
  try {
    // Node's base64 decoder also accepts the URL-safe alphabet and missing padding.
    const claims = JSON.parse(Buffer.from(first, 'base64').toString('utf8')) as Record<string, unknown>;
    const dbId = Number(claims.db_id);
    const teamId = Number(claims.team_id);
    if (!Number.isInteger(dbId) || !Number.isInteger(teamId)) return undefined;
    return { db_id: dbId, team_id: teamId };
  } catch {
    return undefined;
  }
}

/** `--team`: a team member by id, or by email, salesman number or name as people write them. */
import type { SalesManiaClient } from '../api/index.js';
import { localizedRunError } from '../i18n/index.js';

const fold = (text: string | null | undefined): string =>
  (text ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export async function resolveTeam(client: SalesManiaClient, team: string): Promise<number> {
  if (/^\d+$/.test(team.trim())) return Number(team.trim());
  const wanted = fold(team);
  const matches: Array<{ id: number; name: string }> = [];
  for await (const m of client.teams.iterate()) {
    if ([m.email, m.ext_salesman_number, m.name].some((v) => fold(v) === wanted)) {
      matches.push({ id: m.id, name: m.name });
    }
  }
  if (matches.length === 1) return matches[0].id;
  if (matches.length === 0) {
    throw localizedRunError('CONFIG_INVALID', 'export.noTeamMember', { team });
  }
  const list = matches.map((m) => `${m.id} ${m.name}`).join(', ');
  throw localizedRunError('CONFIG_INVALID', 'export.severalTeamMembers', { team, list });
}

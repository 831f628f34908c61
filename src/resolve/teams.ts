/** Team members (salespeople) by id, email, `ext_salesman_number` and name. */
import { rowText } from '../i18n/index.js';
import type { TeamMember } from '../api/index.js';
import { TEAM_REF, type RefDraft } from '../map/index.js';
import { CodeIndex } from './code-index.js';
import { found, notFound, pick, type ColumnOf, type Resolved } from './resolved.js';

export interface TeamEntry {
  id: number;
  name: string;
}

export class TeamIndex {
  private readonly ids = new Map<number, TeamEntry>();
  private readonly emails = new CodeIndex<TeamEntry>();
  private readonly numbers = new CodeIndex<TeamEntry>();
  private readonly names = new CodeIndex<TeamEntry>();

  add(m: Pick<TeamMember, 'id' | 'name' | 'email' | 'ext_salesman_number'>): void {
    const entry: TeamEntry = { id: m.id, name: m.name };
    this.ids.set(entry.id, entry);
    this.emails.add(m.email, entry);
    this.numbers.add(m.ext_salesman_number, entry);
    this.names.add(m.name, entry);
  }

  get size(): number {
    return this.ids.size;
  }

  /**
   * The team member a row names: `team_id`; or the `team` cell as an id (digits), an email, a
   * salesman number, then a name — the first of these that matches anyone decides.
   */
  resolve(ref: RefDraft, columnOf: ColumnOf): Resolved<TeamEntry> {
    const { id: idField, code: codeField } = TEAM_REF;
    if (ref.id !== undefined) {
      const entry = this.ids.get(ref.id);
      return entry
        ? found(entry)
        : notFound(idField, columnOf(idField), rowText('row.ref.teamId', { id: ref.id }));
    }
    const code = ref.code ?? '';
    const column = columnOf(codeField);
    const quoted = JSON.stringify(code);
    if (/^\d+$/.test(code.trim())) {
      const entry = this.ids.get(Number(code.trim()));
      if (entry) return found(entry);
    }
    return (
      pick(this.emails.get(code), codeField, column, 'row.ref.teamEmailAmbiguous', quoted) ??
      pick(this.numbers.get(code), codeField, column, 'row.ref.teamNumberAmbiguous', quoted) ??
      pick(this.names.get(code), codeField, column, 'row.ref.teamNameAmbiguous', quoted) ??
      notFound(codeField, column, rowText('row.ref.team', { value: quoted }))
    );
  }
}

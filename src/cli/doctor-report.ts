import type { DoctorReport } from '../run/index.js';
import { t } from '../i18n/index.js';

/** `doctor`'s report for a person, in their language (`--json` prints the report object instead). */
export function formatDoctorReport(report: DoctorReport): string {
  const lines = [t('doctor.reachable', { url: report.baseUrl })];
  if (report.databases.length > 0) {
    lines.push(t('doctor.databases'));
    for (const db of report.databases) {
      // Ids are data: written as they are, never with thousands separators.
      const params = { id: String(db.id), name: db.name };
      lines.push(
        db.id === report.selected.databaseId
          ? t('doctor.databaseSelected', params)
          : t('doctor.database', params),
      );
    }
  }
  const { databaseId, databaseName, teamId } = report.selected;
  const token = {
    databaseId: databaseId === undefined ? t('doctor.unknown') : String(databaseId),
    databaseName,
    teamId: teamId === undefined ? t('doctor.unknown') : String(teamId),
  };
  lines.push(databaseName ? t('doctor.teamToken', token) : t('doctor.teamTokenNoName', token));
  lines.push(t('doctor.members', { count: report.teamMembers.length }));
  for (const m of report.teamMembers) {
    const params = {
      id: String(m.id),
      name: m.name,
      number: m.ext_salesman_number ? ` [${m.ext_salesman_number}]` : '',
      email: m.email,
      role: m.role,
    };
    lines.push(m.status ? t('doctor.member', params) : t('doctor.memberInactive', params));
  }
  return lines.join('\n');
}

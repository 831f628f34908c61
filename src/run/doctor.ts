import type { ConnectionConfig, RuntimeConfig } from '../config/index.js';
import { connect } from '../api/index.js';
import type { Logger } from '../log/index.js';
import type { Database, TeamMember } from '../api/index.js';

export interface DoctorReport {
  baseUrl: string;
  databases: Database[];
  selected: { databaseId?: number; databaseName?: string; teamId?: number };
  teamMembers: TeamMember[];
}

/**
 * Checks, in the order a person would: the address answers, the login works, the databases
 * the user can reach, the chosen database's team token, and its team members. Any failure is a
 * RunError naming the step (the CLI turns it into a message and exit code 1).
 */
export async function runDoctor(
  connection: ConnectionConfig,
  runtime: RuntimeConfig,
  logger: Logger,
): Promise<DoctorReport> {
  const { client } = connect(connection, runtime, logger);
  const session = await client.session();
  const databases = connection.token && !connection.username ? [] : await client.listDatabases();
  const teamMembers: TeamMember[] = [];
  for await (const member of client.teams.iterate({}, { limit: 1000 })) teamMembers.push(member);
  return {
    baseUrl: connection.baseUrl,
    databases,
    selected: { databaseId: session.databaseId, databaseName: session.databaseName, teamId: session.teamId },
    teamMembers,
  };
}

/**
 * The reference indexes of a run, each built by paging its list once (100 a page) — never a lookup
 * per row. Only slim entries are kept: memory follows the number of records on the server, not the
 * size of the file.
 */
import type { SalesManiaClient } from '../api/index.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import { CustomerIndex } from './customers.js';
import { ProductIndex } from './products.js';
import { TeamIndex } from './teams.js';

export interface References {
  customers: CustomerIndex;
  /** Present when asked for (orders). */
  products?: ProductIndex;
  /** Present when asked for (a file with a team member column). */
  teams?: TeamIndex;
}

const PAGE = { perPage: 100 };

export async function loadReferences(
  client: SalesManiaClient,
  needs: { products?: boolean; teams?: boolean },
  logger: Logger,
): Promise<References> {
  logger.info(t('log.readingReferences'));
  const customers = new CustomerIndex();
  const products = needs.products ? new ProductIndex() : undefined;
  const teams = needs.teams ? new TeamIndex() : undefined;
  await Promise.all([
    (async () => {
      for await (const c of client.customers.iterate({}, PAGE)) customers.add(c);
    })(),
    (async () => {
      if (products) for await (const p of client.products.iterate({}, PAGE)) products.add(p);
    })(),
    (async () => {
      if (teams) for await (const m of client.teams.iterate({}, PAGE)) teams.add(m);
    })(),
  ]);
  logger.info(
    { customers: customers.size, products: products?.size, teamMembers: teams?.size },
    t('log.referencesReady'),
  );
  return { customers, products, teams };
}

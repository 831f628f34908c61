import { Argument, InvalidArgumentError } from 'commander';

/**
 * The `<entity>` argument of import, validate, plan, template and export. People type the word they
 * think in — `customer`, `pelanggan`, `Pesanan` — so the singular and the Indonesian names (any case)
 * stand for the entity they name; anything else is refused with the allowed names, as `.choices()`
 * alone would (same message shape, so `localize-usage.ts` translates it). The help keeps listing the
 * canonical names only.
 */
const ALIASES: Readonly<Record<string, string>> = {
  customer: 'customers',
  pelanggan: 'customers',
  product: 'products',
  produk: 'products',
  barang: 'products',
  visit: 'visits',
  kunjungan: 'visits',
  order: 'orders',
  pesanan: 'orders',
  team: 'teams',
  tim: 'teams',
};

export function entityArgument(description: string, entities: readonly string[]): Argument {
  return new Argument('<entity>', description).choices(entities).argParser((value: string) => {
    const word = value.trim().toLowerCase();
    const entity = entities.includes(word) ? word : ALIASES[word];
    if (entity !== undefined && entities.includes(entity)) return entity;
    throw new InvalidArgumentError(`Allowed choices are ${entities.join(', ')}.`);
  });
}

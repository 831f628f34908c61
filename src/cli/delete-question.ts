/**
 * The words of the typed-count questions in front of a delete and an undo (docs/GUARDS.md): one
 * whole sentence per entity and language ("Hapus 2 pelanggan dari SalesMania? Ketik 2 …"), never the
 * entity's English table name glued into "2 data (customers)" (docs/I18N.md). An entity without a
 * sentence of its own (none today) keeps the general one.
 */
import type { MessageKey } from '../i18n/index.js';

type Entity = 'customers' | 'products' | 'visits' | 'orders';

const ENTITIES: readonly string[] = ['customers', 'products', 'visits', 'orders'] satisfies Entity[];

function known(entity: string): entity is Entity {
  return ENTITIES.includes(entity);
}

export function deletePromptKey(entity: string): MessageKey {
  return known(entity) ? `values.deletePrompt.${entity}` : 'guards.deletePrompt';
}

export function undoPromptKey(entity: string): MessageKey {
  return known(entity) ? `values.undoPrompt.${entity}` : 'confirm.undoPrompt';
}

export function undoNeedsYesKey(entity: string): MessageKey {
  return known(entity) ? `values.undoNeedsYes.${entity}` : 'confirm.undoNeedsYes';
}

/** Indonesian messages about a journal another live run holds: same keys and placeholders as `en-runlock.ts`. */
import type { enRunLock } from './en-runlock.js';

export const idRunLock: Record<keyof typeof enRunLock, string> = {
  busy: 'proses lain sedang memakai {{journal}} sejak {{since, datetime(dateStyle: long; timeStyle: medium)}} (proses {{pid}} di {{host}}); tidak ada yang dikirim. Tunggu sampai proses itu selesai, atau hentikan proses itu (Ctrl-C di jendelanya). Hanya setelah proses itu tidak berjalan lagi, --resume akan melanjutkan prosesnya',
};

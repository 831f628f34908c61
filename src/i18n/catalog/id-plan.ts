/** Indonesian messages of `plan` and `apply` (docs/PLAN.md). */
import type { enPlan } from './en-plan.js';
import type { CatalogShape } from './shape.js';

export const idPlan: CatalogShape<typeof enPlan> = {
  action: {
    create: 'buat [create]',
    update: 'perbarui [update]',
    unchanged: 'tidak berubah [unchanged]',
    delete: 'hapus [delete]',
    skip: 'lewati [skip]',
    invalid: 'tidak valid [invalid]',
  },
  summaryActions: 'yang akan dilakukan rencana ini',
  file: 'sheet rencana: {{path}}',
  companion: 'rencana untuk apply: {{path}}',
  next: 'tidak ada yang dikirim. Periksa sheet rencana, lalu: salesmania-bulk apply {{path}}',
  empty: '(kosong)',
  before: 'sebelumnya: {{value}}',
  conflict: {
    notPlanned: 'rencana tidak memuat baris ini (sekarang baris ini akan: {{now}}); tidak dikirim',
    gone: 'data {{id}} tidak lagi ada di server seperti saat rencana dibuat; tidak dikirim (buat rencana baru)',
    changed:
      'data {{id}} telah diubah di server sejak rencana dibuat ({{fields}}); dibiarkan apa adanya (--force menimpanya)',
    action:
      'menurut rencana: {{planned}}, tetapi sekarang baris ini akan: {{now}}; tidak dikirim (buat rencana baru)',
  },
  notFound:
    'tidak ada rencana di {{path}}: apply membaca file .plan.json yang ditulis plan di samping sheet rencana',
  unreadable:
    '{{path}} bukan rencana yang ditulis oleh salesmania-bulk plan ({{reason}}); tidak ada yang dikirim',
  inputMissing: 'file sumber rencana tidak ada di {{file}}; tidak ada yang dikirim',
  inputChanged:
    '{{file}} telah berubah sejak rencana dibuat (ukuran atau SHA-256 berbeda); tidak ada yang dikirim. Buat rencana baru',
  mappingChanged:
    'mapping {{mapping}} berbeda dengan mapping saat rencana dibuat; tidak ada yang dikirim. Buat rencana baru',
  optionChanged:
    '{{option}} di sini bernilai {{now}}, tetapi rencana dibuat dengan {{planned}}; tidak ada yang dikirim. Buat rencana baru, atau jalankan apply dengan opsi yang sama',
};

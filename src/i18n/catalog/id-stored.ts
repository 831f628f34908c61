/**
 * Indonesian messages of values SalesMania itself holds that our checks would refuse (see en-stored.ts).
 */
import type { enStored } from './en-stored.js';
import type { CatalogShape } from './shape.js';

export const idStored: CatalogShape<typeof enStored> = {
  phone:
    '{{value}} tersimpan di SalesMania sebagai nomor telepon, tetapi bukan nomor telepon yang valid: dibiarkan apa adanya, tidak dikirim. Perbaiki (angka saja) bila sempat',
  validate:
    '{{value}} bukan nomor telepon; pembaruan hanya menerimanya bila sama dengan nomor yang sudah tersimpan di SalesMania (hasil ekspor yang diimpor kembali), selain itu baris ditolak',
};

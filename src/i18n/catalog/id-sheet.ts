/** Indonesian messages about rows that are not plain records: same keys and placeholders as `en-sheet.ts`. */
import type { enSheet } from './en-sheet.js';
import type { CatalogShape } from './shape.js';

export const idSheet: CatalogShape<typeof enSheet> = {
  totalRow: 'tampaknya baris total, bukan data: tidak diimpor',
  hiddenRow:
    'baris ini disembunyikan di workbook (atau tersaring); baris ini tetap diimpor seperti yang lain',
  hiddenRows_one:
    'baris {{rows}} disembunyikan di workbook (atau tersaring); baris itu tetap diimpor seperti yang lain — hapus dari sheet bila tidak boleh diimpor',
  hiddenRows_other:
    'baris {{rows}} disembunyikan di workbook (atau tersaring); baris-baris itu tetap diimpor seperti yang lain — hapus dari sheet bila tidak boleh diimpor',
  hiddenRowsMore: '{{shown}} dan {{count, number}} lainnya',
  garbledBom:
    'header pertama diawali "ï»¿", tanda UTF-8 yang dibaca dengan set karakter yang salah: dibaca sebagai "{{header}}"; periksa teksnya untuk huruf yang rusak (Ã©, â€™)',
  garbled:
    '"{{value}}" tampaknya rusak karena set karakter yang salah (mungkin maksudnya "{{probably}}"): tidak dikirim; perbaiki sel itu, atau buka file lagi sebagai UTF-8',
  otherSheets:
    '{{error}} Workbook ini memiliki worksheet lain: {{sheets, list}}; pilih salah satunya dengan --sheet.',
  otherSheetFits:
    '{{error}} Worksheet "{{fits}}" memiliki kolom-kolom tersebut: pilih dengan --sheet "{{fits}}".',
};

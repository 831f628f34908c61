/** Indonesian messages of a file with ids imported back: same keys and placeholders as `en-reimport.ts`. */
import type { enReimport } from './en-reimport.js';

export const idReimport: Record<keyof typeof enReimport, string> = {
  idExists:
    'data {{entity}} dengan id {{id}} sudah ada: tidak dibuat lagi. Untuk mengubahnya, impor dengan --mode update atau upsert; untuk membuat salinannya, kosongkan sel id',
  idNotFound:
    'tidak ada data {{entity}} dengan id {{id}}: tidak dibuat, karena baris yang memiliki id menunjuk data yang sudah ada. Kosongkan sel id untuk membuatnya sebagai data baru',
  keyTaken: '{{key}} milik data lain (id {{other}}): data {{id}} akan memilikinya juga; tidak dikirim',
  keyTakenInRun:
    '{{key}} sudah diberikan kepada data {{other}} oleh baris {{row}} dalam proses ini: data {{id}} akan memilikinya juga; tidak dikirim',
  orderExists:
    'pesanan {{id}} sudah ada: tidak dibuat lagi (baris dengan order_id yang sama adalah satu pesanan)',
  orderNotFound:
    'tidak ada pesanan dengan id {{id}}: tidak dibuat, karena baris yang memiliki order_id menunjuk pesanan yang sudah ada. Kosongkan sel order_id untuk membuatnya sebagai pesanan baru',
};

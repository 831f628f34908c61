/** `serve --help` in Indonesian (the English is in src/cli/commands/serve.ts). */
import type { TextTree } from './shape.js';

export const idHelpServe: TextTree = {
  description: 'halaman web: impor, riwayat, ekspor, template, dan koneksi di browser',
  options: {
    port: 'port yang dipakai (0 = port bebas mana pun)',
    host: 'alamat yang dipakai; selain 127.0.0.1 memerlukan SALESMANIA_UI_PASSWORD',
    'data-dir': 'folder untuk unggahan, sheet hasil, jurnal, dan ekspor (bawaan: folder saat ini)',
    'base-path': 'awalan path di belakang reverse proxy, misalnya /bulk',
    jobs: 'file tugas (seperti untuk schedule) yang tugasnya ditampilkan di halaman Ekspor',
    'trust-proxy':
      'di belakang reverse proxy: batasi upaya masuk per alamat yang ditambahkan proxy ke X-Forwarded-For (atau SALESMANIA_TRUST_PROXY=1)',
  },
  after: `
Contoh:
  $ salesmania-bulk serve                                   # http://127.0.0.1:8080/
  $ SALESMANIA_UI_PASSWORD_FILE=/run/secrets/ui salesmania-bulk serve --host 0.0.0.0 --data-dir /data

Alamat selain 127.0.0.1 memerlukan kata sandi halaman (SALESMANIA_UI_PASSWORD atau _FILE). Lihat docs/WEB.md.`,
};

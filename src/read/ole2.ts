import { open } from 'node:fs/promises';
import { readAt } from './file.js';

/**
 * An OLE2 compound file (`D0 CF 11 E0 …`) is either an Excel 97-2003 workbook (.xls) or — surprisingly for
 * users — a password-protected .xlsx: Office wraps the encrypted package in an OLE2 container. The stream
 * names in the container's directory tell which, so the message can say what to do.
 */
export type Ole2Kind = 'encrypted' | 'xls' | 'word' | 'unknown';

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

/** Stream names in the container's directory; empty when the directory cannot be followed. */
export async function ole2StreamNames(path: string): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    const header = await readAt(handle, 0, 512);
    if (header.length < 512) return [];
    const sectorSize = 1 << header.readUInt16LE(0x1e);
    if (sectorSize !== 512 && sectorSize !== 4096) return [];
    const firstDirSector = header.readUInt32LE(0x30);
    // The first 109 FAT sectors are listed in the header; enough for the directory of any file
    // below ~7 MB (512-byte sectors), where encrypted sales sheets live. Bigger: generic message.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const sid = header.readUInt32LE(0x4c + i * 4);
      if (sid > MAX_SECTOR) break;
      fatSectors.push(sid);
    }
    const sectorOffset = (sid: number) => (sid + 1) * sectorSize;
    const fat: number[] = [];
    for (const sid of fatSectors) {
      const sector = await readAt(handle, sectorOffset(sid), sectorSize);
      for (let i = 0; i + 4 <= sector.length; i += 4) fat.push(sector.readUInt32LE(i));
    }
    const names: string[] = [];
    let sid = firstDirSector;
    for (let hops = 0; sid <= MAX_SECTOR && sid !== END_OF_CHAIN && hops < 1000; hops++) {
      const sector = await readAt(handle, sectorOffset(sid), sectorSize);
      for (let at = 0; at + 128 <= sector.length; at += 128) {
        const nameBytes = Math.min(sector.readUInt16LE(at + 0x40), 64);
        if (nameBytes >= 2) names.push(sector.toString('utf16le', at, at + nameBytes - 2));
      }
      sid = sid < fat.length ? fat[sid] : END_OF_CHAIN;
    }
    return names;
  } catch {
    return [];
  } finally {
    await handle.close();
  }
}

export function classifyOle2(names: string[]): Ole2Kind {
  const set = new Set(names);
  if (set.has('EncryptedPackage') || set.has('EncryptionInfo')) return 'encrypted';
  if (set.has('Workbook') || set.has('Book')) return 'xls';
  if (set.has('WordDocument')) return 'word';
  return 'unknown';
}

/**
 * Cell notes of one sheet: the comments part holds their text; the VML drawing is what Excel needs to
 * show them (a sheet with comments but no drawing is reported as damaged). Held in memory until the
 * sheet ends, which is why a sheet's notes are capped (SheetOptions.maxNotes); both parts are then
 * streamed into the zip a note at a time.
 */
import { xmlEncode } from './xlsx-xml.js';
import type { EntryWriter } from './xlsx-zip.js';

interface Note {
  ref: string;
  /** 0-based, for the drawing's anchor. */
  row: number;
  column: number;
  text: string;
}

export class SheetNotes {
  private readonly notes: Note[] = [];

  get size(): number {
    return this.notes.length;
  }

  add(ref: string, row: number, column: number, text: string): void {
    this.notes.push({ ref, row, column, text });
  }

  /**
   * The comments part, note by note into `entry`: a whole part as one string (with the drawing's,
   * ~10 MB for 10,000 notes) was built at the sheet's end, the moment the run peaks (see
   * docs/PERFORMANCE.md, XLSX memory).
   */
  async writeComments(entry: EntryWriter): Promise<void> {
    await entry.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<authors><author>salesmania-bulk</author></authors><commentList>',
    );
    for (const n of this.notes) {
      const written = entry.write(
        `<comment ref="${n.ref}" authorId="0"><text><r><t xml:space="preserve">${xmlEncode(n.text)}</t></r></text></comment>`,
      );
      if (written) await written; // a chunk went out: wait until the part takes more
    }
    await entry.end('</commentList></comments>');
  }

  /**
   * The drawing part, shape by shape into `entry`. `sheetNumber` keeps the shape ids of different
   * sheets apart (Excel requires them unique).
   */
  async writeVml(entry: EntryWriter, sheetNumber: number): Promise<void> {
    await entry.write(
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"' +
        ' xmlns:x="urn:schemas-microsoft-com:office:excel">' +
        `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNumber}"/></o:shapelayout>` +
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    );
    for (let i = 0; i < this.notes.length; i++) {
      const n = this.notes[i];
      const written = entry.write(
        `<v:shape id="_x0000_s${sheetNumber * 1024 + 1 + i}" type="#_x0000_t202"` +
          ' style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:75pt;z-index:1;visibility:hidden"' +
          ' fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>' +
          '<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
          '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
          '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
          `<x:Anchor>${n.column + 1}, 15, ${n.row}, 2, ${n.column + 4}, 15, ${n.row + 5}, 16</x:Anchor>` +
          `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.column}</x:Column></x:ClientData></v:shape>`,
      );
      if (written) await written;
    }
    await entry.end('</xml>');
  }
}

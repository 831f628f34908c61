import yazl from 'yazl';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A ZIP of the given parts (name → XML), deflated, written by yazl. */
export async function zipParts(parts: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(parts)) zip.addBuffer(Buffer.from(data, 'utf8'), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export interface PackageSheet {
  name: string;
  /** A chart sheet has a tab but no cells. */
  chart?: boolean;
  /** The `<sheetData>` content (worksheets only). */
  rows?: string;
}

export interface PackageOptions {
  /** Where the workbook part lies; the other parts lie in its folder. Default `xl/workbook.xml`. */
  workbookPart?: string;
  /** The `date1904` attribute of `<workbookPr>`, as written. */
  date1904?: string;
  /** `<si>` items of the shared-strings part (none: no part). */
  sharedStrings?: string[];
  /** The content of `<numFmts>` and of `<cellXfs>` in the styles part (none: no part). */
  styles?: { numFmts?: string; cellXfs: string };
  /** Names the shared-strings and styles parts in the ZIP differently from the relationships. */
  zipNameCase?: (part: string) => string;
  /** A namespace prefix for every SpreadsheetML element (`x`), as the .NET Open XML SDK writes. */
  prefix?: string;
}

/**
 * A workbook package written part by part, as other programs write them: the workbook found through
 * `_rels/.rels`, optional prefixes, chart sheets, shared strings and styles.
 */
export async function packageXlsx(sheets: PackageSheet[], options: PackageOptions = {}): Promise<Buffer> {
  const workbookPart = options.workbookPart ?? 'xl/workbook.xml';
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const file = workbookPart.slice(folder.length);
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const rename = options.zipNameCase ?? ((part: string) => part);
  const parts: Record<string, string> = {};
  const rels: string[] = [];
  const sheetElements = sheets.map((s, i) => {
    const kind = s.chart ? 'chartsheet' : 'worksheet';
    const target = s.chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL_NS}/${kind}" Target="${target}"/>`);
    parts[rename(folder + target)] = s.chart
      ? `<?xml version="1.0"?><${p}chartsheet ${ns}><${p}sheetView/></${p}chartsheet>`
      : `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${s.rows ?? ''}</${p}sheetData></${p}worksheet>`;
    return `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
  });
  if (options.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts[rename(`${folder}sharedStrings.xml`)] =
      `<?xml version="1.0"?><${p}sst ${ns}>` +
      options.sharedStrings.map((si) => `<${p}si>${si}</${p}si>`).join('') +
      `</${p}sst>`;
  }
  if (options.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`);
    parts[rename(`${folder}styles.xml`)] =
      `<?xml version="1.0"?><${p}styleSheet ${ns}>` +
      (options.styles.numFmts ? `<${p}numFmts>${options.styles.numFmts}</${p}numFmts>` : '') +
      `<${p}cellStyleXfs><${p}xf numFmtId="14"/></${p}cellStyleXfs>` +
      `<${p}cellXfs>${options.styles.cellXfs}</${p}cellXfs></${p}styleSheet>`;
  }
  parts['[Content_Types].xml'] =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>';
  parts['_rels/.rels'] =
    `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="/${workbookPart}"/></Relationships>`;
  parts[workbookPart] =
    `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL_NS}">` +
    (options.date1904 !== undefined ? `<${p}workbookPr date1904="${options.date1904}"/>` : '') +
    `<${p}sheets>${sheetElements.join('')}</${p}sheets></${p}workbook>`;
  parts[`${folder}_rels/${file}.rels`] =
    `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`;
  return zipParts(parts);
}

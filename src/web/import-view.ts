/** The check page's parts: the columns with their drop-downs and the preview grid with invalid cells marked. */
import { html } from 'hono/html';
import type { Inspection, DetectedColumn, PreviewRow } from '../workspace/index.js';
import type { Tr } from './context.js';
import { detectedChoice } from './import-mapping.js';
import { issueCell, issueNote, previewNotice, rowCounts } from './preview-issues.js';

/** A field as the page's language heads it in a template (`Nama Pelanggan`), not its API name. */
function fieldLabel(fields: Inspection['fields'], field: string): string {
  return fields.find((f) => f.field === field)?.label ?? field;
}

export function columnsTable(text: Tr, base: Inspection, mapping: Record<string, string>) {
  const fields = base.fields;
  const select = (column: DetectedColumn, index: number) => {
    const chosen = mapping[column.header] ?? detectedChoice(column);
    return html`<select id="col-${index}" name="col.${index}">
      <option value="" ${chosen === '' ? 'selected' : ''}>${text('web.import.ignore')}</option>
      ${fields.map(
        (f) =>
          html`<option value="${f.field}" ${f.field === chosen ? 'selected' : ''}>
            ${f.label}${f.required ? ' *' : ''}
          </option>`,
      )}
    </select>`;
  };
  return html`<h2>${text('web.import.columns')}</h2>
    <div class="scroll">
      <table class="columns">
        <thead>
          <tr>
            <th scope="col">${text('web.import.header')}</th>
            <th scope="col">${text('web.import.mapsTo')}</th>
          </tr>
        </thead>
        <tbody>
          ${base.columns.map(
            (column, index) =>
              html`<tr>
                <td><label for="col-${index}">${column.rawHeader}</label></td>
                <td>
                  ${select(column, index)}
                  ${
                    column.how === 'suggested' && column.field && mapping[column.header] === undefined
                      ? html`<small class="muted"
                          >${text('web.import.suggested', { field: fieldLabel(fields, column.field) })}</small
                        >`
                      : ''
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function cell(text: Tr, row: PreviewRow, header: string) {
  const issues = row.issues.filter((i) => i.column === header);
  const value = row.cells[header] ?? '';
  if (issues.length === 0) return html`<td>${value}</td>`;
  return issueCell(text, value, issues);
}

export function previewGrid(text: Tr, seen: Inspection) {
  const headers = seen.columns.map((c) => c.header);
  const { errors, warnings } = rowCounts(seen.rows);
  return html`<h2>${text('web.import.preview')}</h2>
    ${
      // A file whose columns do not bind cannot run: its error says so, never "no problems".
      seen.error && errors === 0 && warnings === 0 ? '' : previewNotice(text, errors, warnings)
    }
    <div class="scroll">
      <table class="preview">
        <thead>
          <tr>
            <th scope="col">${text('web.import.row')}</th>
            ${seen.columns.map((c) => html`<th scope="col">${c.rawHeader}</th>`)}
            <th scope="col">${text('web.import.messages')}</th>
          </tr>
        </thead>
        <tbody>
          ${seen.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${String(row.rowNumber)}</th>
                ${headers.map((h) => cell(text, row, h))}
                <td>
                  ${row.issues.filter((i) => !i.column || !headers.includes(i.column)).map((i) => issueNote(text, i))}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

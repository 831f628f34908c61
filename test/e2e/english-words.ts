/**
 * Finds English message words in text that should be Indonesian: codes, quoted values, paths, flags
 * and lists are taken out first, then the words left are looked up (the same list as cli-lang.test.ts).
 */
const ENGLISH = new Set(
  (
    'the and of to is are not for with from this that be or in on by when which was has have will can ' +
    'cannot yes a an as at if it its error usage options option default choices display help command ' +
    'commands row rows column columns required found unknown missing invalid expected got written where ' +
    'what write read only each every allowed argument arguments reachable selected members member team ' +
    'inactive summary duration rate result needing attention stopped meaning rule example also accepted ' +
    'password user set number whole fraction name names damaged open save again retry limit more than ' +
    'split sheets create rejected failed encrypted remove'
  ).split(' '),
);

/** Words that `file`, `sheet` … share with Indonesian spreadsheet talk are not in the list. */
export function englishIn(text: string): string[] {
  const prose = text
    .split('\n')
    .filter((line) => !/\$ salesmania-bulk|^\s+help \[/.test(line))
    .join('\n')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, ' ')
    .split(/\s+/)
    .filter((token) => !/^-|[/.@|_:=]\w/.test(token));
  return prose
    .flatMap((token) => token.toLowerCase().split(/[^\p{L}]+/u))
    .filter((word) => ENGLISH.has(word));
}

/** Words of the Indonesian messages that English text never uses. */
export const INDONESIAN = /\b(Kesalahan|tidak|Anda|baris|kolom|rusak|simpan|melebihi|batas|ditemukan)\b/;

/** The check that Indonesian output holds no English message text (test/e2e/cli-lang.test.ts). */

/**
 * Words of English messages that Indonesian text never uses (`file`, `sheet`, `template`, `database`
 * are Indonesian too; `No` is Nomor in `No HP`; `run` is in `docker run`).
 */
const ENGLISH = new Set(
  (
    'the and of to is are not for with from this that be or in on by when which was has have will can ' +
    'cannot yes a an as at if it its error usage options option default choices display help command ' +
    'commands row rows column columns required found unknown missing invalid expected got written where ' +
    'what write read only each every allowed argument arguments reachable selected members member team ' +
    'inactive summary duration rate result needing attention stopped meaning rule example also accepted ' +
    'password user set number whole fraction name names damaged open save again retry limit more than ' +
    'split rejected failed encrypted remove blank must between record sent digits'
  ).split(' '),
);

/**
 * English words left in a text once what is not prose is taken out: codes and hints in brackets,
 * `<placeholders>`, quoted values, example command lines, flags, paths, e-mail addresses, lists of
 * values such as `trace|debug` or `TRUE/FALSE`.
 */
export function englishIn(text: string): string[] {
  const prose = text
    .split('\n')
    // example command lines, and the `help` command in the list of commands
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

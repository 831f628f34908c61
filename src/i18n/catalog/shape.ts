/**
 * The shape every language's catalog must have: the keys of the English one, each a string.
 * `_one` forms are optional, since Indonesian has one plural form (`_other`) only; test/i18n checks
 * that each language has the plural forms its Intl.PluralRules asks for.
 */
export type CatalogShape<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : CatalogShape<T[K]>;
} & {
  [K in keyof T as K extends `${string}_one` ? K : never]?: string;
};

/** A translation keyed by the place of an English text that lives in code (help, column tables). */
export interface TextTree {
  [key: string]: string | TextTree;
}

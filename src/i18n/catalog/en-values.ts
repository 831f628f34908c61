/**
 * English messages of values a user test found read wrongly or silently (docs/DATES.md, docs/PHONES.md):
 * a date column written month first, phone cells that are no phone number, a repeated visit, the
 * delete question.
 */
export const enValues = {
  date: {
    columnMonthFirst:
      'could be {{dayFirst}} (day first) or {{monthFirst}} (month first), and this column writes the month first (row {{row}}: {{witness}} is a date only month first): not read. If the whole column writes the month first, use --date-format month-first; else write YYYY-MM-DD, got {{value}}',
    columnDayFirst:
      'could be {{monthFirst}} (month first, as --date-format says) or {{dayFirst}} (day first), and this column writes the day first (row {{row}}: {{witness}} is a date only day first): not read. If the whole column writes the day first, use --date-format day-first; else write YYYY-MM-DD, got {{value}}',
  },
  visit: {
    exists:
      'the same visit (on {{date}}, this customer and team member) exists already (id {{id}}): not sent again; --allow-duplicate-visits sends it',
  },
  phone: {
    placeholder:
      '{{value}} is taken as no phone: the cell is treated as blank (nothing sent, a stored phone is kept)',
    noDigits:
      'is not a phone number (no digits), got {{value}}; leave the cell empty (or write -) when there is none',
    letters:
      'is not a phone number: it has letters ({{letters}}); write the number only (+62, leading 0, spaces, dashes and brackets are fine), got {{value}}',
  },
};

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
  order: {
    otherDate:
      'order number {{number}} exists already on {{otherDate}} (order {{id}}), the other reading of this date: check the date; this order was sent for {{date}}',
  },
  visit: {
    exists:
      'the same visit (on {{date}}, this customer and team member) exists already (id {{id}}): not sent again; --allow-duplicate-visits sends it',
  },
  deletePrompt: {
    customers_one:
      'Delete {{count, number}} customer from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
    customers_other:
      'Delete {{count, number}} customers from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
    products_one:
      'Delete {{count, number}} product from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
    products_other:
      'Delete {{count, number}} products from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
    visits_one:
      'Delete {{count, number}} visit from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
    visits_other:
      'Delete {{count, number}} visits from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
    orders_one:
      'Delete {{count, number}} order from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
    orders_other:
      'Delete {{count, number}} orders from SalesMania? Type {{typed}} and press Enter to go on, anything else to stop: ',
  },
  undoPrompt: {
    customers:
      'Undo the changes to customers in SalesMania? {{deletes, number}} deleted, {{recreates, number}} created again, {{restores, number}} set back to their previous values. Type {{typed}} (the customers deleted or created again) and press Enter to go on, anything else to stop: ',
    products:
      'Undo the changes to products in SalesMania? {{deletes, number}} deleted, {{recreates, number}} created again, {{restores, number}} set back to their previous values. Type {{typed}} (the products deleted or created again) and press Enter to go on, anything else to stop: ',
    visits:
      'Undo the changes to visits in SalesMania? {{deletes, number}} deleted, {{recreates, number}} created again, {{restores, number}} set back to their previous values. Type {{typed}} (the visits deleted or created again) and press Enter to go on, anything else to stop: ',
    orders:
      'Undo the changes to orders in SalesMania? {{deletes, number}} deleted, {{cancels, number}} cancelled, {{recreates, number}} created again, {{restores, number}} set back to their previous values. Type {{typed}} (the orders deleted, cancelled or created again) and press Enter to go on, anything else to stop: ',
  },
  undoNeedsYes: {
    customers_one:
      'this undo deletes, cancels or creates again {{count, number}} customer and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
    customers_other:
      'this undo deletes, cancels or creates again {{count, number}} customers and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
    products_one:
      'this undo deletes, cancels or creates again {{count, number}} product and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
    products_other:
      'this undo deletes, cancels or creates again {{count, number}} products and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
    visits_one:
      'this undo deletes, cancels or creates again {{count, number}} visit and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
    visits_other:
      'this undo deletes, cancels or creates again {{count, number}} visits and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
    orders_one:
      'this undo deletes, cancels or creates again {{count, number}} order and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
    orders_other:
      'this undo deletes, cancels or creates again {{count, number}} orders and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
  },
  phone: {
    placeholder:
      '{{value}} is taken as no phone: the cell is treated as blank (nothing sent, a stored phone is kept)',
    noDigits:
      '{{value}} is not a phone number (no digits); leave the cell empty (or write -) when there is none',
    letters:
      '{{value}} is not a phone number: it has letters ({{letters}}); write the number only (+62, leading 0, spaces, dashes and brackets are fine)',
  },
};

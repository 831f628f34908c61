/**
 * English messages of values SalesMania itself holds that our checks would refuse (an export
 * imported back, docs/REIMPORT.md).
 */
export const enStored = {
  phone:
    '{{value}} is the phone SalesMania holds, but it is no valid phone number: kept as it is, not sent. Correct it (numbers only) when you can',
  validate:
    '{{value}} is not a phone number; an update keeps it only when it is the phone SalesMania already holds (an export imported back), otherwise the row is refused',
};

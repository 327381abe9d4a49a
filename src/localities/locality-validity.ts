import { LocalisedText } from '../common/errors/language';

interface Dated {
  fullName: string;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * Why a unit cannot be named by a record dated `on` (YYYY-MM-DD), or undefined when it was in force that
 * day: closed by then (naming the units that replaced it), or not yet established.
 */
export function localityNotInForce(
  locality: Dated,
  on: string,
  successors: readonly { fullName: string }[],
): LocalisedText | undefined {
  if (locality.validTo !== null && locality.validTo < on) {
    const names = successors.map((successor) => successor.fullName).join(', ');
    const closed = `${locality.fullName} không còn tồn tại từ ngày ${dayAfter(locality.validTo)}`;
    const ended = `${locality.fullName} ceased to exist on ${dayAfter(locality.validTo, 'en')}`;
    return names
      ? {
          vi: `${closed}; hãy chọn đơn vị thay thế: ${names}`,
          en: `${ended}; choose a unit that replaced it: ${names}`,
        }
      : { vi: closed, en: ended };
  }
  if (locality.validFrom !== null && locality.validFrom > on) {
    return {
      vi: `${locality.fullName} chỉ có từ ngày ${display(locality.validFrom)}`,
      en: `${locality.fullName} exists only from ${display(locality.validFrom, 'en')}`,
    };
  }
  return undefined;
}

/** The first day a unit valid to `last` no longer existed. */
function dayAfter(last: string, language: 'vi' | 'en' = 'vi'): string {
  const next = new Date(`${last}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return display(next.toISOString().slice(0, 10), language);
}

/** dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English. */
function display(date: string, language: 'vi' | 'en' = 'vi'): string {
  if (language === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

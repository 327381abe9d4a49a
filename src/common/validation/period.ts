import { invalidField } from '../errors/app-error';

/** A validity period [validFrom, validTo] (dates YYYY-MM-DD, either open) must not end before it starts. */
export function checkPeriod(validFrom: string | null | undefined, validTo: string | null | undefined): void {
  if (validFrom && validTo && validTo < validFrom) {
    throw invalidField('validTo', {
      vi: 'không được trước ngày bắt đầu (validFrom)',
      en: 'must not be before validFrom',
    });
  }
}

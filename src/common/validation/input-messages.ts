import { LocalisedText } from '../errors/language';

/** Why a request's input was refused before validation of its fields: the wording, vi first. */
export const INPUT_MESSAGES = {
  tooDeep: {
    vi: 'lồng nhau quá {max} cấp',
    en: 'is nested more than {max} levels deep',
  },
  forbiddenKey: {
    vi: 'là tên trường không được phép',
    en: 'is not an allowed field name',
  },
  controlCharacters: {
    vi: 'chứa ký tự điều khiển hoặc ký tự không hợp lệ',
    en: 'contains control or invalid characters',
  },
  numberOutOfRange: {
    vi: 'phải nằm trong khoảng từ {min} đến {max}',
    en: 'must be from {min} to {max}',
  },
  notAnId: {
    vi: 'phải là số nguyên dương viết ở hệ thập phân (1 đến {max})',
    en: 'must be a positive whole number written in decimal (1 to {max})',
  },
} satisfies Record<string, LocalisedText>;

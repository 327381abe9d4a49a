import { dictionary } from '@zxcvbn-ts/language-common';
import { LocalisedText } from '../common/errors/language';

export const PASSWORD_MIN_LENGTH = 8;
/** Long passphrases are welcome; the bound only keeps hashing cheap. */
export const PASSWORD_MAX_LENGTH = 256;

/** Common choices in Vietnam and in this programme, beyond the international list. */
const LOCAL_COMMON = [
  'matkhau1',
  'matkhau123',
  'anhyeuem',
  'anhyeuem123',
  'emyeuanh',
  'vietnam123',
  'quangninh',
  'halongbay',
  'tinhdoan',
  'thanhnien',
  'thieunhi',
];

let common: Set<string> | undefined;

/** The most common passwords (zxcvbn's list of about 50,000), compared without case. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    [...dictionary['passwords-common'], ...LOCAL_COMMON].map((password) => password.toLowerCase()),
  );
  return common;
}

/**
 * Why a new password is refused, or undefined when it is acceptable. Length is checked by the DTO; there are
 * no composition rules (NIST SP 800-63B): only common passwords and the account's own e-mail are refused.
 */
export function passwordWeakness(password: string, email: string): LocalisedText | undefined {
  const lowered = password.toLowerCase();
  if (commonPasswords().has(lowered)) {
    return {
      vi: 'quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
      en: 'is too common and easily guessed; choose another',
    };
  }
  if (lowered === email.toLowerCase() || lowered === email.toLowerCase().split('@')[0]) {
    return { vi: 'không được trùng với email', en: 'must not be the e-mail address' };
  }
  return undefined;
}

import { passwordWeakness } from './password-policy';

const TOO_COMMON = {
  vi: 'quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
  en: 'is too common and easily guessed; choose another',
};
const IS_EMAIL = { vi: 'không được trùng với email', en: 'must not be the e-mail address' };
const EMAIL = 'hoa.nguyen@example.vn';

describe('passwordWeakness', () => {
  // Each of these was checked to be in @zxcvbn-ts/language-common's passwords-common (lower-cased).
  it.each(['password', 'Password1', 'PASSWORD', '12345678', 'iloveyou', 'qwertyuiop', 'sunshine'])(
    'refuses the common password %s, whatever its case',
    (password) => {
      expect(passwordWeakness(password, EMAIL)).toEqual(TOO_COMMON);
    },
  );

  it.each(['matkhau123', 'MatKhau123', 'anhyeuem123', 'vietnam123', 'quangninh', 'HalongBay', 'tinhdoan'])(
    'refuses the password %s, common in Vietnam or in this programme',
    (password) => {
      expect(passwordWeakness(password, EMAIL)).toEqual(TOO_COMMON);
    },
  );

  it('refuses the account’s e-mail address, whatever its case', () => {
    expect(passwordWeakness('hoa.nguyen@example.vn', EMAIL)).toEqual(IS_EMAIL);
    expect(passwordWeakness('Hoa.Nguyen@Example.VN', EMAIL)).toEqual(IS_EMAIL);
    expect(passwordWeakness('hoa.nguyen@example.vn', 'Hoa.Nguyen@example.vn')).toEqual(IS_EMAIL);
  });

  it('refuses the local part of the account’s e-mail address', () => {
    expect(passwordWeakness('hoa.nguyen', EMAIL)).toEqual(IS_EMAIL);
    expect(passwordWeakness('HOA.NGUYEN', EMAIL)).toEqual(IS_EMAIL);
    expect(passwordWeakness('hoa.nguyen', 'Hoa.Nguyen@Example.VN')).toEqual(IS_EMAIL);
  });

  it('accepts another account’s e-mail address', () => {
    expect(passwordWeakness('hoa.nguyen@example.vn', 'minh.tran@example.vn')).toBeUndefined();
  });

  it('accepts a long passphrase with spaces and diacritics', () => {
    expect(passwordWeakness('Hạ Long bay at dawn 2019', EMAIL)).toBeUndefined();
  });

  it('accepts a random string', () => {
    expect(passwordWeakness('t8Kp2wVq9LmZ', EMAIL)).toBeUndefined();
  });

  it('imposes no composition rules: an uncommon lower-case-only password is accepted', () => {
    // Checked not to be in passwords-common.
    expect(passwordWeakness('abcdefghij', EMAIL)).toBeUndefined();
  });
});

import { getMetadataStorage, ValidationError } from 'class-validator';
import { format, LocalisedText } from '../errors/language';

/**
 * Vietnamese and English wording of class-validator's constraints, with `{0}`, `{1}` standing for the
 * constraint's arguments (as declared on the DTO). Messages describe the field; the path names it.
 */
const MESSAGES: Record<string, LocalisedText> = {
  isDefined: { vi: 'là bắt buộc', en: 'is required' },
  isNotEmpty: { vi: 'không được để trống', en: 'must not be empty' },
  isString: { vi: 'phải là chuỗi ký tự', en: 'must be a string' },
  isInt: { vi: 'phải là số nguyên', en: 'must be a whole number' },
  isNumber: { vi: 'phải là số', en: 'must be a number' },
  isNumberString: { vi: 'phải là số', en: 'must be a number' },
  isDecimal: { vi: 'phải là số thập phân', en: 'must be a decimal number' },
  isPositive: { vi: 'phải là số dương', en: 'must be a positive number' },
  isBoolean: { vi: 'phải là true hoặc false', en: 'must be true or false' },
  isEmail: { vi: 'phải là địa chỉ email hợp lệ', en: 'must be a valid e-mail address' },
  isDateString: { vi: 'phải là ngày theo dạng YYYY-MM-DD', en: 'must be a date written YYYY-MM-DD' },
  isISO8601: { vi: 'phải là ngày giờ theo chuẩn ISO 8601', en: 'must be an ISO 8601 date and time' },
  isDateOnly: {
    vi: 'phải là ngày có thật, viết theo dạng YYYY-MM-DD',
    en: 'must be a real date written YYYY-MM-DD',
  },
  isDecimalString: {
    vi: 'phải là số thập phân không âm, dùng dấu chấm, tối đa {0} chữ số sau dấu chấm',
    en: 'must be a non-negative decimal number with a dot and at most {0} decimal places',
  },
  isArray: { vi: 'phải là một danh sách', en: 'must be a list' },
  isObject: { vi: 'phải là một đối tượng', en: 'must be an object' },
  nestedValidation: { vi: 'phải là một đối tượng', en: 'must be an object' },
  min: { vi: 'phải lớn hơn hoặc bằng {0}', en: 'must be at least {0}' },
  max: { vi: 'phải nhỏ hơn hoặc bằng {0}', en: 'must be at most {0}' },
  minLength: { vi: 'phải có ít nhất {0} ký tự', en: 'must be at least {0} characters long' },
  maxLength: { vi: 'không được dài quá {0} ký tự', en: 'must be at most {0} characters long' },
  arrayMinSize: { vi: 'phải có ít nhất {0} phần tử', en: 'must have at least {0} items' },
  arrayMaxSize: { vi: 'không được có quá {0} phần tử', en: 'must have at most {0} items' },
  arrayUnique: { vi: 'không được có phần tử trùng nhau', en: 'must not repeat an item' },
  isIn: { vi: 'phải là một trong các giá trị: {0}', en: 'must be one of: {0}' },
  isEnum: { vi: 'phải là một trong các giá trị: {1}', en: 'must be one of: {1}' },
  matches: { vi: 'không đúng định dạng', en: 'has an invalid format' },
  whitelistValidation: { vi: 'không phải là trường được phép', en: 'is not an allowed field' },
};

const FALLBACK: LocalisedText = { vi: 'không hợp lệ', en: 'is not valid' };

/** The wording of one failed constraint of `error`, in both languages. */
export function constraintMessage(
  error: ValidationError,
  constraint: string,
  defaultMessage: string,
): LocalisedText {
  const template = MESSAGES[constraint];
  if (!template) {
    // A constraint we have no wording for: keep class-validator's English, minus the leading property name.
    const english = defaultMessage.startsWith(`${error.property} `)
      ? defaultMessage.slice(error.property.length + 1)
      : defaultMessage;
    return { vi: FALLBACK.vi, en: english || FALLBACK.en };
  }
  const args = constraintArguments(error, constraint);
  const params = (language: 'vi' | 'en') =>
    Object.fromEntries(args.map((arg, i) => [i, describe(arg, language)]));
  return { vi: format(template.vi, params('vi')), en: format(template.en, params('en')) };
}

/** The arguments the DTO declared for a constraint, read from class-validator's metadata. */
function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === constraint);
  return metadata?.constraints ?? [];
}

/** An argument as the message's reader writes it: Vietnamese puts a comma before decimals (0,1). */
function describe(arg: unknown, language: 'vi' | 'en'): string {
  if (Array.isArray(arg)) return arg.join(', ');
  if (arg instanceof RegExp) return arg.source;
  if (typeof arg === 'number' && language === 'vi') return String(arg).replace('.', ',');
  return String(arg);
}

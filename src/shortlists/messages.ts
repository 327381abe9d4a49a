import type { LocalisedText } from '../common/errors/language';

// The shortlists' user-facing texts (vi first, en).

export const MESSAGES = {
  bandsOverlap: { vi: 'các nhóm tuổi không được chồng lên nhau', en: 'age bands must not overlap' },
  bandReversed: { vi: 'tuổi nhỏ nhất không được lớn hơn tuổi lớn nhất', en: 'min must not be above max' },
  periodReversed: { vi: 'không được trước ngày bắt đầu (from)', en: 'must not be before from' },
  programmeEndsEarly: { vi: 'không được trước ngày bắt đầu', en: 'must not be before the start date' },
  unknownDiscipline: { vi: 'có bộ môn không tồn tại', en: 'names a discipline that does not exist' },
  unknownLocality: { vi: 'có địa bàn không tồn tại', en: 'names a locality that does not exist' },
  noOrganisation: {
    vi: 'cần chỉ rõ đơn vị yêu cầu',
    en: 'name the requesting unit',
  },
  notCompleted: {
    vi: 'Danh sách chưa dựng xong.',
    en: 'The shortlist is not built yet.',
  },
  notCandidate: {
    vi: 'Em này không có trong danh sách.',
    en: 'The child is not a candidate of this shortlist.',
  },
  buildFailed: {
    vi: 'Không dựng được danh sách sau nhiều lần thử do lỗi đọc hoặc ghi dữ liệu. Hãy yêu cầu dựng lại.',
    en: 'The shortlist could not be built after several attempts (a data read or write failed). Request a rebuild.',
  },
  programmeClubNotPalace: {
    vi: 'phải là một câu lạc bộ của đơn vị bạn quản lý',
    en: 'must be a club of a unit you manage',
  },
  programmeDiscipline: {
    vi: 'phải là bộ môn của câu lạc bộ hoặc lĩnh vực chứa nó',
    en: 'must be the club’s discipline or its field',
  },
  enrolCapacity: { vi: 'chương trình đã đủ chỗ', en: 'the programme is full' },
  enrolConsent: { vi: 'chưa có sự đồng ý cần thiết', en: 'the required consent is not on record' },
  enrolNotAccepted: {
    vi: 'chưa được chấp nhận trong một danh sách tài năng',
    en: 'is not an accepted candidate of a shortlist',
  },
  enrolAlready: { vi: 'đã được ghi danh', en: 'is enrolled already' },
} satisfies Record<string, LocalisedText>;

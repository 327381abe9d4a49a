import { LocalisedText } from './language';

/** Every kind of error the API answers with: its status, title and default detail in both languages. */
export const ERROR_CODES = {
  validation_failed: {
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request data' },
    detail: { vi: 'Có {count} lỗi trong dữ liệu gửi lên.', en: 'The request has {count} invalid field(s).' },
  },
  bad_request: {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    detail: { vi: 'Không đọc được yêu cầu.', en: 'The request could not be understood.' },
  },
  invalid_file: {
    status: 400,
    title: { vi: 'Tệp không dùng được', en: 'Unusable file' },
    detail: { vi: 'Tệp không đọc được.', en: 'The file cannot be read.' },
  },
  unauthorized: {
    status: 401,
    title: { vi: 'Chưa đăng nhập', en: 'Authentication required' },
    detail: { vi: 'Cần đăng nhập để thực hiện thao tác này.', en: 'Sign in to do this.' },
  },
  invalid_credentials: {
    status: 401,
    title: { vi: 'Sai thông tin đăng nhập', en: 'Invalid credentials' },
    detail: { vi: 'Email hoặc mật khẩu không đúng.', en: 'The e-mail or the password is wrong.' },
  },
  invalid_token: {
    status: 401,
    title: { vi: 'Phiên đăng nhập không hợp lệ', en: 'Invalid token' },
    detail: {
      vi: 'Mã đăng nhập không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Hãy đăng nhập lại.',
      en: 'The token is invalid, expired or revoked. Sign in again.',
    },
  },
  forbidden: {
    status: 403,
    title: { vi: 'Không có quyền', en: 'Forbidden' },
    detail: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  },
  not_found: {
    status: 404,
    title: { vi: 'Không tìm thấy', en: 'Not found' },
    detail: { vi: 'Không tìm thấy tài nguyên được yêu cầu.', en: 'The requested resource does not exist.' },
  },
  method_not_allowed: {
    status: 405,
    title: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
    detail: {
      vi: 'Đường dẫn này không hỗ trợ phương thức đã dùng.',
      en: 'This path does not accept that method.',
    },
  },
  conflict: {
    status: 409,
    title: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
    detail: {
      vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại rồi thử lại.',
      en: 'Someone else changed this record. Reload it and try again.',
    },
  },
  duplicate_participant: {
    status: 409,
    title: { vi: 'Có thể đã có người này', en: 'Possible duplicate' },
    detail: {
      vi: 'Đã có người cùng họ tên và ngày sinh (mã {existingId}). Nếu đây là người khác, gửi lại với "allowDuplicate": true.',
      en: 'Someone with the same name and date of birth exists (id {existingId}). If this is another person, send again with "allowDuplicate": true.',
    },
  },
  consent_missing: {
    status: 409,
    title: { vi: 'Chưa có sự đồng ý cần thiết', en: 'Consent missing' },
    detail: { vi: 'Còn thiếu: {missing}.', en: 'Missing: {missing}.' },
  },
  invalid_state: {
    status: 409,
    title: { vi: 'Không thực hiện được ở trạng thái hiện tại', en: 'Not allowed in the current state' },
    detail: {
      vi: 'Thao tác này không thực hiện được ở trạng thái hiện tại.',
      en: 'This cannot be done in the current state.',
    },
  },
  not_ready: {
    status: 409,
    title: { vi: 'Chưa đủ điều kiện', en: 'Not ready' },
    detail: {
      vi: 'Chưa đủ điều kiện: {count} việc còn dang dở (xem "blockers").',
      en: 'Not ready yet: {count} thing(s) outstanding (see "blockers").',
    },
  },
  enrolment_refused: {
    status: 409,
    title: { vi: 'Không ghi danh được', en: 'Enrolment refused' },
    detail: {
      vi: 'Không ai được ghi danh: {count} em không đủ điều kiện (xem từng em).',
      en: 'Nobody was enrolled: {count} child(ren) cannot be (see each).',
    },
  },
  idempotency_key_reused: {
    status: 422,
    title: { vi: 'Khóa Idempotency-Key đã được dùng', en: 'Idempotency-Key reused' },
    detail: {
      vi: 'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác. Hãy dùng khóa mới cho mỗi yêu cầu mới.',
      en: 'This Idempotency-Key was used for another request. Use a new key for each new request.',
    },
  },
  payload_too_large: {
    status: 413,
    title: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' },
    detail: {
      vi: 'Dữ liệu gửi lên vượt quá giới hạn cho phép.',
      en: 'The request body exceeds the allowed size.',
    },
  },
  unsupported_media_type: {
    status: 415,
    title: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
    detail: { vi: 'Hãy gửi dữ liệu dạng application/json.', en: 'Send the body as application/json.' },
  },
  too_many_requests: {
    status: 429,
    title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
    detail: { vi: 'Vui lòng chờ một lát rồi thử lại.', en: 'Wait a moment and try again.' },
  },
  internal_error: {
    status: 500,
    title: { vi: 'Lỗi hệ thống', en: 'Internal server error' },
    detail: {
      vi: 'Đã xảy ra lỗi không mong muốn. Mã yêu cầu: {requestId}.',
      en: 'An unexpected error occurred. Request id: {requestId}.',
    },
  },
  service_unavailable: {
    status: 503,
    title: { vi: 'Dịch vụ tạm thời không khả dụng', en: 'Service temporarily unavailable' },
    detail: {
      vi: 'Không kết nối được {dependency}. Không có dữ liệu nào bị ghi; vui lòng thử lại sau.',
      en: 'The {dependency} cannot be reached. Nothing was written; please try again shortly.',
    },
  },
} satisfies Record<string, { status: number; title: LocalisedText; detail: LocalisedText }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The code for a bare HTTP status (one raised by the framework rather than by our code). */
export function codeForStatus(status: number): ErrorCode {
  return GENERIC_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}

const GENERIC_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

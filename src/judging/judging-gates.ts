import { AppError } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { RoundContext } from '../competition/competition-access';
import { EventState } from '../competition/entities/event.entity';

/**
 * The states of an event and a round in which each judging write is allowed (docs: "State gates"). Each
 * refusal says what the state is and what to do instead.
 */
const EVENT_STATE_NAMES: Record<EventState, LocalisedText> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  open: { vi: 'đang nhận đăng ký', en: 'open for entries' },
  judging: { vi: 'đang chấm thi', en: 'judging' },
  published: { vi: 'đã công bố kết quả', en: 'results published' },
  archived: { vi: 'đã lưu trữ', en: 'archived' },
};

export function requireEventState(context: RoundContext, allowed: EventState[], what: LocalisedText): void {
  const state = context.event.state;
  if (allowed.includes(state)) return;
  const names = (language: 'vi' | 'en') => allowed.map((s) => EVENT_STATE_NAMES[s][language]).join(' / ');
  throw new AppError('invalid_state', {
    detail: {
      vi: `Không thể ${what.vi}: hội thi đang ở trạng thái "${EVENT_STATE_NAMES[state].vi}" (cần: ${names('vi')}).`,
      en: `Cannot ${what.en}: the event is ${EVENT_STATE_NAMES[state].en} (needs: ${names('en')}).`,
    },
    extensions: { eventState: state, allowedEventStates: allowed },
  });
}

export function requireRoundOpen(context: RoundContext, what: LocalisedText): void {
  if (context.round.state === 'open') return;
  throw new AppError('invalid_state', {
    detail: {
      vi: `Không thể ${what.vi}: vòng thi đã khóa. Sau khi khóa, chỉ ban tổ chức thay đổi điểm bằng đính chính có lý do.`,
      en: `Cannot ${what.en}: the round is locked. After the lock, only organisers change marks, by a correction with a reason.`,
    },
    extensions: { roundState: context.round.state },
  });
}

export function requireRoundLocked(context: RoundContext, what: LocalisedText): void {
  if (context.round.state === 'locked') return;
  throw new AppError('invalid_state', {
    detail: {
      vi: `Không thể ${what.vi}: vòng thi chưa khóa. Trước khi khóa, giám khảo tự sửa điểm của mình (hoặc ban tổ chức mở lại phiếu chấm).`,
      en: `Cannot ${what.en}: the round is not locked yet. Before the lock, judges change their own marks (or an organiser reopens their sheet).`,
    },
    extensions: { roundState: context.round.state },
  });
}

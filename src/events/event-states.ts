import { EventState } from '../competition/entities/event.entity';

/**
 * The event's life: draft → open for entries → judging → results published → archived. Two steps back are
 * allowed while nothing depends on them: closing entries again (no entry yet) and reopening entries (no score yet).
 */
export const EVENT_TRANSITIONS: Record<EventState, readonly EventState[]> = {
  draft: ['open'],
  open: ['draft', 'judging'],
  judging: ['open', 'published'],
  published: ['archived'],
  archived: [],
};

export function canTransition(from: EventState, to: EventState): boolean {
  return EVENT_TRANSITIONS[from].includes(to);
}

/** States in which the organisers may still shape the event: categories while entries are open, rounds until results. */
export const CATEGORY_EDITABLE: readonly EventState[] = ['draft', 'open'];
export const ROUND_EDITABLE: readonly EventState[] = ['draft', 'open', 'judging'];
export const ENTRIES_OPEN: readonly EventState[] = ['open'];

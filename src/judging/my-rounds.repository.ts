import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PanelRole } from '../competition/entities/panel-member.entity';

export interface MyRoundRow {
  roundId: number;
  roundName: string;
  position: number;
  roundState: string;
  categoryId: number;
  categoryName: string;
  eventId: number;
  eventName: string;
  venue: string | null;
  startDate: string;
  endDate: string;
  panelRole: PanelRole;
  absent: boolean;
  submittedAt: Date | null;
  /** Entries in the round the user marks: active and not recused (as round-materials.ts selects them). */
  entriesOwed: number;
  criteria: number;
  /** The user's own marks in the round. */
  filled: number;
}

interface RawRow {
  round_id: number;
  round_name: string;
  position: number;
  round_state: string;
  category_id: number;
  category_name: string;
  event_id: number;
  event_name: string;
  venue: string | null;
  start_date: string;
  end_date: string;
  role: PanelRole;
  absent: number;
  submitted_at: Date | null;
  criteria: number | string;
  entries_owed: number | string;
  filled: number | string;
}

/** The rounds whose panel lists a user, with what their sheet owes: one query, whatever their number. */
@Injectable()
export class MyRoundsRepository {
  async forUser(manager: EntityManager, userId: number): Promise<MyRoundRow[]> {
    const rows = await manager.query<RawRow[]>(
      `SELECT r.id AS round_id, r.name AS round_name, r.position, r.state AS round_state,
              c.id AS category_id, c.name AS category_name, e.id AS event_id, e.name AS event_name, e.venue,
              DATE_FORMAT(e.start_date, '%Y-%m-%d') AS start_date, DATE_FORMAT(e.end_date, '%Y-%m-%d') AS end_date,
              pm.role, pm.absent, pm.submitted_at, JSON_LENGTH(r.criteria) AS criteria,
              (SELECT COUNT(*) FROM entries en
                WHERE en.category_id = c.id AND en.state = 'active'
                  -- The first round takes the category's entries; later ones those advanced into them.
                  AND (r.position = 1 OR en.id IN (SELECT re.entry_id FROM round_entries re WHERE re.round_id = r.id))
                  AND NOT EXISTS (SELECT 1 FROM entry_members em
                                    JOIN panel_conflicts pc ON pc.participant_id = em.participant_id
                                   WHERE em.entry_id = en.id AND pc.round_id = r.id AND pc.user_id = pm.user_id)
              ) AS entries_owed,
              (SELECT COUNT(*) FROM scores s WHERE s.round_id = r.id AND s.judge_id = pm.user_id) AS filled
         FROM panel_members pm
         JOIN rounds r ON r.id = pm.round_id
         JOIN categories c ON c.id = r.category_id
         JOIN events e ON e.id = c.event_id
        WHERE pm.user_id = ?
        ORDER BY e.start_date DESC, e.id, c.id, r.position`,
      [userId],
    );
    return rows.map((row) => ({
      roundId: row.round_id,
      roundName: row.round_name,
      position: row.position,
      roundState: row.round_state,
      categoryId: row.category_id,
      categoryName: row.category_name,
      eventId: row.event_id,
      eventName: row.event_name,
      venue: row.venue,
      startDate: row.start_date,
      endDate: row.end_date,
      panelRole: row.role,
      absent: Boolean(row.absent),
      submittedAt: row.submitted_at,
      // COUNT(*) comes back as a string from mysql2 (a BIGINT).
      entriesOwed: Number(row.entries_owed),
      criteria: Number(row.criteria),
      filled: Number(row.filled),
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferenceKind } from './references';

/**
 * Where a named record sits: the organisations it belongs to, whether the caller coaches it, and whether it
 * is pooled (a judge granted the role province-wide by an admin: any unit's organisers may name them).
 */
export interface ReferenceOwner {
  paths: string[];
  coached: boolean;
  pooled: boolean;
}

/**
 * One query per kind for all the ids a request names. Shared reference data has no owner: a found id maps to
 * no paths. An id absent from the answer does not exist.
 */
@Injectable()
export class ReferencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async owners(kind: ReferenceKind, ids: number[], userId: number): Promise<Map<number, ReferenceOwner>> {
    const rows = await this.dataSource.query<
      { id: number; path: string | null; coached: number; pooled: number }[]
    >(QUERIES[kind], kind === 'participant' || kind === 'club' ? [userId, ids] : [ids]);
    const owners = new Map<number, ReferenceOwner>();
    for (const row of rows) {
      const owner = owners.get(Number(row.id)) ?? { paths: [], coached: false, pooled: false };
      if (row.path) owner.paths.push(row.path);
      owner.coached ||= Number(row.coached) === 1;
      owner.pooled ||= Number(row.pooled) === 1;
      owners.set(Number(row.id), owner);
    }
    return owners;
  }
}

const QUERIES: Record<ReferenceKind, string> = {
  organisation: 'SELECT id, path, 0 AS coached, 0 AS pooled FROM organisations WHERE id IN (?)',
  invitable_organisation:
    'SELECT id, NULL AS path, 0 AS coached, 0 AS pooled FROM organisations WHERE id IN (?)',
  // An account is reached through the organisations of its roles (a role granted everywhere has none).
  user: `SELECT u.id, o.path, 0 AS coached,
                (ra.role = 'judge' AND ra.organisation_id IS NULL) AS pooled FROM users u
           LEFT JOIN role_assignments ra ON ra.user_id = u.id
           LEFT JOIN organisations o ON o.id = ra.organisation_id
          WHERE u.id IN (?)`,
  participant: `SELECT p.id, o.path,
                       EXISTS (SELECT 1 FROM club_memberships m JOIN club_coaches c ON c.club_id = m.club_id
                                WHERE c.user_id = ? AND m.participant_id = p.id) AS coached, 0 AS pooled
                  FROM participants p JOIN organisations o ON o.id = p.organisation_id
                 WHERE p.id IN (?)`,
  club: `SELECT c.id, o.path,
                EXISTS (SELECT 1 FROM club_coaches cc WHERE cc.club_id = c.id AND cc.user_id = ?) AS coached,
                0 AS pooled
           FROM clubs c JOIN organisations o ON o.id = c.organisation_id
          WHERE c.id IN (?)`,
  category: `SELECT c.id, o.path, 0 AS coached, 0 AS pooled FROM categories c
               JOIN event_organisations eo ON eo.event_id = c.event_id
               JOIN organisations o ON o.id = eo.organisation_id
              WHERE c.id IN (?)`,
  locality: 'SELECT id, NULL AS path, 0 AS coached, 0 AS pooled FROM localities WHERE id IN (?)',
  discipline: 'SELECT id, NULL AS path, 0 AS coached, 0 AS pooled FROM disciplines WHERE id IN (?)',
  rubric: 'SELECT id, NULL AS path, 0 AS coached, 0 AS pooled FROM assessment_rubrics WHERE id IN (?)',
};

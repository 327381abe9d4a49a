/**
 * Fills result_snapshots.entry_prizes from the results of publications written by SQL (the bench generator,
 * bulk fixtures), as migration 1796310360251 did for those before it: the application writes the column
 * itself (ResultsRepository.insertSnapshot).
 */
export const FILL_PRIZED_ENTRIES = `UPDATE result_snapshots rs SET rs.entry_prizes = (
    SELECT COALESCE(JSON_ARRAYAGG(JSON_ARRAY(j.entry_id, j.prize)), JSON_ARRAY())
      FROM JSON_TABLE(rs.results, '$.entries[*]'
             COLUMNS (entry_id INT PATH '$.entryId', prize VARCHAR(200) PATH '$.prize')) j
     WHERE j.entry_id IS NOT NULL AND j.prize IS NOT NULL)
  WHERE rs.round_id > ?`;

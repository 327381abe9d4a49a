/**
 * Where a fact recorded on one administrative unit counts when a report groups by the units of another
 * date. Facts keep the unit valid when they were recorded; the report's units are the province's direct
 * subdivisions on `localitiesAt` (the district-level units before 1 July 2025, the 54 commune-level units
 * after). The history is followed through parents and successions: a unit that ended before the date leads
 * to its successors, one that began after it to its predecessors, one valid then but below the report's
 * level to its parent. A fact is placed when the history leads to exactly one unit. When it leads to
 * several, the fact is apportioned, whole, to the one that holds a strict majority of the commune-level
 * links between them (a former commune moved whole weighs 1, one moved in part ½); without a majority, or
 * on the province itself, it stays unplaced. Counts of children are never divided between units
 * (see src/reports/README.md).
 */

export interface UnitOfHistory {
  id: number;
  parentId: number | null;
  level: 'province' | 'district' | 'commune';
  validFrom: string | null;
  validTo: string | null;
}

export interface Succession {
  predecessorId: number;
  successorId: number;
  partial: boolean;
}

export type Placement =
  | { kind: 'direct'; targetId: number }
  | { kind: 'history'; targetId: number }
  /** `share`: the majority unit's part of the weight of the links, rounded to 3 decimals. */
  | { kind: 'apportioned'; targetId: number; share: number; candidateIds: number[] }
  | { kind: 'unplaced'; candidateIds: number[] };

function validOn(unit: UnitOfHistory, on: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= on) && (unit.validTo === null || unit.validTo >= on);
}

/** The report's units on `on`: those directly under a province, valid that day. */
export function reportUnits(units: UnitOfHistory[], on: string): UnitOfHistory[] {
  const provinces = new Set(units.filter((unit) => unit.level === 'province').map((unit) => unit.id));
  return units.filter((unit) => unit.parentId !== null && provinces.has(unit.parentId) && validOn(unit, on));
}

/** The placement of every unit that is not a province, by id. */
export function placeUnits(
  units: UnitOfHistory[],
  successions: Succession[],
  on: string,
): Map<number, Placement> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const targets = new Set(reportUnits(units, on).map((unit) => unit.id));
  const successors = new Map<number, number[]>();
  const predecessors = new Map<number, number[]>();
  for (const { predecessorId, successorId } of successions) {
    successors.set(predecessorId, [...(successors.get(predecessorId) ?? []), successorId]);
    predecessors.set(successorId, [...(predecessors.get(successorId) ?? []), predecessorId]);
  }

  const candidates = (id: number, seen: Set<number>): Set<number> => {
    const found = new Set<number>();
    const unit = byId.get(id);
    if (!unit || seen.has(id) || unit.level === 'province') return found;
    seen.add(id);
    if (targets.has(id)) return found.add(id);
    let next: number[];
    if (validOn(unit, on)) next = unit.parentId === null ? [] : [unit.parentId];
    else if (unit.validTo !== null && unit.validTo < on) next = successors.get(id) ?? [];
    else next = predecessors.get(id) ?? [];
    for (const other of next) for (const target of candidates(other, seen)) found.add(target);
    return found;
  };

  const single = new Map<number, number>();
  const found = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.level === 'province') continue;
    const ids = [...candidates(unit.id, new Set())].sort((a, b) => a - b);
    found.set(unit.id, ids);
    if (ids.length === 1) single.set(unit.id, ids[0]);
  }

  // The commune-to-commune links, which say how much of a unit's territory went where.
  const communeLinks = successions.filter(
    (link) =>
      byId.get(link.predecessorId)?.level === 'commune' && byId.get(link.successorId)?.level === 'commune',
  );
  const majority = (unitId: number, ids: number[]): { targetId: number; share: number } | null => {
    const weights = new Map<number, number>();
    const add = (target: number | undefined, partial: boolean) => {
      if (target !== undefined && ids.includes(target))
        weights.set(target, (weights.get(target) ?? 0) + (partial ? 0.5 : 1));
    };
    for (const link of communeLinks) {
      const before = byId.get(link.predecessorId)!;
      if (link.successorId === unitId) add(single.get(link.predecessorId), link.partial);
      else if (link.predecessorId === unitId || before.parentId === unitId)
        add(single.get(link.successorId), link.partial);
    }
    const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
    const [best] = [...weights].sort(([a, x], [b, y]) => y - x || a - b);
    return best && best[1] * 2 > total
      ? { targetId: best[0], share: Math.round((best[1] / total) * 1000) / 1000 }
      : null;
  };

  const placements = new Map<number, Placement>();
  for (const [unitId, ids] of found) {
    if (ids.length === 1) {
      placements.set(unitId, { kind: targets.has(unitId) ? 'direct' : 'history', targetId: ids[0] });
      continue;
    }
    const winner = ids.length > 1 ? majority(unitId, ids) : null;
    placements.set(
      unitId,
      winner
        ? { kind: 'apportioned', ...winner, candidateIds: ids }
        : { kind: 'unplaced', candidateIds: ids },
    );
  }
  return placements;
}

export interface LocalityNode {
  id: number;
  parentId: number | null;
  level: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface Succession {
  predecessorId: number;
  successorId: number;
}

/**
 * Maps a locality as recorded to the unit it belongs to on `date`: forward through successors (or back
 * through predecessors) until a unit valid on that date, then up to its highest ancestor below the province.
 * So on a 2019 date a commune counts under its district; on a date after July 2025 a 2019 commune counts
 * under the 2025 commune that replaced it. Where a unit was split, the successor with the lowest id is taken.
 */
export class LocalityCalendar {
  private readonly nodes: Map<number, LocalityNode>;
  private readonly successors = new Map<number, number[]>();
  private readonly predecessors = new Map<number, number[]>();

  constructor(nodes: LocalityNode[], successions: Succession[]) {
    this.nodes = new Map(nodes.map((node) => [node.id, node]));
    for (const link of successions) {
      push(this.successors, link.predecessorId, link.successorId);
      push(this.predecessors, link.successorId, link.predecessorId);
    }
  }

  unitOn(id: number, date: string): number {
    let current = this.nodes.get(id);
    for (let step = 0; current && !validOn(current, date) && step < 20; step++) {
      const links =
        current.validTo && date > current.validTo
          ? this.successors.get(current.id)
          : this.predecessors.get(current.id);
      const next = links?.length ? Math.min(...links) : undefined;
      if (next === undefined) break;
      current = this.nodes.get(next);
    }
    if (!current) return id;
    let unit: LocalityNode = current;
    for (;;) {
      const parent: LocalityNode | undefined =
        unit.parentId === null ? undefined : this.nodes.get(unit.parentId);
      if (!parent || parent.level === 'province' || !validOn(parent, date)) return unit.id;
      unit = parent;
    }
  }
}

function validOn(node: LocalityNode, date: string): boolean {
  return (
    (node.validFrom === null || node.validFrom <= date) && (node.validTo === null || date <= node.validTo)
  );
}

function push(map: Map<number, number[]>, key: number, value: number) {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

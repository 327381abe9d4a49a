/** The code an entry is known by on stage and in published results: the category's code and the number. */
export function entryCode(categoryCode: string, number: number): string {
  return `${categoryCode}-${String(number).padStart(3, '0')}`;
}

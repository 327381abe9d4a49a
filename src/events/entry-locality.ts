/**
 * The locality an entry represents when the registration names none: the members' common home locality
 * (one member: theirs), else (members from several localities, or one without a home locality) the locality
 * of the organisation the entry represents.
 */
export function defaultEntryLocality(
  memberLocalities: readonly (number | null)[],
  organisationLocality: number,
): number {
  const [first] = memberLocalities;
  const common = first != null && memberLocalities.every((locality) => locality === first);
  return common ? first : organisationLocality;
}

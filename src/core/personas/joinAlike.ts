/**
 * Groups whose persona would read the same, joined into one persona, in the order given.
 *
 * Why join rather than tell them apart: needs and action come from the RFM profile and the
 * distinguishing trait (`needsAndAction.ts`). Two groups that share both would get one message and
 * one action from the owner anyway, so two cards would only repeat each other and spend one of the
 * 3 to 5 places the articles allow on a customer the team already pictures ("Top customers" from
 * Champions and from Loyal on Online Retail). Joined, the card covers both groups and the freed
 * place goes to a different kind of customer. When a trait does set one of them apart (more of
 * them in Germany, or buying through Instagram), that trait is something the owner can act on
 * (language, local time, channel), so the two stay separate cards and their text names the trait.
 * Matching on the text itself, not on profile and trait, makes "no two personas read the same"
 * hold by construction, whatever the wording of a language.
 *
 * @example joinAlike([{ group: 'a', needs: 'x', action: 'y' }, { group: 'b', needs: 'z', action: 'y' }, { group: 'c', needs: 'x', action: 'y' }])
 * // [[a, c], [b]]
 */
export function joinAlike<T extends { needs: string; action: string }>(groups: readonly T[]): T[][] {
  const joined = new Map<string, T[]>();
  for (const g of groups) {
    const key = `${g.needs}\u0000${g.action}`;
    const list = joined.get(key);
    if (list) list.push(g);
    else joined.set(key, [g]);
  }
  return [...joined.values()];
}

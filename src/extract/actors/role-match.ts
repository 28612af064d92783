/**
 * Which offices a role word asks for: a generic word («الوزير», «الرئيس», «المبعوث») matches any
 * of the more specific offices of data/actors/roles.tsv it can stand for; and the short hash that
 * names actors new to the KB.
 */
const GENERIC: Record<string, (r: string) => boolean> = {
  minister: (r) => r.endsWith('_minister'),
  head: (r) => r === 'head' || r === 'head_of_government' || r === 'president' || r === 'secretary_general',
  president: (r) => r === 'president' || r === 'head',
  diplomat: (r) => r === 'ambassador' || r === 'envoy' || r === 'foreign_minister',
  leader: (r) => r === 'head' || r === 'president' || r === 'commander' || r === 'head_of_government',
  envoy: (r) => r === 'envoy' || r === 'ambassador',
};

export function roleMatches(query: string, held: string): boolean {
  return query === held || (GENERIC[query]?.(held) ?? false);
}

/** FNV-1a hash of a key, 8 hex digits: the stable part of a new actor's id. */
export function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}


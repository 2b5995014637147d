/**
 * What a body must do, with whom, and to whom it reports — its own duties
 * and those it has as one of a class ("Ban Tuyên giáo Tỉnh ủy" is one of
 * "các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy", and every Party
 * body one of "tổ chức đảng các cấp"). Classes say their members in the
 * taxonomy (`members`, `memberKinds`); a class binds its members in its own
 * jurisdiction (a province's class, the province's bodies and its
 * districts'). Pure functions of the site model.
 */
import type { Body } from '../schemas/taxonomy.js';
import type { BodyTag, Provision } from '../schemas/document.js';

/** One relation word for each relation, everywhere on the site (explained in the glossary). */
export const RELATION_WORDS = {
  'chu-tri': 'Chủ trì',
  'phoi-hop': 'Phối hợp',
  'chi-dao': 'Được chỉ đạo',
  'bao-cao': 'Báo cáo lên',
} as const satisfies Record<BodyTag['relation'], string>;

/** A body as the site knows it: enough to place it in classes. */
export interface KnownBody {
  id: string;
  baseId: string;
  kind: BodyTag['kind'];
  jurisdiction: string | null;
}

/** Whether a member's jurisdiction lies within a class's ("huyện Sơn Tịnh, tỉnh Quảng Ngãi" within "tỉnh Quảng Ngãi"). */
export function within(member: string | null, group: string | null): boolean {
  if (group === null) return member === null;
  return member === group || (member?.endsWith(`, ${group}`) ?? false);
}

/** Whether a taxonomy class takes a body as one of its members. */
export function isMember(group: Pick<Body, 'members' | 'memberKinds'>, body: KnownBody): boolean {
  if (body.kind !== null && group.memberKinds.includes(body.kind)) return true;
  return group.members.some((m) => (m.endsWith('*') ? body.baseId.startsWith(m.slice(0, -1)) : body.baseId === m));
}

/**
 * The classes each body is one of, among the bodies the corpus names:
 * body id → class ids, in the order of `bodies`. Linear in bodies × classes
 * (classes are few).
 */
export function memberships(bodies: KnownBody[], taxonomy: Body[]): Map<string, string[]> {
  const classes = new Map(taxonomy.filter((b) => b.members.length > 0 || b.memberKinds.length > 0).map((b) => [b.id, b]));
  const groups = bodies.filter((b) => classes.has(b.baseId));
  const out = new Map<string, string[]>();
  for (const body of bodies) {
    const of = groups.filter((g) => g.id !== body.id && within(body.jurisdiction, g.jurisdiction) && isMember(classes.get(g.baseId)!, body)).map((g) => g.id);
    if (of.length > 0) out.set(body.id, of);
  }
  return out;
}

/**
 * Who a body works with in a provision it is responsible for (itself, or
 * through one of its classes): the coordinating bodies the text gives to
 * the responsible body, not those it gives to a body that is directed ("X
 * chỉ đạo Y phối hợp với Z": Z works with Y).
 */
export function partnersOf(provision: Provision, responsible: Set<string>): BodyTag[] {
  return provision.coordinating.filter((b) => b.relation === 'phoi-hop' && !responsible.has(b.id) && (b.partnerOf === undefined || responsible.has(b.partnerOf)));
}

/** Who works with a body that a provision directs ("… chỉ đạo Y phối hợp với Z": Z, for Y). */
export function partnersOfDirected(provision: Provision, directed: string): BodyTag[] {
  return provision.coordinating.filter((b) => b.relation === 'phoi-hop' && b.partnerOf === directed);
}

/**
 * Bodies in their jurisdiction. "Tỉnh ủy" in a Lào Cai document is Tỉnh ủy
 * Lào Cai, never the seed's Quảng Ngãi body; "Ban Tuyên giáo Tỉnh ủy" of two
 * provinces are two bodies. A document's jurisdiction is read off its issuer
 * (and the superior body above it in the header, and its place): a province
 * or city ("tỉnh Lào Cai", "Thành ủy Hà Nội"), a district within it, or the
 * centre (Ban Bí thư, Bộ Chính trị, a ministry). A body's id is then
 * qualified by the part of that jurisdiction its own words point to:
 *
 * - a central body ("Bộ Công Thương", "Ban Tổ chức Trung ương") and a body
 *   whose name gives its province ("Ủy ban nhân dân tỉnh Lào Cai") stand
 *   alone;
 * - a commune or district named in full ("Ủy ban nhân dân phường Yên Bái")
 *   is qualified by the province;
 * - "tỉnh", "Tỉnh ủy", "Sở …" point to the province; "huyện", "Huyện ủy",
 *   "Phòng …" to the district; anything else ("các cơ quan liên quan",
 *   "Văn phòng", "cấp ủy") to the document's own level;
 * - in a commune's document (since 2025 communes answer to the province
 *   directly, and have "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"), "xã",
 *   "Phòng …" and the rest point to the commune.
 *
 * In a central document such relative bodies are classes of bodies
 * nationwide ("chi bộ", "cấp ủy"), left unqualified.
 */
import type { DocumentMeta } from '../../schemas/document.js';
import { slugify } from '../../text/fold.js';
import { findBodies, type BodyMention } from './bodies.js';
import type { HeaderNode } from '../nodes.js';
import { textOf } from '../nodes.js';
import { readableName } from '../header/names.js';
import type { Vocabulary } from '../vocabulary.js';
import type { BodyTag } from '../../schemas/document.js';
import type { FoundTag } from './relations.js';

export interface Place {
  name: string;
  slug: string;
  /** How the place is named in running text ("tỉnh Lào Cai", "thành phố Hà Nội", "huyện Sơn Tịnh"). */
  label: string;
}

export interface Jurisdiction {
  central: boolean;
  province: Place | null;
  district: Place | null;
  /** A commune, ward or special zone that issues ("Ủy ban nhân dân xã Triệu Phong", "Đảng ủy phường Vị Thanh"). */
  commune: Place | null;
}

/** Cities run directly by the centre: their "Thành ủy" is a province's committee. */
const CENTRAL_CITIES = new Set(['ha-noi', 'ho-chi-minh', 'thanh-pho-ho-chi-minh', 'hai-phong', 'da-nang', 'can-tho', 'hue']);

function place(name: string, level: 'tỉnh' | 'thành phố' | 'huyện' | 'thị xã' | 'quận' | 'xã' | 'phường' | 'thị trấn' | 'đặc khu'): Place {
  return { name, slug: slugify(name), label: `${level} ${name}` };
}

function levelOfName(text: string, mention: BodyMention): 'province' | 'district' | 'commune' | 'central' | null {
  if (mention.level === 'central') return 'central';
  if (mention.level === 'province' || mention.level === 'district' || mention.level === 'commune') return mention.level;
  // "Thành ủy Hà Nội" is a province's committee; "Thành ủy Quảng Ngãi" a provincial city's.
  if (/Thành (?:ủy|uỷ)/u.test(text) && mention.place) return CENTRAL_CITIES.has(slugify(mention.place)) ? 'province' : 'district';
  return null;
}

/** The jurisdiction of a document, from its issuer, the superior body in its header, and its place. */
export function documentJurisdiction(meta: DocumentMeta, header: HeaderNode | undefined, vocabulary: Vocabulary): Jurisdiction | null {
  return jurisdictionOf(meta, (header?.children ?? []).map((field) => ({ role: field.role, text: textOf(field) })), vocabulary);
}

/** The same, from a document's header fields as the corpus keeps them (`{ role, text }`). */
export function jurisdictionOf(meta: DocumentMeta, header: ReadonlyArray<{ role: string; text: string }>, vocabulary: Vocabulary): Jurisdiction | null {
  const names: string[] = [];
  if (meta.issuer) names.push(meta.issuer);
  for (const field of header) if (field.role === 'superior' || field.role === 'issuer') names.push(readableName(field.text));
  let province: Place | null = null;
  let district: Place | null = null;
  let commune: Place | null = null;
  let central = false;
  let levelWithoutPlace: 'province' | 'district' | 'commune' | null = null;
  for (const name of names) {
    for (const mention of findBodies(name, vocabulary)) {
      const text = name.slice(mention.start, mention.end);
      const level = levelOfName(text, mention);
      if (level === 'central') central = true;
      if (!mention.place) {
        if (level === 'province' || level === 'district' || level === 'commune') levelWithoutPlace ??= level;
        continue;
      }
      if (level === 'commune') {
        const printed = /(xã|phường|thị trấn|đặc khu)\s+$/iu.exec(text.slice(0, text.lastIndexOf(mention.place)))?.[1]?.toLowerCase() as 'xã' | 'phường' | 'thị trấn' | 'đặc khu' | undefined;
        commune ??= place(mention.place, printed ?? 'xã');
        continue;
      }
      const city = /Thành (?:ủy|uỷ)|thành phố/u.test(text);
      // The level word the name uses ("thị xã Điện Bàn", "quận Ba Đình"), else the usual one.
      const printed = /(tỉnh|thành phố|huyện|thị xã|quận)\s+$/iu.exec(text.slice(0, text.lastIndexOf(mention.place)))?.[1]?.toLowerCase() as Parameters<typeof place>[1] | undefined;
      if (level === 'province' && !province) province = place(mention.place, printed ?? (city ? 'thành phố' : 'tỉnh'));
      else if (level === 'district' && !district) district = place(mention.place, printed ?? (city ? 'thành phố' : 'huyện'));
    }
  }
  // "Ủy ban nhân dân tỉnh" with "Lào Cai, ngày …": the place names the province.
  if (!province && !district && !commune && levelWithoutPlace && meta.place) {
    if (levelWithoutPlace === 'province') province = place(meta.place, 'tỉnh');
    else if (levelWithoutPlace === 'commune') commune = place(meta.place, 'xã');
    else district = place(meta.place, 'huyện');
  }
  if (province || district || commune) return { central: false, province, district, commune };
  if (central) return { central: true, province: null, district: null, commune: null };
  return null;
}

/** How a body stands in the document's jurisdiction: its qualified id and the place to show with it. */
export function qualify(mention: BodyMention, printed: string, jurisdiction: Jurisdiction | null): { id: string; jurisdiction: string | null } {
  if (!jurisdiction || jurisdiction.central || mention.level === 'central' || /Trung ương/u.test(printed)) return { id: mention.id, jurisdiction: jurisdiction?.central || mention.level === 'central' ? 'Trung ương' : null };
  const { province, commune } = jurisdiction;
  // A commune's document: its own bodies ("Ủy ban nhân dân xã", "Phòng Kinh tế", "các thôn") are the commune's, which lies in its province where that is known.
  const district = jurisdiction.district ?? commune;
  const within = (p: Place | null) => (p ? { id: `${mention.id}-${p.slug}`, jurisdiction: p.label } : { id: mention.id, jurisdiction: null });
  const both = province && district ? { id: `${mention.id}-${province.slug}-${district.slug}`, jurisdiction: `${district.label}, ${province.label}` } : null;
  if (mention.place) {
    // The name gives its place: a province's body stands alone; a district's or a commune's lies in the province.
    if (mention.level === 'province' || (province && slugify(mention.place) === province.slug)) return { id: mention.id, jurisdiction: `tỉnh ${mention.place}` };
    if (province) return { id: `${mention.id}-${province.slug}`, jurisdiction: province.label };
    return { id: mention.id, jurisdiction: commune && slugify(mention.place) === commune.slug ? commune.label : null };
  }
  if (mention.kind === 'collective' || mention.level === null) return both ?? within(district ?? province);
  if (mention.level === 'province') return within(province);
  if (mention.level === 'district') return both ?? within(district ?? province);
  return both ?? within(district ?? province);
}

/**
 * Found tags, each qualified by the document's jurisdiction; one tag per
 * body and relation, its evidence gathered from every mention.
 */
export function qualified(tags: FoundTag[], jurisdiction: Jurisdiction | null): BodyTag[] {
  const out: BodyTag[] = [];
  const byId = new Map<string, { tag: BodyTag; places: Set<string> }>();
  for (const { mention, partnerMention, ...tag } of tags) {
    const where = mention ? qualify(mention, tag.evidence[0]?.text ?? tag.name, jurisdiction) : { id: tag.id, jurisdiction: tag.jurisdiction };
    if (partnerMention) tag.partnerOf = qualify(partnerMention, partnerMention.name, jurisdiction).id;
    // An editor's tag stands apart: never merged into one the parser found (nor the reverse).
    const key = `${where.id} ${tag.relation}${tag.provenance === 'editorial' ? ' editorial' : ''}`;
    const same = byId.get(key);
    if (same) {
      for (const e of tag.evidence) {
        const place = `${e.line}:${e.column}`;
        if (same.places.has(place)) continue;
        same.places.add(place);
        same.tag.evidence.push(e);
      }
      continue;
    }
    const result = { ...tag, id: where.id, jurisdiction: where.jurisdiction };
    byId.set(key, { tag: result, places: new Set(tag.evidence.map((e) => `${e.line}:${e.column}`)) });
    out.push(result);
  }
  return out;
}

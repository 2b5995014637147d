/**
 * Body recognition. Known bodies come from the taxonomy (names, aliases,
 * abbreviations); any other body is recognised by the naming patterns of the
 * genre, so a district or commune directive works without new entries:
 *
 *   Ban cán sự đảng | Đảng đoàn  + Ủy ban nhân dân | Hội đồng nhân dân | Ủy ban Mặt trận Tổ quốc + level
 *   Ban Thường vụ | Thường trực | Văn phòng | Ủy ban Kiểm tra + Tỉnh ủy | Huyện ủy | Đảng ủy …
 *   Ban <Name> + Tỉnh ủy | Huyện ủy | Trung ương …   ("Ban Tuyên giáo Tỉnh ủy")
 *   Ủy ban nhân dân | Hội đồng nhân dân … + level     ("Ủy ban nhân dân huyện Sơn Tịnh")
 *   Sở | Phòng + a department name + level?          ("Sở Y tế", "Phòng Lao động - Thương binh và Xã hội")
 *   Bảo hiểm xã hội | Công an | Hội Nông dân … + level
 *   Tỉnh ủy | Huyện ủy | Đảng ủy xã …
 *
 * Patterns match folded text (so "Uỷ"/"Ủy" and missing accents do not
 * matter) and must start with a capital letter in the original.
 */
import type { Body, BodyKind } from '../schemas/taxonomy.js';
import type { PhraseMatch } from '../text/phrase-matcher.js';
import { fold, isUpper, slugify } from '../text/fold.js';
import type { Token } from '../text/tokens.js';
import type { Vocabulary } from './vocabulary.js';

export interface BodyMention {
  id: string;
  name: string;
  kind: BodyKind | null;
  start: number;
  end: number;
}

const LEVEL = String.raw`(?:tinh|huyen|xa|thi xa|thanh pho|quan|phuong|thi tran|cac cap|cap tinh|cap huyen|cap xa)`;
const COMMITTEE = String.raw`(?:tinh uy|huyen uy|thi uy|thanh uy|quan uy|dang uy(?: khoi [a-z]+(?: [a-z]+){0,3}?(?= |$))?|trung uong dang|trung uong)`;
const STATE = String.raw`(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|uy ban mat tran to quoc(?: viet nam)?|mttq(?: viet nam)?)`;
const DEPARTMENTS = [
  'lao dong - thuong binh va xa hoi',
  'lao dong thuong binh va xa hoi',
  'y te',
  'giao duc va dao tao',
  'giao duc - dao tao',
  'tai chinh',
  'ke hoach va dau tu',
  'tai chinh - ke hoach',
  'xay dung',
  'nong nghiep va phat trien nong thon',
  'thong tin va truyen thong',
  'van hoa, the thao va du lich',
  'van hoa - thong tin',
  'van hoa va thong tin',
  'noi vu',
  'tu phap',
  'tai nguyen va moi truong',
  'cong thuong',
  'giao thong van tai',
  'khoa hoc va cong nghe',
  'dan toc',
  'kinh te',
  'kinh te - ha tang',
];
const DEPARTMENT = `(?:${DEPARTMENTS.map((d) => d.replace(/ - /g, ' ?[-–] ?')).join('|')})`;
const STATE_AGENCIES = String.raw`(?:bao hiem xa hoi|cong an|ngan hang chinh sach xa hoi(?: chi nhanh)?|bo chi huy quan su|ban chi huy quan su|kho bac nha nuoc|buu dien|trung tam y te)`;
const MASS_ORGANISATIONS = String.raw`(?:lien doan lao dong|hoi lien hiep phu nu|hoi nong dan|hoi cuu chien binh|doan thanh nien cong san ho chi minh|tinh doan|huyen doan|hoi chu thap do|hoi khuyen hoc)`;
/** "các huyện, thị xã, thành phố", "các xã, thị trấn": a class of local units. */
const LEVELS = String.raw`cac (?:huyen|xa|phuong|thi tran|thi xa|thanh pho|dang uy xa|huyen uy|thi uy|thanh uy|dang uy)(?:,? (?:huyen|xa|phuong|thi tran|thi xa|thanh pho|dang uy|huyen uy|thi uy|thanh uy))*`;

/**
 * Each pattern with `hint`: words one of which a text must contain for the
 * pattern to match at all (a cheap test that spares most regex scans).
 */
const PATTERNS: Array<{ re: RegExp; hint: string[]; kind: BodyKind; nameCapitalised?: boolean; anyCase?: boolean }> = [
  { re: new RegExp(String.raw`(?:ban can su dang|dang doan) ${STATE} ${LEVEL}`, 'g'), hint: ['ban can su', 'dang doan'], kind: 'party' },
  { re: new RegExp(String.raw`(?:ban thuong vu|thuong truc|tt|van phong|uy ban kiem tra) ${COMMITTEE}`, 'g'), hint: ['thuong vu', 'thuong truc', 'tt ', 'van phong', 'kiem tra'], kind: 'party' },
  { re: new RegExp(String.raw`ban thuong vu ${LEVELS}`, 'g'), hint: ['thuong vu'], kind: 'collective' },
  { re: new RegExp(String.raw`(?:thuong truc|tt) (?:${STATE}) ${LEVEL}`, 'g'), hint: ['thuong truc', 'tt '], kind: 'state' },
  // "Ban Tuyên giáo Tỉnh ủy": the word after "Ban" is capitalised (not "Ban hành …").
  { re: new RegExp(String.raw`ban [a-z]+(?: [a-z]+){0,2} ${COMMITTEE}`, 'g'), hint: ['ban '], kind: 'party', nameCapitalised: true },
  { re: new RegExp(String.raw`uy ban mat tran to quoc(?: viet nam)? ${LEVEL}`, 'g'), hint: ['mat tran'], kind: 'front' },
  { re: new RegExp(String.raw`(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|dang uy) ${LEVELS}`, 'g'), hint: [' cac '], kind: 'collective' },
  { re: new RegExp(String.raw`${STATE} ${LEVEL}`, 'g'), hint: ['nhan dan', 'ubnd', 'hdnd', 'mat tran', 'mttq'], kind: 'state' },
  { re: new RegExp(String.raw`(?:so|phong) ${DEPARTMENT}(?: ${LEVEL})?`, 'g'), hint: ['so ', 'phong '], kind: 'state' },
  { re: new RegExp(String.raw`${STATE_AGENCIES}(?: ${LEVEL})?`, 'g'), hint: ['bao hiem', 'cong an', 'ngan hang', 'quan su', 'kho bac', 'buu dien', 'trung tam'], kind: 'state' },
  { re: new RegExp(String.raw`${MASS_ORGANISATIONS}(?: ${LEVEL})?`, 'g'), hint: ['lien doan', 'hoi ', 'doan thanh nien', 'tinh doan', 'huyen doan'], kind: 'front' },
  // Collectives of the genre, written in lower case as often as not.
  { re: new RegExp(String.raw`(?:cac )?chi,? dang bo truc thuoc(?: ${COMMITTEE})?`, 'g'), hint: ['dang bo truc thuoc'], kind: 'collective', anyCase: true },
  { re: new RegExp(String.raw`(?:cac )?dong chi (?:tinh|huyen|thanh|thi|dang) uy vien`, 'g'), hint: ['uy vien'], kind: 'collective', anyCase: true },
  { re: new RegExp(String.raw`(?:cac )?doan the chinh tri - xa hoi ${LEVEL}`, 'g'), hint: ['doan the'], kind: 'collective', anyCase: true },
  { re: new RegExp(String.raw`(?:tinh uy|huyen uy|thi uy|thanh uy|dang uy (?:xa|phuong|thi tran))`, 'g'), hint: [' uy'], kind: 'party' },
];

/** Words that start a new name, so a proper name after a level stops before them. */
const NAME_STOP = /^(?:ban|dang|uy|so|van|thuong|hoi|phong|bo|cac|va|nghi|ket|ke|chi|cong)$/;
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/^TT(?= )/u, 'Thường trực'],
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bMTTQ\b/gu, 'Mặt trận Tổ quốc'],
];

function boundary(folded: string, start: number, end: number): boolean {
  const before = folded[start - 1];
  const after = folded[end];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/** Extend a name over a following proper name: "huyện" + "Sơn Tịnh". */
function extendProperName(text: string, folded: string, end: number): number {
  let cursor = end;
  for (let words = 0; words < 3; words++) {
    const next = /^ (\p{Lu}[\p{Ll}\p{M}]*)/u.exec(text.slice(cursor));
    if (!next || NAME_STOP.test(fold(next[1]!))) break;
    cursor += next[0].length;
  }
  return /[\p{L}\p{N}]/u.test(folded[cursor] ?? ' ') ? end : cursor;
}

/** The display name and id of a body recognised by pattern (memoised: the same names recur on every page). */
const identities = new Map<string, { id: string; name: string }>();
function identify(name: string): { id: string; name: string } {
  let identity = identities.get(name);
  if (!identity) {
    identity = computeIdentity(name);
    if (identities.size < 10_000) identities.set(name, identity);
  }
  return identity;
}

function computeIdentity(name: string): { id: string; name: string } {
  let expanded = name.replace(/\s+/g, ' ');
  for (const [re, full] of ABBREVIATIONS) expanded = expanded.replace(re, full);
  const id = slugify(expanded.replace(/ Việt Nam(?= |$)/u, ''));
  return { id, name: expanded.charAt(0).toUpperCase() + expanded.slice(1) };
}

/**
 * Every body named in a text, left to right; where mentions overlap the
 * longest wins. `folded` is `fold(text)`, passed in when the caller has it.
 */
export function findBodies(
  text: string,
  vocabulary: Vocabulary,
  folded: string = fold(text),
  tokens?: Token[],
  known: Array<PhraseMatch<Body>> = vocabulary.bodies.match(text, tokens),
): BodyMention[] {
  const candidates: BodyMention[] = [];
  for (const match of known) {
    candidates.push({ id: match.value.id, name: match.value.name, kind: match.value.kind, start: match.start, end: match.end });
  }
  for (const { re, hint, kind, nameCapitalised, anyCase } of PATTERNS) {
    if (!hint.some((word) => folded.includes(word))) continue;
    re.lastIndex = 0;
    for (const found of folded.matchAll(re)) {
      const start = found.index;
      let end = start + found[0].length;
      if (!boundary(folded, start, end) || (!anyCase && !isUpper(text[start]))) continue;
      if (nameCapitalised && !isUpper(text[start + 4])) continue;
      end = extendProperName(text, folded, end);
      const identity = identify(text.slice(start, end));
      const known = vocabulary.bodyById.get(identity.id);
      candidates.push({ id: identity.id, name: known?.name ?? identity.name, kind: known?.kind ?? kind, start, end });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const mentions: BodyMention[] = [];
  let coveredUntil = -1;
  for (const candidate of candidates) {
    if (candidate.start < coveredUntil) {
      // A longer mention starting inside the previous one replaces it.
      const last = mentions[mentions.length - 1];
      if (last && candidate.end > last.end && candidate.end - candidate.start > last.end - last.start) {
        mentions[mentions.length - 1] = candidate;
        coveredUntil = candidate.end;
      }
      continue;
    }
    mentions.push(candidate);
    coveredUntil = candidate.end;
  }
  return mentions;
}

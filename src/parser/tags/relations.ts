/**
 * Who does what (domain brief §4). Three relations, kept apart:
 *
 * - responsible (chủ trì): the bodies a provision binds —
 *   - the bodies its heading names ("2. Thanh tra tỉnh", "1. Các cấp ủy, tổ
 *     chức đảng"), or the subject its sentences open with ("3. Đảng đoàn …
 *     tiếp tục …", "… ; đồng thời UBND phường Âu Lâu đề xuất …");
 *   - "Giao X chủ trì, phối hợp với Y …", "giao X <việc>", "X chủ trì";
 *   - "Trách nhiệm chỉ đạo thực hiện: X; Y", "Trách nhiệm của X và Y về …",
 *     "X có (chịu) trách nhiệm"; "ủy quyền cho X";
 * - coordinating: bodies after "phối hợp với / giữa" (relation `phoi-hop`),
 *   and bodies the provision directs, after "chỉ đạo" (relation `chi-dao`);
 * - reports to: bodies after "báo cáo", "gửi … về".
 *
 * A list of bodies joined by ",", "và", ";" or after a colon is read whole.
 * Items inherit the relations of the provision they belong to unless they
 * name their own responsible body.
 */
import type { BodyTag } from '../../schemas/document.js';
import { identify, type BodyMention } from './bodies.js';
import type { TextRun } from '../text-run.js';
import type { Vocabulary } from '../vocabulary.js';

export interface Relations {
  responsible: BodyTag[];
  coordinating: BodyTag[];
  reportsTo: BodyTag[];
}

/** A body tag before qualification: the mention it comes from (and its partner's) kept for the jurisdiction stage. */
export type FoundTag = BodyTag & { mention?: BodyMention; partnerMention?: BodyMention };

/** What may stand between two bodies of one list. */
const JOINER = /^\s*(?:,|và|,\s*và|;|:)?\s*$/u;
/** What may stand between a trigger and its first body, by relation. */
const TRIGGERS: Array<{ re: RegExp; relation: BodyTag['relation'] }> = [
  // "Cơ quan phối hợp: Văn phòng Đảng ủy, …": a plan's line that names the partners.
  { re: /(?:co quan|don vi|luc luong) phoi hop\s*:\s*/g, relation: 'phoi-hop' },
  { re: /phoi hop (?:chat che |thuong xuyen |dong bo )?(?:voi |giua )?/g, relation: 'phoi-hop' },
  { re: /chi dao(?:,? dinh huong)? /g, relation: 'chi-dao' },
  // "lãnh đạo Ủy ban nhân dân tỉnh …" (a Party body over a state one): the body led is directed.
  { re: /lanh dao(?:,? chi dao)? (?=[^,;.]{0,3}\S)/g, relation: 'chi-dao' },
  // "báo cáo Ban Thường vụ", "báo cáo tiến độ hằng tháng về Ủy ban nhân dân huyện"
  { re: /bao cao (?:[a-z]+ ){0,6}?(?:ve |cho |len |gui |toi )/g, relation: 'bao-cao' },
  { re: /bao cao /g, relation: 'bao-cao' },
  // "gửi Ban Dân vận Tỉnh ủy", "gửi kết quả về …"
  { re: /gui (?:(?:[a-z]+ ){0,4}?(?:ve|den|cho|len|toi) )?/g, relation: 'bao-cao' },
  { re: /\(qua /g, relation: 'bao-cao' },
];
/** Words after which a body is the one that acts. */
const ACTOR_TRIGGERS = [/(?:co quan|don vi) (?:chu tri|thuc hien)\s*:\s*/g, /(?:^|[\s,;(])giao (?:cho )?/g, /uy quyen cho /g, /trach nhiem (?:chi dao )?(?:thuc hien|chu tri)?\s*:\s*/g, /(?:^|[\s,;(])(?:de nghi|yeu cau) /g];
/** "… gửi về Ban Tuyên giáo Tỉnh ủy để tổng hợp, báo cáo Ban Thường vụ": the second report is the recipient's own. */
const ONWARD = /\bde (?:tong hop,? )?$/;
/** Where a clause starts: the run's start, after a sentence or a clause, after "đồng thời". */
const CLAUSE_START = /(?:^|[.;!?]\s+|:\s+(?=\p{Lu})|[\s,](?=dong thoi\b)|,?\s(?=thi\s))/gu;
/** "Đề xuất nhân sự: chi ủy căn cứ …": a run-in label of a few words, then the clause and its subject. */
const RUN_IN_LABEL = /^(?:[a-z]+ ){0,4}[a-z]+:\s+/u;
/** "đồng thời X …", "…, thì X có văn bản …": words that open a clause before its subject. */
const THEN = /^\s*(?:dong thoi,?|thi|doi voi)\s+/u;
/** What a body does, right after its name (folded). */
const TASK_VERB =
  /^\s+(?:(?:se|can|phai|chu dong|tiep tuc|khan truong|kip thoi|nghiem tuc|thuong xuyen|dinh ky)\s+)*(?:de xuat|kiem tra|thuc hien|chi dao|lanh dao|trien khai|ra soat|tham muu|theo doi|xay dung|cap nhat|quan triet|tuyen truyen|tong hop|dam nhiem|phu trach|to chuc|tien hanh|huong dan|nghien cuu|bo tri|gui|co van ban|chu tri|nhap|hoan thanh|hoan thien|bao dam|dam bao|thong bao|xu ly|giai quyet|cung cap|ban hanh|trinh|tiep nhan|quan ly|van dong|tang cuong|day manh|nang cao|lua chon|chuan bi|thanh lap|phan cong|dang ky|tap huan|boi duong|danh gia|cham diem|kiem diem|so ket|tong ket|xem xet|quyet dinh|phe duyet|giai trinh|rut kinh nghiem|huy dong|phoi hop voi|ho tro|van hanh|so tan|ung truc|di doi)\b/;

/** The bodies of a list starting with `mentions[from]`. */
function chain(run: TextRun, mentions: BodyMention[], from: number): BodyMention[] {
  const list: BodyMention[] = [];
  for (let i = from; i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (list.length > 0 && !JOINER.test(run.text.slice(list[list.length - 1]!.end, mention.start))) break;
    list.push(mention);
  }
  return list;
}

/** The index of the last mention ending at or before `at` (-1 if none), by halving: mentions are in text order. */
function lastEndingBy(mentions: BodyMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The bodies of a list that ends right before `at` (only spaces between): walking back over the joiners. Linear in the list. */
function chainBefore(run: TextRun, mentions: BodyMention[], at: number): BodyMention[] {
  let i = lastEndingBy(mentions, at);
  if (i < 0 || !/^\s*$/u.test(run.text.slice(mentions[i]!.end, at))) return [];
  const list = [mentions[i]!];
  for (i -= 1; i >= 0 && JOINER.test(run.text.slice(mentions[i]!.end, list[list.length - 1]!.start)); i--) list.push(mentions[i]!);
  return list.reverse();
}

/** A body a run names, tagged with its relation and the words that named it. */
export function tag(run: TextRun, mention: BodyMention, relation: BodyTag['relation']): FoundTag {
  return {
    id: mention.id,
    baseId: mention.id,
    name: mention.name,
    kind: mention.kind,
    relation,
    inherited: false,
    jurisdiction: null,
    evidence: [run.evidence(mention.start, mention.end)],
    mention,
  };
}

/** Tags merged by body and relation, each with every place that names it once (by index: lists may be long). */
class TagList {
  readonly tags: FoundTag[] = [];
  readonly #byKey = new Map<string, { tag: FoundTag; places: Set<string> }>();

  add(tags: FoundTag[]): void {
    for (const t of tags) {
      const key = `${t.id} ${t.relation}`;
      const same = this.#byKey.get(key);
      if (!same) {
        this.#byKey.set(key, { tag: t, places: new Set(t.evidence.map((e) => `${e.line}:${e.column}`)) });
        this.tags.push(t);
        continue;
      }
      if (t.inherited) continue;
      for (const e of t.evidence) {
        const place = `${e.line}:${e.column}`;
        if (same.places.has(place)) continue;
        same.places.add(place);
        same.tag.evidence.push(e);
      }
    }
  }
}

/** Mentions by where they start, and the first mention of the list each belongs to. */
interface MentionIndex {
  byStart: Map<number, number>;
  listStart: number[];
}

function indexMentions(run: TextRun, mentions: BodyMention[]): MentionIndex {
  const byStart = new Map<number, number>();
  const listStart: number[] = [];
  mentions.forEach((m, i) => {
    byStart.set(m.start, i);
    listStart.push(i > 0 && JOINER.test(run.text.slice(mentions[i - 1]!.end, m.start)) ? listStart[i - 1]! : i);
  });
  return { byStart, listStart };
}

/** The mention starting exactly at `offset` (after spaces), if any. */
function mentionAt(run: TextRun, index: MentionIndex, offset: number): number {
  let at = offset;
  while (at < run.text.length && run.text[at] === ' ') at++;
  return index.byStart.get(at) ?? -1;
}

/** "Trách nhiệm của chi bộ, các cấp ủy và đảng viên trong việc …": each named party is responsible, named in full. */
function responsibilityOf(run: TextRun, mentions: BodyMention[]): FoundTag[] {
  const found: FoundTag[] = [];
  for (const hit of run.folded.matchAll(/trach nhiem (?:chung )?cua /g)) {
    // Only where it opens a heading or a sentence: "nâng cao … trách nhiệm của các cấp ủy" binds nobody.
    if (hit.index > 0 && !/[.;:!?]\s*$/.test(run.text.slice(0, hit.index))) continue;
    const from = hit.index + hit[0].length;
    const stop = /\s(?:doi voi|ve|trong|khi|nham|de|tai|trong viec)\s|[.;:()]|$/.exec(run.folded.slice(from));
    const to = from + (stop?.index ?? 0);
    let cursor = from;
    while (cursor < to) {
      const separator = /^(?:,\s*|\s+và\s+|\s+)/u.exec(run.text.slice(cursor, to));
      if (separator) {
        cursor += separator[0].length;
        continue;
      }
      // The party runs to the next "," or "và": "chi bộ nơi sinh hoạt tạm thời".
      const rest = run.text.slice(cursor, to);
      const next = /,\s*|\s+và\s+/u.exec(rest);
      let end = cursor + (next ? next.index : rest.length);
      const mention = mentions.find((m) => m.start === cursor);
      if (mention && mention.end > end) end = mention.end;
      const printed = run.text.slice(cursor, end).trimEnd();
      const member = /^đảng viên(?: dự bị| chính thức)?$/u.test(printed);
      if (mention || member) {
        const identity = identify(printed);
        const extended: BodyMention = mention
          ? { ...mention, id: mention.end === cursor + printed.length ? mention.id : identity.id, name: mention.end === cursor + printed.length ? mention.name : identity.name, start: cursor, end: cursor + printed.length }
          : { id: identity.id, name: identity.name, kind: 'collective', start: cursor, end: cursor + printed.length, level: null, place: null };
        found.push(tag(run, extended, 'chu-tri'));
      }
      cursor = end;
    }
  }
  return found;
}

/** Duties a class of organisations or persons is given: "… có trách nhiệm", "… nghiêm túc thực hiện". */
const CLASS_DUTY = /\s(?:co trach nhiem|chiu trach nhiem|co nghia vu|phai chap hanh|nghiem tuc (?:thuc hien|trien khai|chap hanh))\b/g;
/** Where a class of organisations or persons is named ("các tổ chức, cá nhân", "doanh nghiệp", "hộ gia đình"). */
const CLASS_START = /(?:^|[\s,;:(])((?:cac |moi )?(?:to chuc,? (?:va )?ca nhan|ca nhan,? (?:va )?to chuc|doanh nghiep|ho gia dinh|nguoi dan|cong dan)\b)/g;

/**
 * "Các tổ chức, cá nhân được cấp giấy phép … có trách nhiệm …", "… và các
 * tổ chức, cá nhân có liên quan đến … nghiêm túc thực hiện": a class of
 * organisations or persons, with what sets it apart, bound by the duty that
 * follows it — named whole, from the class to the duty (at most twenty words).
 */
function classDuties(run: TextRun, mentions: BodyMention[]): FoundTag[] {
  const found: FoundTag[] = [];
  for (const duty of run.folded.matchAll(CLASS_DUTY)) {
    const from = Math.max(0, duty.index - 160);
    const before = run.folded.slice(from, duty.index);
    let start = -1;
    for (const hit of before.matchAll(CLASS_START)) start = from + hit.index + hit[0].length - hit[1]!.length;
    if (start < 0 || /[.;:!?]/.test(run.folded.slice(start, duty.index))) continue;
    const printed = run.text.slice(start, duty.index).trim();
    if (printed.split(/\s+/u).length > 20 || mentions.some((m) => m.start === start)) continue;
    const identity = identify(printed);
    const mention: BodyMention = { id: identity.id, name: identity.name, kind: 'collective', start, end: start + printed.length, level: null, place: null };
    found.push(tag(run, mention, 'chu-tri'));
  }
  return found;
}

/**
 * The relations stated in a provision's own text. `runs` are its heading
 * (first, if any) and its paragraphs.
 */
export function findRelations(runs: TextRun[], vocabulary: Vocabulary): Relations {
  const responsible = new TagList();
  const coordinating = new TagList();
  const reportsTo = new TagList();
  for (const run of runs) {
    const mentions = run.bodies(vocabulary);
    responsible.add(classDuties(run, mentions));
    if (mentions.length === 0 && !/trach nhiem/.test(run.folded)) continue;
    const index = indexMentions(run, mentions);
    const objects = new Set<BodyMention>();
    // Bodies after a relation word are its objects, never its subjects.
    const directed = new Set<BodyMention>();
    const partnerships: Array<{ at: number; tags: FoundTag[] }> = [];
    if (/phoi hop|chi dao|lanh dao|bao cao|gui |\(qua /.test(run.folded)) {
      for (const { re, relation } of TRIGGERS) {
        re.lastIndex = 0;
        for (const found of run.folded.matchAll(re)) {
          if (relation === 'bao-cao' && ONWARD.test(run.folded.slice(Math.max(0, found.index - 20), found.index))) continue;
          const next = mentionAt(run, index, found.index + found[0].length);
          if (next === -1 || objects.has(mentions[next]!)) continue;
          let list = chain(run, mentions, next);
          // "giữa các cơ quan: Sở A, Sở B": the class announces the list; the bodies are those it lists.
          if (list.length > 1 && list[0]!.kind === 'collective' && /^\s*:/.test(run.text.slice(list[0]!.end, list[1]!.start))) list = list.slice(1);
          for (const m of list) objects.add(m);
          if (relation === 'chi-dao') for (const m of list) directed.add(m);
          const tags = list.map((m) => tag(run, m, relation));
          if (relation === 'phoi-hop') partnerships.push({ at: found.index, tags });
          (relation === 'bao-cao' ? reportsTo : coordinating).add(tags);
        }
      }
    }
    // "Giao X (chủ trì), Y, Z (phối hợp) …": each role in brackets after the names it closes.
    const bracketActors: BodyMention[][] = [];
    if (/\(\s*(?:chu tri|phoi hop)\s*\)/.test(run.folded)) {
      for (const found of run.folded.matchAll(/\(\s*(chu tri|phoi hop)\s*\)/g)) {
        const list = chainBefore(run, mentions, found.index);
        if (list.length === 0 || list.some((m) => objects.has(m))) continue;
        if (found[1] === 'phoi hop') {
          for (const m of list) objects.add(m);
          coordinating.add(list.map((m) => tag(run, m, 'phoi-hop')));
        } else bracketActors.push(list);
      }
    }
    // "X chỉ đạo Y phối hợp với Z": Z works with Y, the body directed, not with X.
    for (const { at, tags } of partnerships) {
      // The mention that ends last before the trigger, found by halving: linear overall.
      const partner = mentions[lastEndingBy(mentions, at)];
      if (partner && /^\s*$/u.test(run.text.slice(partner.end, at)) && directed.has(partner)) for (const t of tags) t.partnerMention = partner;
    }
    // The bodies that act.
    const actors: BodyMention[] = [];
    const taken = new Set<BodyMention>();
    const act = (list: BodyMention[]) => {
      for (const m of list) {
        if (taken.has(m) || objects.has(m)) continue;
        taken.add(m);
        actors.push(m);
      }
    };
    for (const list of bracketActors) act(list);
    for (const re of ACTOR_TRIGGERS) {
      re.lastIndex = 0;
      for (const found of run.folded.matchAll(re)) {
        const next = mentionAt(run, index, found.index + found[0].length);
        if (next >= 0 && !taken.has(mentions[next]!)) act(chain(run, mentions, next));
      }
    }
    const label = mentionAt(run, index, 0) === -1 ? RUN_IN_LABEL.exec(run.folded) : null;
    const starts = [...(label ? [{ index: 0, 0: label[0] }] : []), ...run.folded.matchAll(CLAUSE_START)];
    for (const found of starts) {
      let at = found.index + found[0].length;
      const then = THEN.exec(run.folded.slice(at, at + 12));
      if (then) at += then[0].length;
      const next = mentionAt(run, index, at);
      if (next === -1 || objects.has(mentions[next]!) || taken.has(mentions[next]!)) continue;
      const list = chain(run, mentions, next);
      // "… của …" after the names makes them an attribute, not a subject; "X ủy quyền cho Y": Y acts, not X.
      const after = run.folded.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 24);
      if (/^\s+cua\s|^\s+uy quyen\b/.test(after)) continue;
      // "Chủ tịch UBND tỉnh yêu cầu X …", "Văn phòng Chính phủ trân trọng đề nghị X …": the body that asks does not act;
      // "Sở Nội vụ không tiếp nhận …" sets no task.
      if (/^\s+(?:tran trong |kinh )?(?:yeu cau|de nghi|giao|moi)\b|^\s+(?:se )?khong\s/.test(after)) continue;
      // "Sở Tài chính chủ trì; Sở Xây dựng phối hợp": the second works with the first. ("X phối hợp với Y
      // thực hiện …" is X's task, done with Y.)
      if (/^\s+phoi hop\b(?! voi| chat che voi)/.test(run.folded.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 24))) {
        for (const m of list) objects.add(m);
        coordinating.add(list.map((m) => tag(run, m, 'phoi-hop')));
        continue;
      }
      act(list);
    }
    mentions.forEach((m, i) => {
      // "…, chi bộ đề xuất, cấp ủy cơ sở kiểm tra …", "Trước mắt, Đảng ủy xã chỉ đạo …", "do X thực hiện":
      // a body right before what it does, after a comma or as the agent of "do".
      if (objects.has(m) || taken.has(m) || index.listStart[i] !== i) return;
      // "… (Văn phòng Đảng ủy chủ trì, …)", "(Ban Xây dựng Đảng hướng dẫn)": who does it, said in brackets after the task.
      if (!/(?:,\s*|(?:^|\s)do\s+|\(\s*)$/.test(run.folded.slice(Math.max(0, m.start - 4), m.start))) return;
      // In brackets only a short attribution after the task ("(X chủ trì, Y phối hợp)"), not an aside ("(X sẽ tập huấn … để …)").
      if (/\(\s*$/.test(run.folded.slice(Math.max(0, m.start - 4), m.start)) && !/^[^()]{0,100}\)/.test(run.folded.slice(m.start, m.start + 120))) return;
      const list = chain(run, mentions, i);
      const tail = list[list.length - 1]!;
      const next = run.folded.slice(tail.end, tail.end + 40);
      // "Kế hoạch … do Bộ Nội vụ ban hành": who issued a document, not a task.
      if (/do\s+$/.test(run.folded.slice(Math.max(0, m.start - 4), m.start)) && /^\s+(?:ban hanh|phe duyet|quy dinh)\b/.test(next)) return;
      if (TASK_VERB.test(next)) act(list);
    });
    mentions.forEach((m, i) => {
      // "X chủ trì", "X có trách nhiệm", "X chịu trách nhiệm": the body before the words acts.
      if (!/^\s*,?\s*(?:chu tri|co trach nhiem|chiu trach nhiem)\b/.test(run.folded.slice(m.end, m.end + 24)) || objects.has(m)) return;
      act(mentions.slice(index.listStart[i]!, i + 1));
    });
    responsible.add(actors.map((m) => tag(run, m, 'chu-tri')));
    if (/trach nhiem/.test(run.folded)) responsible.add(responsibilityOf(run, mentions));
  }
  // In the order the text names them.
  const byPlace = (a: BodyTag, b: BodyTag) => a.evidence[0]!.line - b.evidence[0]!.line || a.evidence[0]!.column - b.evidence[0]!.column;
  return { responsible: responsible.tags.sort(byPlace), coordinating: coordinating.tags.sort(byPlace), reportsTo: reportsTo.tags.sort(byPlace) };
}

/** Relations of a child: its own, then (unless it names its own responsible body) its parent's. */
export function inherit(own: Relations, parent: Relations | null): Relations {
  if (!parent || own.responsible.length > 0) return own;
  const inherited = (tags: BodyTag[]) => tags.map((t) => ({ ...t, inherited: true, evidence: [...t.evidence] }));
  const coordinating = new TagList();
  coordinating.add(own.coordinating);
  coordinating.add(inherited(parent.coordinating));
  const reportsTo = new TagList();
  reportsTo.add(own.reportsTo);
  reportsTo.add(inherited(parent.reportsTo));
  return { responsible: inherited(parent.responsible), coordinating: coordinating.tags, reportsTo: reportsTo.tags };
}

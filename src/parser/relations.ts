/**
 * Who does what (domain brief §4). Three relations, kept apart:
 * - responsible (chủ trì): the bodies a provision is addressed to — its
 *   heading, or the subject its first sentence opens with ("3. Đảng đoàn … và
 *   các đoàn thể … tiếp tục …");
 * - coordinating: bodies after "phối hợp với" (relation `phoi-hop`), and
 *   bodies the responsible one directs, after "chỉ đạo" (relation `chi-dao`);
 * - reports to: bodies after "báo cáo".
 * A list of bodies joined by "," or "và" is read whole. Items inherit the
 * relations of the provision they belong to unless they name their own
 * responsible body.
 */
import type { BodyTag } from '../schemas/document.js';
import type { BodyMention } from './bodies.js';
import type { TextRun } from './text-run.js';
import type { Vocabulary } from './vocabulary.js';

export interface Relations {
  responsible: BodyTag[];
  coordinating: BodyTag[];
  reportsTo: BodyTag[];
}

/** What may stand between two bodies of one list. */
const JOINER = /^\s*(?:,|và|,\s*và|;)?\s*$/u;
/** What may stand between a trigger and its first body, by relation. */
const TRIGGERS: Array<{ re: RegExp; relation: BodyTag['relation'] }> = [
  { re: /phoi hop (?:chat che )?(?:voi )?/g, relation: 'phoi-hop' },
  { re: /chi dao(?:,? dinh huong)? /g, relation: 'chi-dao' },
  { re: /bao cao (?:ket qua (?:thuc hien )?)?(?:ve |cho |len |gui )?/g, relation: 'bao-cao' },
  { re: /gui (?:ket qua |bao cao )?(?:ve |den |cho )/g, relation: 'bao-cao' },
  { re: /\(qua /g, relation: 'bao-cao' },
];

/**
 * "… gửi về Ban Tuyên giáo Tỉnh ủy để tổng hợp, báo cáo Ban Thường vụ": the
 * second report is the recipient's own, not the provision's.
 */
const ONWARD = /\bde (?:tong hop,? )?$/;

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

function tag(run: TextRun, mention: BodyMention, relation: BodyTag['relation']): BodyTag {
  return {
    id: mention.id,
    name: mention.name,
    kind: mention.kind,
    relation,
    inherited: false,
    evidence: [run.evidence(mention.start, mention.end)],
  };
}

function merge(into: BodyTag[], tags: BodyTag[]): void {
  for (const t of tags) {
    const same = into.find((existing) => existing.id === t.id && existing.relation === t.relation);
    if (same) {
      if (!t.inherited) same.evidence.push(...t.evidence.filter((e) => !same.evidence.some((s) => s.line === e.line && s.column === e.column)));
    } else {
      into.push(t);
    }
  }
}

/**
 * The relations stated in a provision's own text. `openings` are the runs
 * that may open with the responsible bodies, tried in order until one does
 * (the heading; under a heading that names no body, each paragraph); `runs`
 * are all of its own text.
 */
export function findRelations(openings: TextRun[], runs: TextRun[], vocabulary: Vocabulary): Relations {
  const relations: Relations = { responsible: [], coordinating: [], reportsTo: [] };
  for (const opening of openings) {
    const mentions = opening.bodies(vocabulary);
    const first = mentions[0];
    if (first && opening.text.slice(0, first.start).trim() === '') {
      merge(relations.responsible, chain(opening, mentions, 0).map((m) => tag(opening, m, 'chu-tri')));
    }
    if (opening === openings[0] && relations.responsible.length > 0) break;
  }
  for (const run of runs) {
    // Most runs name no relation: look for bodies only where a trigger word is.
    if (!/phoi hop|chi dao|bao cao|gui |\(qua /.test(run.folded)) continue;
    const mentions = run.bodies(vocabulary);
    for (const { re, relation } of TRIGGERS) {
      re.lastIndex = 0;
      for (const found of run.folded.matchAll(re)) {
        if (relation === 'bao-cao' && ONWARD.test(run.folded.slice(Math.max(0, found.index - 20), found.index))) continue;
        const after = found.index + found[0].length;
        const next = mentions.findIndex((m) => m.start >= after);
        if (next === -1 || run.text.slice(after, mentions[next]!.start).trim() !== '') continue;
        const tags = chain(run, mentions, next).map((m) => tag(run, m, relation));
        merge(relation === 'bao-cao' ? relations.reportsTo : relations.coordinating, tags);
      }
    }
  }
  // In the order the text names them.
  const byPlace = (a: BodyTag, b: BodyTag) => a.evidence[0]!.line - b.evidence[0]!.line || a.evidence[0]!.column - b.evidence[0]!.column;
  relations.coordinating.sort(byPlace);
  relations.reportsTo.sort(byPlace);
  return relations;
}

/** Relations of a child: its own, then (unless it names its own responsible body) its parent's. */
export function inherit(own: Relations, parent: Relations | null): Relations {
  if (!parent || own.responsible.length > 0) return own;
  const inherited = (tags: BodyTag[]) => tags.map((t) => ({ ...t, inherited: true, evidence: [...t.evidence] }));
  const result: Relations = {
    responsible: [...inherited(parent.responsible)],
    coordinating: [...own.coordinating],
    reportsTo: [...own.reportsTo],
  };
  merge(result.coordinating, inherited(parent.coordinating));
  merge(result.reportsTo, inherited(parent.reportsTo));
  return result;
}

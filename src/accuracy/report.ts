/**
 * The accuracy report: a table per document, totals per field and the
 * targets of the real-documents issue, as Markdown. Figures and field
 * names only — never the documents' words — so it can be committed.
 */
import { FIELDS, missCovered, type DocumentScore, type Field } from './score.js';

export interface ScoredDocument {
  name: string;
  /** What kind of text it was ("pdf-layout", "docx", "ocr" …). */
  form: string;
  score: DocumentScore | null;
  /** Why the document was not scored (no text to read, say). */
  skipped?: string;
  /** Lines of the editor's corrections applied to it (0: none). */
  correctionLines?: number;
}

/** Short column names for the per-document table. */
const LABELS: Record<Field, string> = {
  tree: 'tree',
  markers: 'marks',
  headings: 'headings',
  documentType: 'type',
  number: 'number',
  date: 'date',
  place: 'place',
  issuer: 'issuer',
  subject: 'subject',
  addressees: 'Kính gửi',
  preamble: 'preamble',
  closing: 'closing',
  closingApart: 'closing apart',
  footnotes: 'footnotes',
  appendices: 'appendices',
  copiesTo: 'Nơi nhận',
  signature: 'signature',
  responsible: 'responsible',
  coordinating: 'coordinating',
};

export interface Totals {
  fields: Record<Field, { right: number; total: number }>;
  documents: number;
  /** Documents read fully right: every field scored right, no word lost, no false citation, no furniture inside provisions. */
  fullyRight: number;
  /** Documents whose tree is scored (a scan's gold may score its header only). */
  treeDocuments: number;
  treeRight: number;
  issuerRight: number;
  issuerDocuments: number;
  kinhGuiRead: number;
  kinhGuiDocuments: number;
  closingApart: number;
  closingDocuments: number;
  wordsLost: number;
  documentsLosingWords: number;
  furnitureInProvisions: number;
  furnitureReported: number;
  falseCitations: number;
  extraBodies: number;
  taggedBodies: number;
  /** Deadlines the golds give, and those found (apart from the fields). */
  deadlines: { right: number; total: number; found: number; extra: number };
  /** Bodies the golds' task-table rows name, found on their rows. */
  taskBodies: { right: number; total: number };
  /** Wrong answers, and those that lie where an uncleared doubt points (README, "The parser's doubts"). */
  misses: number;
  missesCovered: number;
  /** Uncleared doubts on the documents read fully right, and those documents' provisions. */
  doubtsOnRight: number;
  provisionsOnRight: number;
}

/** Recall (the golds' deadlines found, words and normalised fields alike) and precision (the deadlines found that the golds give at that place). */
function deadlineLines(d: Totals['deadlines']): string[] {
  const precise = d.found - d.extra;
  return [
    '| measure | measured | target |',
    '|---|--:|--:|',
    `| recall: deadlines the golds give, found with their words and normalised fields | ${d.right} of ${d.total} (${percent(d.right, d.total)}) | ≥ 90 % |`,
    `| precision: deadlines found that the golds give at that place | ${precise} of ${d.found} (${percent(precise, d.found)}) | ≥ 95 % |`,
  ];
}

export function totals(documents: ScoredDocument[]): Totals {
  const scored = documents.filter((d): d is ScoredDocument & { score: DocumentScore } => d.score !== null);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Totals['fields'];
  for (const { score } of scored) {
    for (const f of FIELDS) {
      const s = score.fields[f];
      if (!s) continue;
      fields[f].right += s.right;
      fields[f].total += s.total;
    }
  }
  const has = (d: { score: DocumentScore }, f: Field) => d.score.fields[f] !== undefined;
  const full = (d: { score: DocumentScore }, f: Field) => d.score.fields[f] !== undefined && d.score.fields[f]!.right === d.score.fields[f]!.total;
  const withKinhGui = scored.filter((d) => d.score.hasKinhGui && has(d, 'addressees'));
  const isRight = (d: { score: DocumentScore }) =>
    FIELDS.every((f) => !d.score.fields[f] || d.score.fields[f]!.right === d.score.fields[f]!.total) && d.score.wordsLost === 0 && d.score.falseCitations === 0 && d.score.furnitureInProvisions === 0;
  const right = scored.filter(isRight);
  return {
    taskBodies: scored.reduce((acc, d) => ({ right: acc.right + (d.score.taskBodies?.right ?? 0), total: acc.total + (d.score.taskBodies?.total ?? 0) }), { right: 0, total: 0 }),
    deadlines: scored.reduce(
      (acc, d) => ({
        right: acc.right + (d.score.deadlines?.right ?? 0),
        total: acc.total + (d.score.deadlines?.total ?? 0),
        found: acc.found + (d.score.deadlines?.found ?? 0),
        extra: acc.extra + (d.score.deadlines?.extra ?? 0),
      }),
      { right: 0, total: 0, found: 0, extra: 0 },
    ),
    misses: scored.reduce((sum, d) => sum + d.score.misses.length, 0),
    missesCovered: scored.reduce((sum, d) => sum + d.score.misses.filter((m) => missCovered(m, d.score.doubts)).length, 0),
    doubtsOnRight: right.reduce((sum, d) => sum + d.score.doubts.length, 0),
    provisionsOnRight: right.reduce((sum, d) => sum + d.score.provisionCount, 0),
    fields,
    documents: scored.length,
    fullyRight: right.length,
    treeDocuments: scored.filter((d) => has(d, 'tree')).length,
    treeRight: scored.filter((d) => full(d, 'tree')).length,
    issuerRight: scored.filter((d) => full(d, 'issuer')).length,
    issuerDocuments: scored.filter((d) => has(d, 'issuer')).length,
    kinhGuiRead: withKinhGui.filter((d) => full(d, 'addressees')).length,
    kinhGuiDocuments: withKinhGui.length,
    closingApart: scored.filter((d) => full(d, 'closingApart')).length,
    closingDocuments: scored.filter((d) => has(d, 'closingApart')).length,
    wordsLost: scored.reduce((sum, d) => sum + d.score.wordsLost, 0),
    documentsLosingWords: scored.filter((d) => d.score.wordsLost > 0).length,
    furnitureInProvisions: scored.reduce((sum, d) => sum + d.score.furnitureInProvisions, 0),
    furnitureReported: scored.reduce((sum, d) => sum + d.score.furnitureReported, 0),
    falseCitations: scored.reduce((sum, d) => sum + d.score.falseCitations, 0),
    extraBodies: scored.reduce((sum, d) => sum + d.score.extraBodies, 0),
    taggedBodies: scored.reduce((sum, d) => sum + d.score.taggedBodies, 0),
  };
}

function percent(right: number, total: number): string {
  return total === 0 ? '—' : `${((100 * right) / total).toFixed(1)} %`;
}

function cell(score: DocumentScore, f: Field): string {
  const s = score.fields[f];
  if (!s) return '·';
  if (s.total === 1) return s.right === 1 ? '✓' : '✗';
  return s.right === s.total ? `✓ ${s.right}` : `${s.right}/${s.total}`;
}

/** The share of header fields right: type, number, date, place, issuer, subject together. */
export function headerShare(t: Totals): { right: number; total: number } {
  const parts: Field[] = ['documentType', 'number', 'date', 'place', 'issuer', 'subject'];
  return parts.reduce((acc, f) => ({ right: acc.right + t.fields[f].right, total: acc.total + t.fields[f].total }), { right: 0, total: 0 });
}

/** The targets, each with whether it holds. */
export function targets(t: Totals): Array<{ target: string; measured: string; met: boolean }> {
  const share = (f: Field) => (t.fields[f].total === 0 ? 1 : t.fields[f].right / t.fields[f].total);
  const header = headerShare(t);
  return [
    { target: 'provision tree right in every document', measured: `${t.treeRight} of ${t.treeDocuments}`, met: t.treeRight === t.treeDocuments },
    { target: 'headings of the first two levels ≥ 95 %', measured: percent(t.fields.headings.right, t.fields.headings.total), met: share('headings') >= 0.95 },
    { target: 'header fields ≥ 97 %', measured: percent(header.right, header.total), met: header.total === 0 || header.right / header.total >= 0.97 },
    { target: 'issuer right in every document', measured: `${t.issuerRight} of ${t.issuerDocuments}`, met: t.issuerRight === t.issuerDocuments },
    { target: 'closing out of provision text in every document that has one', measured: `${t.closingApart} of ${t.closingDocuments}`, met: t.closingApart === t.closingDocuments },
    { target: 'footnotes out of provision text (as many as the gold, in every document)', measured: `${t.fields.footnotes.right} of ${t.fields.footnotes.total}`, met: t.fields.footnotes.right === t.fields.footnotes.total },
    { target: 'page furniture out of provision text', measured: `${t.furnitureInProvisions} furniture lines inside provisions`, met: t.furnitureInProvisions === 0 },
    { target: '0 words lost in every document', measured: `${t.wordsLost} words in ${t.documentsLosingWords} documents`, met: t.wordsLost === 0 },
    { target: 'Kính gửi read in every document that has one', measured: `${t.kinhGuiRead} of ${t.kinhGuiDocuments}`, met: t.kinhGuiRead === t.kinhGuiDocuments },
    { target: 'named responsible bodies ≥ 90 %', measured: percent(t.fields.responsible.right, t.fields.responsible.total), met: share('responsible') >= 0.9 },
    { target: 'coordinating bodies ≥ 85 %', measured: percent(t.fields.coordinating.right, t.fields.coordinating.total), met: share('coordinating') >= 0.85 },
    { target: 'no false citation', measured: `${t.falseCitations}`, met: t.falseCitations === 0 },
  ];
}

/** The editor's-desk targets, measured on the development set: the doubts point at the mistakes, and few fall where there are none. */
export function doubtTargets(t: Totals): Array<{ target: string; measured: string; met: boolean }> {
  return [
    {
      target: "the parser's doubts point at ≥ 90 % of its wrong answers",
      measured: `${t.missesCovered} of ${t.misses}`,
      met: t.misses === 0 || t.missesCovered / t.misses >= 0.9,
    },
    {
      target: '≤ 1 doubt per 10 provisions on documents read fully right',
      measured: `${t.doubtsOnRight} in ${t.provisionsOnRight} provisions`,
      met: t.provisionsOnRight === 0 || (10 * t.doubtsOnRight) / t.provisionsOnRight <= 1,
    },
  ];
}

/** The report as Markdown. */
export function markdownReport(documents: ScoredDocument[], heading: string): string {
  const t = totals(documents);
  const out: string[] = [`# ${heading}`, '', `Made by \`npm run accuracy -- <folder> --out <file>\` (the scoring rules: README, "Accuracy on real documents"). ${documents.filter((d) => d.score).length} documents scored.`, ''];
  out.push('## Targets', '', '| target | measured | met |', '|---|---|:-:|');
  for (const row of targets(t)) out.push(`| ${row.target} | ${row.measured} | ${row.met ? '✓' : '✗'} |`);
  out.push('', '## Totals per field', '', '| field | right | of | share |', '|---|--:|--:|--:|');
  for (const f of FIELDS) out.push(`| ${LABELS[f]} | ${t.fields[f].right} | ${t.fields[f].total} | ${percent(t.fields[f].right, t.fields[f].total)} |`);
  out.push(
    `| documents fully right | ${t.fullyRight} | ${t.documents} | ${percent(t.fullyRight, t.documents)} |`,
    `| words lost | ${t.wordsLost} | | |`,
    `| furniture lines inside provisions | ${t.furnitureInProvisions} | | |`,
    `| furniture lines set aside and reported | ${t.furnitureReported} | | |`,
    `| citations with neither a number nor a known name | ${t.falseCitations} | | |`,
    `| bodies tagged where the gold annotates but does not name (responsible, coordinating) | ${t.extraBodies} | ${t.taggedBodies} | ${percent(t.extraBodies, t.taggedBodies)} |`,
  );
  out.push('', "## The parser's doubts", '', ...doubtLines(t));
  if (t.deadlines.total > 0) out.push('', '## Deadlines', '', ...deadlineLines(t.deadlines));
  if (t.taskBodies.total > 0)
    out.push('', '## Task tables', '', `Bodies the golds' task-table rows name (lead and supporting), found on their rows: ${t.taskBodies.right} of ${t.taskBodies.total} (${percent(t.taskBodies.right, t.taskBodies.total)}); target ≥ 90 %.`);
  const corrected = documents.filter((d) => (d.correctionLines ?? 0) > 0);
  if (corrected.length > 0) out.push('', "## The editors' corrections", '', ...costLines(corrected));
  out.push('', '## Per document', '', '✓ right, ✗ wrong, k/n right of n, · not scored.', '');
  const columns = FIELDS.map((f) => LABELS[f]);
  out.push(`| document | form | ${columns.join(' | ')} | words lost | furniture in provisions | false citations |`);
  out.push(`|---|---|${columns.map(() => ':-:').join('|')}|--:|--:|--:|`);
  for (const d of documents) {
    if (!d.score) {
      out.push(`| ${d.name} | ${d.form} | ${FIELDS.map(() => '·').join(' | ')} | · | · | · |`);
      continue;
    }
    out.push(`| ${d.name} | ${d.form} | ${FIELDS.map((f) => cell(d.score!, f)).join(' | ')} | ${d.score.wordsLost} | ${d.score.furnitureInProvisions} | ${d.score.falseCitations} |`);
  }
  const skipped = documents.filter((d) => d.skipped);
  if (skipped.length > 0) {
    out.push('', 'Not scored:', '');
    for (const d of skipped) out.push(`- ${d.name}: ${d.skipped}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The same documents scored from their text extraction and from their
 * originals, field by field: whether reading the original is at least as
 * good everywhere.
 */
export function comparisonReport(fromText: ScoredDocument[], fromOriginal: ScoredDocument[], heading: string): string {
  const both = fromText.filter((d) => d.score && fromOriginal.find((o) => o.name === d.name)?.score);
  const names = new Set(both.map((d) => d.name));
  const text = totals(both);
  const original = totals(fromOriginal.filter((d) => names.has(d.name)));
  const share = (s: { right: number; total: number }) => (s.total === 0 ? 1 : s.right / s.total);
  const out: string[] = [
    `# ${heading}`,
    '',
    `Made by \`npm run accuracy -- <folder> --compare --out <file>\`: the ${both.length} documents that have both a text extraction and an original, scored from each.`,
    '',
    '## Totals per field',
    '',
    '| field | from the text | from the original | original ≥ text |',
    '|---|--:|--:|:-:|',
  ];
  for (const f of FIELDS) {
    const a = text.fields[f];
    const b = original.fields[f];
    if (a.total === 0 && b.total === 0) continue;
    out.push(`| ${LABELS[f]} | ${a.right}/${a.total} (${percent(a.right, a.total)}) | ${b.right}/${b.total} (${percent(b.right, b.total)}) | ${share(b) >= share(a) ? '✓' : '✗'} |`);
  }
  out.push(`| words lost | ${text.wordsLost} | ${original.wordsLost} | ${original.wordsLost <= text.wordsLost ? '✓' : '✗'} |`);
  const header = { text: headerShare(text), original: headerShare(original) };
  out.push('', `Header fields: ${percent(header.text.right, header.text.total)} from the text, ${percent(header.original.right, header.original.total)} from the originals.`, '');
  out.push('## Per document (header fields right)', '', '| document | form | from the text | from the original |', '|---|---|--:|--:|');
  for (const d of both) {
    const o = fromOriginal.find((x) => x.name === d.name)!;
    const h = (s: ScoredDocument) => headerShare(totals([s]));
    const [a, b] = [h(d), h(o)];
    out.push(`| ${d.name} | ${d.form} | ${a.right}/${a.total} | ${b.right}/${b.total} |`);
  }
  const originalOnly = fromOriginal.filter((d) => d.score && !names.has(d.name));
  if (originalOnly.length > 0) {
    out.push('', 'Scored from the original only (no text extraction):', '');
    for (const d of originalOnly) {
      const h = headerShare(totals([d]));
      out.push(`- ${d.name}: header fields ${h.right}/${h.total}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** How well the doubts point at the parser's mistakes, and how few they are where it reads right. */
export function doubtLines(t: Totals): string[] {
  return [
    '| measure | measured | target |',
    '|---|--:|--:|',
    `| wrong answers lying where a doubt points | ${t.missesCovered} of ${t.misses} (${percent(t.missesCovered, t.misses)}) | ≥ 90 % |`,
    `| doubts per 10 provisions on documents read fully right | ${t.provisionsOnRight === 0 ? '—' : ((10 * t.doubtsOnRight) / t.provisionsOnRight).toFixed(2)} (${t.doubtsOnRight} in ${t.provisionsOnRight} provisions) | ≤ 1 |`,
  ];
}

/** What the corrections cost: correction lines per corrected document, median and max. */
export function costLines(corrected: ScoredDocument[]): string[] {
  const lines = corrected.map((d) => d.correctionLines ?? 0).sort((a, b) => a - b);
  const mid = Math.floor(lines.length / 2);
  const median = lines.length % 2 === 1 ? lines[mid]! : (lines[mid - 1]! + lines[mid]!) / 2;
  return [
    `${corrected.length} documents corrected; correction lines per document: median ${median}, max ${lines[lines.length - 1]}, total ${lines.reduce((a, b) => a + b, 0)}.`,
  ];
}

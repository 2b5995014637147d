/**
 * The editor's desk: which documents need a look, and where. Pure: the
 * caller parses the documents (as the corpus build does) and prints or
 * writes what these functions give — a console list ordered by doubt, a
 * one-line summary for the end of a build, correction stubs for one
 * document, and a self-contained HTML report that shows each doubtful
 * provision's source lines beside the tree that was read.
 *
 * Places in a PDF or a scan are given as the original's page and its line
 * on that page (the printed lines, counted as a reader counts them), never
 * as a line of the extracted text the editor does not see.
 */
import type { LayoutHints } from '../parser/hints.js';
import type { Diagnostic, DirectiveDocument, Doubt, Provision } from '../schemas/document.js';

export interface ReviewedDocument {
  slug: string;
  /** The source file, as messages name it ("content/directives/x/source.pdf"). */
  path: string;
  /** The parsed document; null when it could not be read at all. */
  document: DirectiveDocument | null;
  /** The text the parser read, line by line (an original's extracted text). */
  lines: string[];
  /** What the extractor knew of each line (its page), for an original. */
  hints?: LayoutHints | undefined;
  /** Errors that stopped the document (a refused correction, an unreadable file). */
  errors: Diagnostic[];
}

const HEADER_FIELDS = { documentType: 'loại văn bản', number: 'số hiệu', date: 'ngày', issuer: 'cơ quan ban hành', subject: 'trích yếu' } as const;

/** The doubts an editor has not cleared. */
export function openDoubts(entry: ReviewedDocument): Doubt[] {
  return entry.document?.doubts.filter((d) => !d.cleared) ?? [];
}

/** Header fields the parser did not find (and no meta.yaml gave). */
export function missingFields(entry: ReviewedDocument): string[] {
  const meta = entry.document?.meta;
  if (!meta) return [];
  return (Object.keys(HEADER_FIELDS) as Array<keyof typeof HEADER_FIELDS>).filter((f) => meta[f] === null).map((f) => HEADER_FIELDS[f]);
}

/** Documents with errors first, then by how many open doubts, then by slug. */
export function byDoubt(entries: ReviewedDocument[]): ReviewedDocument[] {
  return [...entries].sort((a, b) => b.errors.length - a.errors.length || openDoubts(b).length - openDoubts(a).length || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Where a line of the read text is, as the editor finds it: "dòng 42", or "trang 3, dòng 12" of an original's pages. */
export function placeOf(line: number, hints?: LayoutHints, text: string[] = []): { label: string; page?: number; lineOnPage?: number } {
  const printed = (i: number) => (text[i] ?? 'x').trim() !== '';
  // A Word file has no pages: its paragraphs, counted as the extractor wrote them one a line.
  if (hints?.from === 'docx') {
    let paragraph = 0;
    for (let i = 0; i < line; i++) if (hints.lines[i] !== undefined && printed(i)) paragraph++;
    // Corrections name the line of the text read from it: said beside the paragraph.
    return { label: `đoạn ${paragraph || line} (dòng ${line} của văn bản đọc ra)` };
  }
  const page = hints?.lines[line - 1]?.page;
  if (!hints || hints.pages === 0 || page === undefined) return { label: `dòng ${line}` };
  // The page's printed lines, as corrections count them (blank lines are not counted).
  let lineOnPage = 0;
  for (let i = 0; i < line; i++) if (hints.lines[i]?.page === page && printed(i)) lineOnPage++;
  return { label: `trang ${page}, dòng ${lineOnPage}`, page, lineOnPage };
}

/** How the document was read, in Vietnamese. */
export function readFrom(entry: ReviewedDocument): string {
  const original = entry.document?.original;
  if (!original) return 'văn bản (.txt)';
  return { 'text-layer': 'PDF (lớp chữ)', ocr: 'PDF quét (OCR)', 'text-layer-and-ocr': 'PDF (lớp chữ và OCR)', word: 'Word (.docx)' }[original.read];
}

/** What a doubt concerns: the provision's label, else the header field or part. */
function concerns(doubt: Doubt, document: DirectiveDocument | null): string {
  if (doubt.provision && document) {
    const found = findProvision(document.provisions, doubt.provision);
    if (found) return found.label;
  }
  return doubt.field ? (FIELD_WORDS[doubt.field] ?? doubt.field) : '';
}

/** The fields and parts a doubt may be about, as an editor calls them. */
const FIELD_WORDS: Record<string, string> = { ...HEADER_FIELDS, date: 'ngày ban hành', place: 'nơi ban hành', signature: 'phần chữ ký', copiesTo: 'nơi nhận', closing: 'phần kết', text: 'chữ của văn bản' };

function findProvision(list: Provision[], id: string): Provision | null {
  for (const p of list) {
    if (p.id === id) return p;
    const inner = findProvision(p.children, id);
    if (inner) return inner;
  }
  return null;
}

/** The console list: each document needing a look, with its doubts at their places. */
export function consoleLines(entries: ReviewedDocument[], options: { all?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const entry of byDoubt(entries)) {
    const doubts = openDoubts(entry);
    const missing = missingFields(entry);
    if (!options.all && doubts.length === 0 && entry.errors.length === 0) continue;
    const parts = [readFrom(entry), `${doubts.length} chỗ cần xem lại`];
    if (missing.length > 0) parts.push(`thiếu ${missing.join(', ')}`);
    if (entry.document?.corrections) parts.push(`${entry.document.corrections.count} hiệu đính`);
    out.push(`${entry.path}: ${parts.join('; ')}`);
    for (const error of entry.errors) out.push(`  ${error.file ?? entry.path}:${error.line || 1}:${error.column || 1}: error: ${error.message}`);
    for (const doubt of doubts) {
      const place = placeOf(doubt.line, entry.hints, entry.lines);
      const about = concerns(doubt, entry.document);
      // An original's place is its page and line (or a Word file's paragraph), never a line of the text extracted from it.
      const where = entry.hints ? `${entry.path}, ${place.label}` : `${entry.path}:${doubt.line}:${doubt.column}`;
      out.push(`  ${where}${about ? ` [${about}]` : ''} ${doubt.message} [${doubt.rule}]`);
    }
  }
  return out;
}

/** The build's last line: how many documents need a look, and the command that shows them. */
export function summaryLine(entries: ReviewedDocument[], folders: string[] = []): string {
  const doubtful = entries.filter((e) => openDoubts(e).length > 0);
  const doubts = doubtful.reduce((sum, e) => sum + openDoubts(e).length, 0);
  if (doubtful.length === 0) return `${entries.length} văn bản, không có chỗ nào cần xem lại.`;
  const command = (extra: string[]) => ['npm run review', ...(folders.length + extra.length > 0 ? ['--', ...folders, ...extra] : [])].join(' ');
  return `${doubtful.length}/${entries.length} văn bản cần xem lại, tổng cộng ${doubts} chỗ: xem bằng ${command([])} (hoặc ${command(['--html', 'review.html'])}).`;
}

/** One line of a document, for a summary per document: how it was read, doubts, fields missing. */
export function documentLine(entry: ReviewedDocument): string {
  const missing = missingFields(entry);
  const doubts = openDoubts(entry).length;
  return `${entry.path}: đọc từ ${readFrom(entry)}; ${doubts === 0 ? 'không có chỗ cần xem lại' : `${doubts} chỗ cần xem lại`}${missing.length > 0 ? `; thiếu ${missing.join(', ')}` : ''}`;
}

/** The first words of a line, as a correction quotes them. */
function quoteOf(text: string): string {
  const words = text.trim().split(/\s+/u).slice(0, 5).join(' ');
  return words.length > 40 ? words.slice(0, 40).trimEnd() : words;
}

/** What a correction for a doubt of this rule would most likely say (to be edited). */
const STUBS: Record<string, (doubt: Doubt, entry: ReviewedDocument) => string[]> = {
  numbering: () => ['provision: false   # or: provision: { marker: "…", level: 1 }'],
  'numbering-once': () => ['provision: false   # the mark is a word of the sentence'],
  'mark-in-text': (d, e) => [`provision: { marker: ${JSON.stringify(/^\S+/u.exec(e.lines[d.line - 1]?.trim() ?? '')?.[0] ?? '1.')}, level: 1 }`],
  quoted: (d) => [`quoted: { to: ${d.line} }   # the last line of the quoted text`],
  'capitals-in-text': (d) => [`quoted: { to: ${d.line} }   # sample text, or: checked: true`],
  'closing-inside': () => ['closing: true   # on the line where the closing sentences start'],
  'duty-without-body': () => ['add:', '  - { body: "…", relation: chu-tri }'],
  'partner-without-body': () => ['add:', '  - { body: "…", relation: phoi-hop }'],
  'body-cut': () => ['remove:', '  - { body: "…" }', 'add:', '  - { body: "…", relation: chu-tri }   # or phoi-hop, bao-cao, chi-dao'],
  'body-unknown': () => ['add:', '  - { body: "…", relation: chu-tri }'],
  'heading-undecided': () => ['heading: ends-here'],
  'heading-shape': () => ['heading: ends-here   # on the title\'s last line; or: heading: none'],
  'empty-provision': () => ['provision: false'],
};

/** Ready-to-edit correction stubs for a document's open doubts (corrections.yaml), and meta.yaml lines for its header. */
export function suggestions(entry: ReviewedDocument): string {
  const out = [`# corrections.yaml for ${entry.slug} (${entry.path})`, '# Keep the corrections that are right, edit the "…", delete the rest.', 'note: "…"   # who corrected, from what (shown to readers)', 'corrections:'];
  const meta: string[] = [];
  let any = false;
  for (const doubt of openDoubts(entry)) {
    if (doubt.rule.startsWith('header-')) {
      meta.push(`# ${doubt.message}`, `${doubt.field}: "…"`);
      continue;
    }
    const stub = STUBS[doubt.rule] ?? (() => ['checked: true']);
    const place = placeOf(doubt.line, entry.hints, entry.lines);
    const text = entry.lines[doubt.line - 1] ?? '';
    if (text.trim() === '') continue;
    any = true;
    out.push(`  # [${doubt.rule}] ${doubt.message}`);
    out.push(place.page !== undefined ? `  - page: ${place.page}` : `  - line: ${doubt.line}`);
    if (place.page !== undefined) out.push(`    line: ${place.lineOnPage}`);
    out.push(`    quote: ${JSON.stringify(quoteOf(text))}`);
    for (const line of stub(doubt, entry)) out.push(`    ${line}`);
  }
  if (!any) out.push('  []');
  if (meta.length > 0) out.push('', `# meta.yaml for ${entry.slug}: what the header lacks (write the values as printed)`, ...meta);
  return `${out.join('\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function provisionHtml(p: Provision): string {
  const bodies = (label: string, tags: Provision['responsible']) =>
    tags.length === 0 ? '' : `<p class="tags">${label}: ${tags.map((t) => `${escapeHtml(t.name)}${t.inherited ? ' <small>(kế thừa)</small>' : ''}${t.provenance === 'editorial' ? ' <small>(hiệu đính)</small>' : ''}`).join('; ')}</p>`;
  return [
    `<div class="tree"><p><b>${escapeHtml(p.marker)}</b> <small>${escapeHtml(p.label)}</small>${p.provenance === 'editorial' ? ' <small>(đã hiệu đính)</small>' : ''}</p>`,
    p.heading ? `<p class="heading">${escapeHtml(p.heading)}</p>` : '<p class="none">(không có tiêu đề)</p>',
    ...p.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    bodies('Chủ trì', p.responsible),
    bodies('Phối hợp', p.coordinating),
    bodies('Báo cáo', p.reportsTo),
    p.children.length > 0 ? `<p class="none">… ${p.children.length} mục con: ${p.children.map((c) => escapeHtml(c.marker)).join(' ')}</p>` : '',
    '</div>',
  ].join('');
}

/** The source lines around a place, each numbered and anchored. */
function sourceHtml(entry: ReviewedDocument, panel: number, from: number, to: number): string {
  const rows: string[] = [];
  for (let line = Math.max(1, from); line <= Math.min(entry.lines.length, to); line++) {
    const place = placeOf(line, entry.hints, entry.lines);
    rows.push(`<tr id="${anchor(entry, panel, line)}"><th title="${escapeHtml(place.label)}">${line}</th><td>${escapeHtml(entry.lines[line - 1] ?? '') || '&nbsp;'}</td></tr>`);
  }
  return `<table class="source">${rows.join('')}</table>`;
}

/** A source line's anchor in one panel (a line may stand in two panels). */
function anchor(entry: ReviewedDocument, panel: number, line: number): string {
  return `${escapeHtml(entry.slug)}-${panel}-L${line}`;
}

/**
 * The report as one HTML file: no script, no request outside it. Each
 * document needing a look lists its doubts (linked to their source lines);
 * each doubtful provision shows the source lines beside the tree read.
 */
export function htmlReport(entries: ReviewedDocument[], title: string): string {
  const ordered = byDoubt(entries).filter((e) => openDoubts(e).length > 0 || e.errors.length > 0);
  const sections = ordered.map((entry) => {
    const doubts = openDoubts(entry);
    // One panel per doubtful provision (or per place outside the provisions): its source lines beside what was read.
    const panels: string[] = [];
    const panelOf = new Map<string, number>();
    const doubtPanel: number[] = [];
    for (const doubt of doubts) {
      const provision = doubt.provision && entry.document ? findProvision(entry.document.provisions, doubt.provision) : null;
      const key = provision?.id ?? `line-${doubt.line}`;
      let panel = panelOf.get(key);
      if (panel === undefined) {
        panel = panels.length;
        panelOf.set(key, panel);
        const from = provision ? provision.source.startLine - 1 : doubt.line - 3;
        const to = provision ? Math.min(provision.source.endLine + 1, from + 60) : doubt.line + 3;
        panels.push(
          `<div class="pair"><div><h4>Văn bản nguồn</h4>${sourceHtml(entry, panel, from, to)}</div><div><h4>${provision ? 'Phần mềm đã đọc' : escapeHtml(concerns(doubt, entry.document))}</h4>${provision ? provisionHtml(provision) : `<p>${escapeHtml(doubt.message)}</p>`}</div></div>`,
        );
      }
      doubtPanel.push(panel);
    }
    const list = doubts
      .map((d, k) => `<li><a href="#${anchor(entry, doubtPanel[k]!, d.line)}">${escapeHtml(placeOf(d.line, entry.hints, entry.lines).label)}</a> ${concerns(d, entry.document) ? `<b>${escapeHtml(concerns(d, entry.document))}</b>: ` : ''}${escapeHtml(d.message)}</li>`)
      .join('');
    const errors = entry.errors.map((e) => `<li class="error">${escapeHtml(e.file ?? entry.path)}:${e.line}:${e.column}: ${escapeHtml(e.message)}</li>`).join('');
    const missing = missingFields(entry);
    const meta = entry.document?.meta;
    const name = meta ? `${meta.documentType ?? 'Văn bản'}${meta.number ? ` số ${meta.number}` : ''}${meta.issuer ? ` của ${meta.issuer}` : ''}` : entry.slug;
    return [
      `<section id="${escapeHtml(entry.slug)}"><h2>${escapeHtml(name)}</h2>`,
      meta?.subject ? `<p class="subject">${escapeHtml(meta.subject)}</p>` : '',
      `<p class="meta">${escapeHtml(entry.path)} · đọc từ ${escapeHtml(readFrom(entry))} · ${doubts.length} chỗ cần xem lại${missing.length > 0 ? ` · thiếu ${escapeHtml(missing.join(', '))}` : ''}</p>`,
      `<p class="meta">Gợi ý hiệu đính: <code>npm run review -- --suggest ${escapeHtml(entry.slug)}</code></p>`,
      `<ul>${errors}${list}</ul>`,
      ...panels,
      '</section>',
    ].join('\n');
  });
  const style = `body{font:15px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
h2{border-top:2px solid #999;padding-top:.5rem}.meta{color:#555}.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:1rem 0;border:1px solid #ccc;padding:.5rem}
.source{border-collapse:collapse;font:13px/1.45 system-ui,'Segoe UI','Noto Sans',Arial,sans-serif;white-space:pre-wrap}.source tr{scroll-margin-top:3rem}.subject{font-style:italic}.source th{color:#777;text-align:right;padding-right:.5rem;vertical-align:top;font-weight:normal}
.source tr:target{background:#fff3b0}.tree p{margin:.25rem 0}.heading{font-weight:bold}.none{color:#777;font-style:italic}.tags{color:#0b5394}.error{color:#a00}
@media (max-width:50rem){.pair{grid-template-columns:1fr}}@media print{.pair{break-inside:avoid}}`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${style}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(summaryLine(entries))}</p>
<p>${ordered.length === 0 ? 'Không có văn bản nào cần xem lại.' : 'Mỗi chỗ nghi ngờ dẫn tới dòng của văn bản nguồn; bên cạnh là cách phần mềm đã đọc mục đó.'}</p>
${ordered.length === 0 ? '' : '<p>Sửa số hiệu, ngày, cơ quan ban hành, trích yếu trong <code>meta.yaml</code>; sửa cách chia mục, tiêu đề, phần kết, cơ quan chủ trì và phối hợp trong <code>corrections.yaml</code> — cả hai đặt cạnh văn bản nguồn, không sửa văn bản nguồn (README, “The editor\'s desk”). Một chỗ đã đúng: ghi <code>checked: true</code> ở dòng đó.</p>'}
${sections.join('\n')}
</body></html>
`;
}

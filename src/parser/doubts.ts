/**
 * Stage: the parser's doubts. After the tree is read and tagged, the places
 * where a reading is likely wrong are listed, each with its rule, line and
 * column, a reason in Vietnamese for editors, and the provision or header
 * field it concerns — numbering that skips or restarts, a numbering style
 * seen once, a header field not found or read from elsewhere, a signature
 * or Nơi nhận of unusual shape, a duty whose body is not recognised, text
 * read as quoted, a provision with no words, a line that starts with a mark
 * but was read as running text, a closing formula inside the last provision,
 * OCR words of low confidence, a repaired text layer.
 *
 * Doubts are data (the document's `doubts`); an editor clears them by
 * checking the reading (corrections.yaml `checked`) or by correcting it.
 * Every rule looks at each node a bounded number of times: linear.
 */
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { Doubt } from '../schemas/document.js';
import { fold, isAllUpper } from '../text/fold.js';
import { provisionAtLine } from './corrections.js';
import { isBullet, matchMarker } from './input/classify.js';
import { textOf, type BodyNode, type ParagraphNode, type ProvisionNode, type RootNode } from './nodes.js';
import { isClosingSentence } from './structure/closing.js';
import { runOf, type TextRun } from './text-run.js';
import type { Vocabulary } from './vocabulary.js';

type Found = Omit<Doubt, 'cleared' | 'page'>;

const HEADER_WORDS: Record<string, string> = {
  documentType: 'loại văn bản',
  number: 'số hiệu',
  date: 'ngày ban hành',
  issuer: 'cơ quan ban hành',
  subject: 'trích yếu',
};

/** Numbering messages of the structure stage, as doubts. */
const NUMBERING: Record<string, string> = {
  'repeated-number': 'Số thứ tự bị lặp lại: có thể một mục bị tách đôi, hoặc một dòng trích dẫn bị đọc thành mục.',
  'skipped-number': 'Số thứ tự bị nhảy: có thể một mục bị đọc lẫn vào mục trước.',
  'out-of-order-number': 'Số thứ tự không theo thứ tự: có thể một danh sách trích dẫn hay một mục con bị đọc sai cấp.',
};

/** A duty given to a body the parser did not recognise: "giao … chủ trì", "… chủ trì, phối hợp …". */
const ASSIGNS = /(?:^|[\s,;:(])(?:chu tri|giao cho|giao [^,.;:]{2,60}? (?:chu tri|thuc hien|tham muu))(?=[\s,;:.)]|$)/;
/** Words that head a body's name; a capitalised name after one that no tag covers is a body the parser does not know. */
const BODY_HEAD = /(?<![\p{L}\p{M}])(?:Sở|Ban|Phòng|Trung tâm|Chi cục|Cục|Vụ|Viện|Hội|Đoàn|Công an|Bộ|Ủy ban|Uỷ ban|Văn phòng|Thanh tra|Kho bạc|Ngân hàng|Đài|Báo|Trường|Bệnh viện|Liên đoàn|Tổng công ty|Công ty|Hợp tác xã|Quỹ|Tòa án|Viện kiểm sát|Bộ Chỉ huy|Đảng ủy|Đảng uỷ|Huyện ủy|Thành ủy|Tỉnh ủy)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,6}/gu;

/** Lines whose text starts with a numbering mark but were read as the running text of a paragraph. */
function markInText(paragraph: ParagraphNode): { line: number; column: number; mark: string } | null {
  let previousLine = -1;
  for (const child of paragraph.children) {
    if (child.type !== 'text') continue;
    const line = child.position.start.line;
    const first = previousLine >= 0 && line !== previousLine;
    previousLine = line;
    if (!first) continue;
    const marker = matchMarker(child.value.trim());
    if (marker && !isBullet(marker.style) && marker.style !== 'period') return { line, column: child.position.start.column, mark: marker.marker.trim() };
  }
  return null;
}

/** Find the doubts of a document's tree. */
export function findDoubts(tree: RootNode, file: VFile, vocabulary: Vocabulary): Doubt[] {
  const found: Found[] = [];
  const body = tree.children.find((node): node is BodyNode => node.type === 'body');
  const provisions = body?.children ?? [];
  const idAt = (line: number) => provisionAtLine(provisions, line)?.data.id ?? null;
  const header = tree.children.find((node) => node.type === 'header');
  const headerPlace = header ? { line: header.position.start.line, column: header.position.start.column } : { line: 1, column: 1 };

  // The header: a field not found, or read from elsewhere than the header.
  const meta = tree.data.meta;
  const unread = unreadFields(tree);
  tree.data.unread = unread;
  const provenance = tree.data.provenance ?? {};
  for (const field of Object.keys(HEADER_WORDS)) {
    const value = meta?.[field as keyof typeof meta] ?? null;
    const origin = provenance[field];
    if (value === null) {
      const printed = unread.includes(field as 'number' | 'date');
      // The line where the field would stand ("Số:   /UBND-VX", "…, ngày   tháng   năm 2026"), else the header's first.
      const slot = header?.children.find((f) => f.role === (field === 'number' ? 'number' : field === 'date' ? 'placeDate' : field === 'subject' ? 'subject' : ''));
      found.push({
        rule: 'header-missing',
        ...(slot ? { line: slot.position.start.line, column: slot.position.start.column } : headerPlace),
        message: printed
          ? `Bản nguồn để trống ${HEADER_WORDS[field]} (thường do chữ ký số điền khi ký): xem văn bản gốc và ghi vào meta.yaml.`
          : `Không tìm thấy ${HEADER_WORDS[field]} của văn bản: xem phần đầu văn bản gốc và ghi vào meta.yaml nếu có.`,
        provision: null,
        field,
      });
    } else if (origin?.from === 'inferred' && field !== 'documentType') {
      const at = origin.evidence ?? headerPlace;
      found.push({ rule: 'header-inferred', line: at.line, column: at.column, message: `${capitalise(HEADER_WORDS[field]!)} không đọc được ở phần đầu mà suy ra từ chỗ khác (“${value}”): cần đối chiếu.`, provision: null, field });
    } else if (origin?.from === 'text' && (/[<>@#$%^*_=|~\\{}[\]]/u.test(value) || (field !== 'number' && value.includes('&')) || (field === 'issuer' && (value.length > 160 || /\p{Ll}\p{Lu}/u.test(value))))) {
      const at = origin.evidence ?? headerPlace;
      found.push({ rule: 'header-odd', line: at.line, column: at.column, message: `${capitalise(HEADER_WORDS[field]!)} đọc được có ký tự lạ (“${value.slice(0, 80)}”): có thể chữ bị đọc sai.`, provision: null, field });
    }
  }

  // Numbering, from the structure stage's messages.
  for (const message of file.messages) {
    const reason = NUMBERING[message.ruleId ?? ''];
    if (reason && message.line) found.push({ rule: 'numbering', line: message.line, column: message.column ?? 1, message: reason, provision: idAt(message.line), field: null });
  }

  // A numbering style seen once in the whole text (bullets apart).
  const styleCount = new Map<string, ProvisionNode[]>();
  const all: ProvisionNode[] = [];
  if (body) visitParents(body, 'provision', (node) => void all.push(node));
  for (const node of all) {
    if (isBullet(node.style)) continue;
    const key = node.style === 'decimal' ? `decimal${node.number.split('.').length}` : node.style;
    styleCount.set(key, [...(styleCount.get(key) ?? []), node]);
  }
  if (all.length >= 3) {
    for (const nodes of styleCount.values()) {
      if (nodes.length !== 1) continue;
      const node = nodes[0]!;
      const mark = node.children.find((c) => c.type === 'marker');
      // A lone first item ("1." under a title, "a)") is a list of one; a lone later number is not.
      if (node.ordinal === 1 && /^(?:1|a|A|I|i)$/u.test(node.number)) continue;
      found.push({ rule: 'numbering-once', line: node.position.start.line, column: node.position.start.column, message: `Kiểu đánh số “${mark?.value ?? node.number}” chỉ gặp một lần trong văn bản: có thể là chữ trong câu bị đọc thành mục.`, provision: node.data.id ?? null, field: null });
    }
  }

  // Lines in capitals among provisions' paragraphs (a sample header or signature, a title read as text): said once, at the first.
  const capitalLines: Array<{ paragraph: ParagraphNode; id: string | null }> = [];
  for (const node of all) {
    const id = node.data.id ?? null;
    const own = node.children.filter((c): c is ParagraphNode => c.type === 'paragraph');
    const heading = node.children.find((c) => c.type === 'heading');
    const place = { line: node.position.start.line, column: node.position.start.column };
    if (own.length === 0 && !heading && !node.children.some((c) => c.type === 'provision')) {
      found.push({ rule: 'empty-provision', ...place, message: 'Mục không có chữ nào: có thể nội dung của mục bị đọc vào chỗ khác.', provision: id, field: null });
    }
    if (heading && (textOf(heading).length > 220 || /[,;]$/u.test(textOf(heading)))) {
      found.push({ rule: 'heading-shape', ...place, message: 'Tiêu đề của mục dài hoặc dừng giữa câu: có thể phần thân bị đọc vào tiêu đề.', provision: id, field: null });
    }
    const quoted = own.find((p) => p.data?.quoted && !p.data.editorial);
    if (quoted) {
      found.push({ rule: 'quoted', line: quoted.position.start.line, column: quoted.position.start.column, message: 'Đoạn này được đọc là lời trích dẫn (của văn bản khác, hoặc mẫu), không phải mục của văn bản: cần đối chiếu.', provision: id, field: null });
    }
    for (const paragraph of own) {
      const mark = paragraph.data?.quoted ? null : markInText(paragraph);
      if (mark) {
        found.push({ rule: 'mark-in-text', line: mark.line, column: mark.column, message: `Dòng bắt đầu bằng “${mark.mark}” nhưng được đọc là phần tiếp của đoạn trên: có thể là một mục bị bỏ sót.`, provision: id, field: null });
        break;
      }
    }
    const capitals = own.find((p) => !p.data?.quoted && isAllUpper(textOf(p)) && textOf(p).length >= 12);
    if (capitals) capitalLines.push({ paragraph: capitals, id });
    // A duty whose body is not recognised.
    const runs = [...(heading ? [runOf(heading)] : []), ...own.filter((p) => !p.data?.quoted).map(runOf)];
    const ownResponsible = (node.data.responsible ?? []).filter((t) => !t.inherited);
    if (ownResponsible.length === 0) {
      // "Giao …", "… chủ trì" inside the sentence names its own body; a bullet that opens "Chủ trì, …" speaks for the body above it.
      const none = (node.data.responsible ?? []).length === 0;
      const assigning =
        runs.find((run) => {
          const found = ASSIGNS.exec(fold(run.text));
          return found !== null && (found.index > 2 || /giao/u.test(found[0]));
        }) ?? (none ? runs.find((run) => ASSIGNS.test(fold(run.text)) || namedDuty(run, vocabulary)) : undefined);
      if (assigning) {
        const at = assigning.pointAt(0);
        found.push({ rule: 'duty-without-body', ...at, message: 'Câu giao việc (“chủ trì”, “giao …”) mà không nhận ra cơ quan chủ trì: cần ghi cơ quan chịu trách nhiệm.', provision: id, field: null });
        continue;
      }
    }
    // "phối hợp với …" with no partner found.
    const coordinating = (node.data.coordinating ?? []).filter((t) => !t.inherited);
    const partner = coordinating.length === 0 ? runs.find((run) => /\bphoi hop (?:chat che |thuong xuyen )?voi\b/.test(fold(run.text))) : undefined;
    if (partner) {
      found.push({ rule: 'partner-without-body', ...partner.pointAt(0), message: 'Câu “phối hợp với …” mà không nhận ra cơ quan phối hợp: cần ghi cơ quan phối hợp.', provision: id, field: null });
    }
    // A numbered provision whose first sentence leads on with a colon: its title, or a sentence leading into its items?
    const first = node.children.find((c) => c.type !== 'marker');
    if (!heading && !isBullet(node.style) && first?.type === 'paragraph' && node.children.some((c) => c.type === 'provision') && /:\s*$/u.test(textOf(first))) {
      found.push({ rule: 'heading-undecided', line: first.position.start.line, column: first.position.start.column, message: 'Câu đầu của mục kết thúc bằng dấu hai chấm và được đọc là câu dẫn, không phải tiêu đề: cần đối chiếu.', provision: id, field: null });
    }
    // A body's name that runs on past the words tagged ("Cấp ủy, chi bộ" of "Cấp ủy, chi bộ đảng công an địa phương … có nhiệm vụ"),
    // or a sentence that opens with a body no tag covers ("Cơ quan tham mưu về công tác tổ chức … quản lý …").
    // Where each responsible body's words start (line:column), once per provision: the look-ups below stay linear.
    const responsibleAt = new Map<string, string>();
    for (const tag of ownResponsible) for (const e of tag.evidence) responsibleAt.set(`${e.line}:${e.column}`, e.text);
    const cut = runs.map((run) => bodyCut(run, responsibleAt, vocabulary)).find((at) => at !== null);
    if (cut) {
      found.push({ rule: 'body-cut', ...cut, message: 'Tên cơ quan chịu trách nhiệm có thể dài hơn phần được nhận ra, hoặc câu mở đầu bằng một cơ quan không được nhận ra: cần đối chiếu.', provision: id, field: null });
      continue;
    }
    // A name shaped like a body's that no tag and no known body covers.
    const tagged = [...(node.data.responsible ?? []), ...(node.data.coordinating ?? []), ...(node.data.reportsTo ?? [])].filter((t) => !t.inherited);
    // A tagged name followed by words that go on naming ("Phòng Nghiệp vụ" 1, "Vụ … học sinh", sinh viên, "Ban Chỉ đạo Trung ương" về …).
    // Proper names only: a generic body ("cấp ủy", "chi bộ nơi …") is qualified by the words after it in every sentence.
    // Each tag's first words only, and the first fifty tags: a body named a thousand times is one name to look at.
    const runsOn = tagged.slice(0, 50).map((t) => t.evidence[0]!).find((e) => /^\p{Lu}/u.test(e.text) && /\s\p{Lu}/u.test(e.text) && nameRunsOn(runs, e));
    if (runsOn) {
      found.push({ rule: 'body-cut', line: runsOn.line, column: runsOn.column, message: `Tên cơ quan “${runsOn.text}” có thể còn tiếp sau phần được nhận ra: cần đối chiếu tên đầy đủ.`, provision: id, field: null });
      continue;
    }
    const taggedAt = new Set(tagged.flatMap((t) => t.evidence.map((e) => `${e.line}:${e.column}`)));
    for (const run of runs) {
      if (!ASSIGNS_OR_ASKS.test(fold(run.text))) continue;
      // Known names in order of where they start; the matches come in order too: one pass over both.
      const known = [...run.bodies(vocabulary)].sort((a, b) => a.start - b.start);
      let k = 0;
      let reach = -1;
      let unknown: RegExpExecArray | null = null;
      for (const m of run.text.matchAll(BODY_HEAD)) {
        while (k < known.length && known[k]!.start <= m.index) reach = Math.max(reach, known[k++]!.end);
        const point = run.pointAt(m.index);
        if (m.index < reach || taggedAt.has(`${point.line}:${point.column}`)) continue;
        unknown = m;
        break;
      }
      if (unknown) {
        found.push({ rule: 'body-unknown', ...run.pointAt(unknown.index), message: `“${unknown[0]}” giống tên một cơ quan nhưng không có trong danh mục cơ quan: có thể cơ quan này bị bỏ sót khi gắn trách nhiệm.`, provision: id, field: null });
        break;
      }
    }
  }

  const firstCapitals = capitalLines[0];
  if (firstCapitals) {
    const more = capitalLines.length > 1 ? ` (và ${capitalLines.length - 1} chỗ khác)` : '';
    found.push({ rule: 'capitals-in-text', line: firstCapitals.paragraph.position.start.line, column: firstCapitals.paragraph.position.start.column, message: `Dòng chữ in hoa giữa nội dung của mục${more}: có thể là mẫu, tiêu đề hoặc chữ ký bị đọc lẫn vào.`, provision: firstCapitals.id, field: null });
  }

  // The closing: a closing formula run into the last provision.
  const last = all[all.length - 1];
  if (last && !tree.children.some((node) => node.type === 'closing')) {
    const paragraphs = last.children.filter((c): c is ParagraphNode => c.type === 'paragraph');
    const lastParagraph = paragraphs[paragraphs.length - 1];
    if (lastParagraph) {
      const text = textOf(lastParagraph);
      const sentences = text.slice(-800).split(/(?<=[.!?…])\s+(?=\p{Lu})/u).slice(1);
      const formula = sentences.find((sentence) => isClosingSentence(sentence));
      if (formula || (paragraphs.length > 1 && isClosingSentence(text))) {
        found.push({ rule: 'closing-inside', line: lastParagraph.position.start.line, column: lastParagraph.position.start.column, message: 'Câu kết của văn bản (“Trên đây là …”, “Đề nghị …”) có thể bị đọc lẫn vào mục cuối.', provision: last.data.id ?? null, field: 'closing' });
      }
    }
  }
  // Read by OCR (a scan, or a text with OCR's page markers): every word may be misread.
  if (tree.data.ocr || tree.data.artefacts.some((a) => a.kind === 'page-marker')) {
    found.push({ rule: 'ocr', line: 1, column: 1, message: 'Văn bản được đọc bằng OCR từ bản quét: chữ, số và tên riêng có thể bị đọc sai; cần đối chiếu với bản gốc.', provision: null, field: 'text' });
  }
  if (all.length === 0) {
    found.push({ rule: 'no-provisions', line: 1, column: 1, message: 'Không tìm thấy mục nào được đánh số: toàn bộ nội dung được giữ thành các đoạn mở đầu.', provision: null, field: 'text' });
  }

  // The signature and Nơi nhận.
  const signature = tree.children.find((node) => node.type === 'signature');
  if (!signature) {
    const at = tree.position?.end ?? { line: 1, column: 1 };
    found.push({ rule: 'signature-shape', line: at.line, column: 1, message: 'Không tìm thấy phần chữ ký (“T/M …”, “KT. …” và tên người ký).', provision: null, field: 'signature' });
  } else {
    const name = signature.children.find((line) => line.role === 'name');
    const nameText = name ? textOf(name) : '';
    const odd = !name || nameText.split(/\s+/u).length > 6 || /\d|\p{Ll}\p{Lu}/u.test(nameText) || !/^\p{Lu}/u.test(nameText);
    if (odd) {
      found.push({ rule: 'signature-shape', line: signature.position.start.line, column: signature.position.start.column, message: name ? `Tên người ký đọc được có dạng lạ (“${nameText.slice(0, 60)}”): cần đối chiếu.` : 'Phần chữ ký không có tên người ký.', provision: null, field: 'signature' });
    }
    if (!tree.children.some((node) => node.type === 'copiesTo')) {
      found.push({ rule: 'copies-to-missing', line: signature.position.start.line, column: 1, message: 'Không tìm thấy phần “Nơi nhận”.', provision: null, field: 'copiesTo' });
    }
  }
  const trailer = tree.children.find((node) => node.type === 'trailer');
  if (trailer) found.push({ rule: 'trailer', line: trailer.position.start.line, column: 1, message: 'Có chữ sau phần chữ ký mà không rõ thuộc phần nào.', provision: null, field: 'text' });

  // What the extractor had to say: OCR words of low confidence, a repaired or unreadable text layer.
  for (const message of file.messages) {
    if (message.ruleId !== 'extraction') continue;
    const reason = /OCR read/u.test(message.reason)
      ? 'Một số chữ trên trang này được OCR đọc với độ tin cậy thấp: cần đối chiếu với bản gốc.'
      : /repaired/u.test(message.reason)
        ? 'Lớp chữ của trang này bị mã hóa sai và đã được sửa tự động: cần đối chiếu với bản gốc.'
        : /read by OCR/u.test(message.reason)
          ? 'Lớp chữ của trang này không đọc được; trang được đọc bằng OCR.'
          : null;
    if (reason) found.push({ rule: /OCR read/u.test(message.reason) ? 'ocr-low-confidence' : 'text-layer-repaired', line: message.line ?? 1, column: message.column ?? 1, message: reason, provision: message.line ? idAt(message.line) : null, field: 'text' });
  }

  // Cleared: by the editor's checks, and where the editor corrected the reading.
  const corrections = tree.data.corrections;
  const checkedIds = new Set<string>();
  const checkedLines = new Set<number>();
  for (const entry of corrections?.entries ?? []) {
    if (!entry.correction.checked) continue;
    checkedLines.add(entry.line);
    const id = idAt(entry.line);
    if (id) checkedIds.add(id);
  }
  for (const node of all) if (node.data.editorial && node.data.id) checkedIds.add(node.data.id);
  const pages = tree.data.pages;
  return found
    .map((doubt): Doubt => {
      const metaCleared = doubt.field !== null && provenance[doubt.field] !== undefined && ['metadata', 'editorial'].includes(provenance[doubt.field]!.from);
      const cleared = corrections?.checked === true || metaCleared || checkedLines.has(doubt.line) || (doubt.provision !== null && checkedIds.has(doubt.provision));
      const page = pages && doubt.line > 0 ? pages[doubt.line - 1] : undefined;
      return { ...doubt, ...(page !== undefined ? { page } : {}), cleared };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The number and date the source prints but the parser could not read: a
 * "Số:" line or a "…, ngày … tháng … năm …" line with the field left blank
 * (a digital signature stamps it), or a signed PDF's stamp set aside. A field
 * the source truly leaves out is not among them.
 */
export function unreadFields(tree: RootNode): Array<'number' | 'date'> {
  const meta = tree.data.meta;
  const header = tree.children.find((node) => node.type === 'header');
  const roles = new Set(header?.children.map((field) => field.role) ?? []);
  const stamped = tree.data.artefacts.some((a) => a.kind === 'signature-stamp') || roles.has('stamp');
  const out: Array<'number' | 'date'> = [];
  if (meta?.number === null && (roles.has('number') || stamped)) out.push('number');
  if (meta?.date === null && (roles.has('placeDate') || stamped)) out.push('date');
  return out;
}

/** A duty laid on someone: "… có trách nhiệm …", "… triệu tập …", "… quyết định …" — with no body found to lay it on. */
const DUTY = /(?:co nhiem vu|co trach nhiem|chiu trach nhiem|co tham quyen|trieu tap|quyet dinh|xem xet|thuc hien|tham muu|chi dao|duoc (?:quy dinh|giao|phan cong|uy quyen))/;

/** A duty a body the text names stands right before, though no body was given it (bounded look: linear). */
function namedDuty(run: TextRun, vocabulary: Vocabulary): boolean {
  const duty = DUTY.exec(fold(run.text));
  if (!duty) return false;
  return run.bodies(vocabulary).some((b) => b.end <= duty.index && duty.index - b.end <= 60 && !/[.;:]/u.test(run.text.slice(b.end, duty.index)));
}

/** Heads of a body's name that a sentence may open with, the name then running on in lower case. */
const GENERIC_HEAD = /^(?:Cơ quan|Đơn vị|Cấp ủy|Cấp uỷ|Chi bộ|Đảng ủy|Đảng uỷ)\s(?!viên)/u;
/** Words that carry a body's name on ("… đảng công an địa phương", "… cấp trên trực tiếp", "… và tương đương"). */
const NAME_WORDS = new Set(['dang', 'cong', 'an', 'cap', 'dia', 'phuong', 'tren', 'truc', 'tiep', 'co', 'so', 'va', 'tuong', 'duong', 'cua', 'cac', 'noi', 'quan', 'doi', 'bo', 'phan', 'huyen', 'tinh', 'xa', 'thanh', 'pho', 'uy', 'chi', 'nao']);

/** Where a responsible body's name seems cut short, or a sentence opens with a body nobody tagged; null when neither. */
function bodyCut(run: TextRun, responsibleAt: Map<string, string>, vocabulary: Vocabulary): { line: number; column: number } | null {
  const text = run.text;
  const start = run.pointAt(0);
  const printed = responsibleAt.get(`${start.line}:${start.column}`);
  if (printed === undefined && GENERIC_HEAD.test(text) && !run.bodies(vocabulary).some((b) => b.start === 0)) return start;
  if (printed === undefined) return null;
  if (!text.startsWith(printed)) return null;
  const after = text.slice(printed.length, printed.length + 80);
  const duty = DUTY.exec(fold(after)) ?? /\b(?:co nhiem vu|chu tri|quan ly)\b/.exec(fold(after));
  if (!duty || /[.,;:]/u.test(after.slice(0, duty.index))) return null;
  const gap = fold(after.slice(0, duty.index)).trim().split(/\s+/u).filter(Boolean);
  return gap.length >= 2 && gap.every((w) => NAME_WORDS.has(w)) ? start : null;
}

/**
 * Words that may follow a body's name without being part of it: the verbs of
 * duties, and the words that join, qualify or end a clause. Any other word
 * right after a tagged name (a number, a noun, "về …") may go on naming it.
 */
const AFTER_NAME = new Set(
  (
    'chu tri phoi hop chi dao lanh dao thuc hien tham muu co la va hoac theo bao cao to chuc huong dan trien khai kiem tra ra soat xay dung de xuat tiep tuc ' +
    'tang cuong can phai duoc se da dang nghien cuu quan triet tuyen truyen chiu theo doi don doc giam sat quan ly bo tri cung cap xem xet ban hanh giao cu tong hop ' +
    'trinh thuong xuyen kip thoi khan truong nghiem tuc chu dong tich cuc phat huy nang cao day manh bao dam dam bao tap trung lap tham dinh phe duyet cap tiep nhan ' +
    'ho tro van dong huy dong phan cong pho bien thong bao gui nop nam lam cac cung voi trong tai tren de nham tu den khi neu thi nay do moi ket hop gop y cho ' +
    've nhu dieu hanh hoan thanh hoan thien phoi phat dong rut kinh nghiem danh gia so ket tong ket ky ban gop thong nhat xu ly dieu chinh bo sung sua doi ' +
    'du toan chuan bi mo tiep chiu trach nhiem nhiem vu co quan noi truc quyet trieu giup xet sau nao giai chua xin goi dat lon hay o ' +
    'ra viec quy dinh nhan lap moi gioi phat ap dung gom ung dat thanh phan uy tong thi phu trach vien'
  ).split(' '),
);

/** Whether the words after a tagged name seem to go on naming it (bounded look: two words). */
function nameRunsOn(runs: TextRun[], evidence: { text: string; line: number; column: number }): boolean {
  for (const run of runs) {
    const start = run.pointAt(0);
    const at = run.text.indexOf(evidence.text);
    if (at < 0 || start.line > evidence.line) continue;
    const after = run.text.slice(at + evidence.text.length, at + evidence.text.length + 40);
    // "Phòng Nghiệp vụ 1", "Đội 2": a number after the name.
    if (/^\s\d{1,2}(?![\d/.,-]\d)/u.test(after)) return true;
    // ", sinh viên", "và Công tác …" belong to a list or a sentence; a lower-case word that is no verb or joiner goes on naming.
    const next = /^\s([\p{Ll}\p{M}]+)(?:\s([\p{Ll}\p{M}]+))?/u.exec(after);
    if (!next) return false;
    const first = fold(next[1]!);
    const pair = next[2] ? `${first} ${fold(next[2])}` : first;
    return !AFTER_NAME.has(first) && !AFTER_NAME.has(pair.split(' ')[0]!) && first.length > 1;
  }
  return false;
}

/** Requests and duties: a sentence that may name a body to act. */
const ASSIGNS_OR_ASKS = /(?:chu tri|phoi hop|giao|de nghi|yeu cau|co trach nhiem|tham muu|huong dan|chi dao|bao cao)/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The doubts stage, as a unified plugin. */
export const doubtsStage: Plugin<[{ vocabulary: Vocabulary }], RootNode> = (options) => (tree: RootNode, file: VFile) => {
  tree.data.doubts = findDoubts(tree, file, options.vocabulary);
};

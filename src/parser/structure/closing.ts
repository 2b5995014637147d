/**
 * The closing sentences: what a directive says after its last provision
 * and before "Nơi nhận" — "Trên đây là …", "Căn cứ ý kiến chỉ đạo trên, các
 * cơ quan … triển khai thực hiện./.", "Đề nghị … nghiêm túc thực hiện.",
 * "Hướng dẫn này có hiệu lực …", "Trong quá trình thực hiện, nếu có vướng
 * mắc …", "Ủy ban nhân dân tỉnh yêu cầu …", "Thường trực Tỉnh ủy thông báo
 * để … biết, thực hiện". They bind nobody in particular
 * and belong to no provision: an unnumbered paragraph at the end of the body
 * is closing when it opens with one of these formulas, or when it is the
 * last and ends the text with "./." asking for it to be carried out.
 * Anything else after the last mark (the rest of the last item, "Giao Ban
 * … chủ trì …") stays with its provision.
 */
import { typeWords } from '../../text/document-types.js';
import { fold } from '../../text/fold.js';
import type { Block } from '../input/blocks.js';
import { isBullet } from '../input/classify.js';

// The types of the closing formulas, "chương trình hành động" and the generic "văn bản" with them.
const TYPES = `(?:${typeWords('closing').map((t) => (t === 'chuong trinh' ? 'chuong trinh(?: hanh dong)?' : t)).join('|')}|van ban)`;

/**
 * Formulas that only a closing opens with: after them, whatever follows —
 * contact lines in dashes ("- Ông …, số điện thoại …"), "Trân trọng.",
 * "Các quy định trước đây … bãi bỏ." — is the closing too.
 */
const STRONG_OPENERS: RegExp[] = [
  /^tren day\b/,
  new RegExp(String.raw`^${TYPES} nay (?:co hieu luc|thay the|duoc (?:ban hanh|pho bien|gui|ap dung|thuc hien|trien khai)|ke tu|co gia tri|ap dung)\b`),
  /^(?:trong )?qua trinh (?:trien khai |to chuc )*(?:thuc hien|trien khai)\b/,
  // "Nghị quyết này đã được Hội đồng nhân dân xã … khóa I, kỳ họp thứ hai thông qua …": a council's adoption formula.
  new RegExp(String.raw`^${TYPES} nay (?:da )?duoc .{0,160}?\bthong qua\b`),
];
const OPENERS: RegExp[] = [
  ...STRONG_OPENERS,
  /^(?:de nghi|yeu cau|nhan duoc)\b/,
  /^can cu (?:y kien|noi dung|cac noi dung|chi dao|yeu cau|huong dan|ke hoach|van ban|cong van)\b/,
  // "Trân trọng.", "Trân trọng cảm ơn./.", "Rất mong nhận được sự phối hợp …": the letter's last words.
  /^(?:tran trong|rat mong)\b/,
  // "Đây là nội dung quan trọng, đề nghị …": the whole text urged on its addressees.
  /^day la (?:nhiem vu|noi dung|viec)\b.*\b(?:de nghi|yeu cau)\b/,
  // "Ngoài ra, đề nghị …": a last request to the addressees, after the provisions.
  /^ngoai ra,? (?:de nghi|yeu cau)\b/,
  // "Đầu mối liên hệ: đồng chí …, điện thoại …": whom to call.
  /^(?:dau moi|thong tin|so dien thoai) lien he\b/,
  // "Giao Văn phòng … theo dõi, đôn đốc …": who follows the whole text up.
  /^giao (?:[^,.;:]{3,80}?) theo doi,? (?:don doc|kiem tra)\b/,
];
/** Formulas that open a closing only after the issuer's name. */
const ISSUER_OPENERS: RegExp[] = [
  // "Ủy ban nhân dân tỉnh yêu cầu …", "Ban Thường vụ Tỉnh ủy đề nghị …": the issuer asks for it all to be done.
  /^(?:[a-z]+ ){1,14}?(?:yeu cau|de nghi)\b/,
  // "Thường trực Tỉnh ủy thông báo để … biết, thực hiện.", "Sở Xây dựng trả lời để … biết": a thông báo's, a reply's last words.
  /^(?:[a-z]+ ){1,10}?(?:thong bao|tra loi) (?:de|den|cho|y kien|ket luan)\b.*\bbiet\b/,
  // "Sở Nông nghiệp và Môi trường kính báo cáo, đề nghị …", "… kính trình …": a report's last words to its superior.
  /^(?:[a-z]+ ){1,14}?kinh (?:bao cao|trinh)\b/,
];
/** A body names the issuer at the start of a "… yêu cầu" closing. */
const ISSUER_WORDS = /^(?:uy ban|ban |tinh uy|thanh uy|huyen uy|dang uy|thuong truc|chu tich|so |bo |hoi dong|van phong)/;
const ASKS = /\b(?:thuc hien|trien khai|chap hanh|quan triet|to chuc)\b/;

function textOf(block: Block): string {
  return block.lines.map((line) => line.content).join(' ');
}

/** Whether a block opens the closing. */
export function isClosingSentence(text: string): boolean {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  if (OPENERS.some((re) => re.test(folded))) return true;
  return ISSUER_WORDS.test(folded) && /^\p{Lu}/u.test(text.trim()) && ISSUER_OPENERS.some((re) => re.test(folded));
}

/** Whether a block opens the closing whatever follows it. */
function isStrongOpener(text: string): boolean {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  return STRONG_OPENERS.some((re) => re.test(folded));
}

/**
 * Where a strong formula opens the closing among the blocks after the last
 * numbered provision: the first such unnumbered block, when nothing but
 * bullets and paragraphs follows it. -1 when there is none.
 */
function strongStart(blocks: Block[]): number {
  let found = -1;
  for (let i = blocks.length - 1; i > 0; i--) {
    const block = blocks[i]!;
    if (block.marker && !isBullet(block.marker.style)) break;
    if (!block.marker && isStrongOpener(textOf(block))) found = i;
  }
  return found;
}

/** "Hồ sơ kèm theo:", "Tài liệu gửi kèm:": the enclosures a letter or a submission lists after its last words. */
const ENCLOSURES = /^(?:hồ sơ|tài liệu|văn bản|giấy tờ)(?: gửi)? kèm(?: theo)?\s*:?$/iu;

/**
 * Split the body's blocks into the provisions' blocks and the closing
 * paragraphs. A list of enclosures at the end ("Hồ sơ kèm theo:" and its
 * items) goes with the closing, whatever marks its items carry.
 */
export function splitClosing(all: Block[], forced: { startsAt: number } | { after: number } | null = null): { body: Block[]; closing: Block[] } {
  // An editor's correction: the closing starts at a block, or only after one.
  if (forced && 'startsAt' in forced) return { body: all.slice(0, forced.startsAt), closing: all.slice(forced.startsAt) };
  if (forced) {
    const rest = splitClosing(all.slice(forced.after + 1));
    return { body: [...all.slice(0, forced.after + 1), ...rest.body], closing: rest.closing };
  }
  const blocks = closingOffLastBlock(all);
  for (let i = blocks.length - 1; i > 0 && blocks.length - i <= 40; i--) {
    const block = blocks[i]!;
    if (block.marker || !ENCLOSURES.test(textOf(block).trim().normalize('NFC'))) continue;
    const before = splitBeforeEnclosures(blocks.slice(0, i));
    return { body: before.body, closing: [...before.closing, ...blocks.slice(i)] };
  }
  return splitBeforeEnclosures(blocks);
}

/**
 * A closing formula run onto the last block's lines (a text whose paragraphs
 * the layout did not tell apart: "c) … trước ngày 20/12/2026." / "Rất mong
 * nhận được sự phối hợp …./."): the block is cut where a line after a
 * finished sentence opens one. Only the last block, and only from its
 * second line.
 */
function closingOffLastBlock(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (!last || last.lines.length < 2) return blocks;
  for (let k = 1; k < last.lines.length; k++) {
    if (!/[.!?…]["”»)]?$/u.test(last.lines[k - 1]!.content) || !/^\p{Lu}/u.test(last.lines[k]!.content)) continue;
    // The formula shows in its first lines: a bounded look, so a long last block stays linear.
    if (!isClosingSentence(last.lines.slice(k, k + 4).map((line) => line.content).join(' ').slice(0, 600))) continue;
    return [...blocks.slice(0, -1), { ...last, lines: last.lines.slice(0, k) }, { lines: last.lines.slice(k), marker: null }];
  }
  return blocks;
}

function splitBeforeEnclosures(blocks: Block[]): { body: Block[]; closing: Block[] } {
  const strong = strongStart(blocks);
  let start = strong > 0 ? strong : blocks.length;
  // Closing formulas right before it (or at the end), each an unnumbered paragraph.
  for (let i = start - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.marker) break;
    const text = textOf(block);
    const lastAndFinal = i === blocks.length - 1 && /\.?\/\.\s*$/u.test(text) && ASKS.test(fold(text)) && text.length <= 600;
    if (isClosingSentence(text) || lastAndFinal) {
      start = i;
      continue;
    }
    break;
  }
  // The closing starts with a formula (a lone final "./." sentence is one too).
  while (start < blocks.length && !isClosingSentence(textOf(blocks[start]!)) && !(start === blocks.length - 1)) start++;
  // Something must remain to be the body's provisions or preamble.
  if (start === 0) return { body: blocks, closing: [] };
  // The last provision keeps at least one paragraph when its own mark had only a title
  // ("Điều 8. Điều khoản thi hành" / "Quy định này có hiệu lực …").
  const last = blocks[start - 1]!;
  if (start < blocks.length && last.marker && !isBullet(last.marker.style) && last.lines.length <= 3 && !/[.;!?…]["”»)]?$/u.test(textOf(last))) start++;
  return { body: blocks.slice(0, start), closing: blocks.slice(start) };
}

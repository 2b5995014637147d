/**
 * Deadlines: the words of a text that set when something must be done or
 * reported, each normalised as the development set's README describes —
 * `by` ("trước ngày 15/9/2026", "chậm nhất ngày 30/6", "ngay"), `during`
 * ("trong tháng 10/2026", "trong quý III/2026", "trong năm 2026"), `within`
 * ("trong 10 ngày kể từ ngày ký"), `every` ("định kỳ 6 tháng", "hằng
 * năm", "trước ngày 20/11 hằng năm"), `ongoing` ("thường xuyên"), `at` (a
 * meeting's time, "vào lúc 8h00 ngày 09/10/2025") and `before-event`
 * ("trước khi …"). A date without its year takes the document's, and says
 * so. Pure; one pass of a few patterns over the folded text (the folding
 * keeps every offset), so linear in the text.
 */
import { fold } from '../../text/fold.js';

export interface FoundDeadline {
  text: string;
  kind: 'by' | 'during' | 'within' | 'every' | 'ongoing' | 'at' | 'before-event';
  date?: string;
  period?: string;
  day?: string;
  amount?: number;
  unit?: 'hour' | 'day' | 'working-day' | 'month';
  from?: string;
  yearInferred?: true;
  /** For `during` a span of days ("từ ngày … đến ngày 15/10/2026"): its last day, printed in full. */
  ends?: string;
  /** For `every`: the day in the month ("trước ngày 25 hằng tháng"), which month of a quarter (1–3, or 4: the first of the next quarter), or the weekday (1 = Monday … 7 = Sunday). */
  on?: { monthDay?: number; quarterMonth?: number; weekday?: number };
  /** Offsets into the text. */
  start: number;
  end: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const PERIOD: Record<string, string> = { tuan: 'weekly', thang: 'monthly', quy: 'quarterly', nam: 'yearly', '6 thang': '6-monthly', 'sau thang': '6-monthly' };

/** ISO weekdays (1 = Monday) by their Vietnamese names, folded: "thứ Hai" … "thứ Bảy"; "Chủ nhật" is 7. */
const WEEKDAY: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** A number written in words, up to 31 ("mười lăm", "hai mươi mốt", "chín"); null when it is none. */
function numberWords(words: string): number | null {
  const UNITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
  const w = words.trim().split(/\s+/u);
  let n: number | null = null;
  if (w.length === 1) n = w[0] === 'muoi' ? 10 : (UNITS[w[0]!] ?? null);
  else if (w[0] === 'muoi' && w.length === 2) n = 10 + (UNITS[w[1]!] ?? Number.NaN);
  else if (w[1] === 'muoi' && (w.length === 2 || w.length === 3)) n = (UNITS[w[0]!] ?? Number.NaN) * 10 + (w[2] ? (UNITS[w[2]] ?? Number.NaN) : 0);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** How many days a month (1–12) has. */
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A span that lasts to a month's end ("đến hết tháng 12/2026"): `during`, ending on its last day; null for no month. */
function untilMonthEnd(year: string, month: string): Made | null {
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  return { kind: 'during', ends: `${year}-${pad(m)}-${pad(daysInMonth(Number(year), m))}` };
}

const pad = (n: string | number) => String(n).padStart(2, '0');

/** A day and month (and year, or the document's), as an ISO date; null when it is no date. */
function dateOf(day: string, month: string, year: string | undefined, documentYear: number | null): { date: string; inferred: boolean } | null {
  const d = Number(day);
  const m = Number(month);
  if (d < 1 || d > 31 || m < 1 || m > 12) return null;
  const y = year ? Number(year) : documentYear;
  if (!y) return null;
  return { date: `${y}-${pad(m)}-${pad(d)}`, inferred: !year };
}

const DATE = String.raw`(\d{1,2})\s*(?:\/|-|\.|\s+thang\s+)\s*(\d{1,2})(?:\s*(?:\/|-|\.|\s+nam\s+)\s*(\d{4}))?`;

type Made = Omit<FoundDeadline, 'text' | 'start' | 'end'>;

/** The day a match's groups 1–3 print, as a deadline of `kind`; none for a day years before the document's (history). */
const onDay =
  (kind: 'by' | 'at') =>
  (m: RegExpExecArray, year: number | null): Made | null => {
    const date = dateOf(m[1]!, m[2]!, m[3], year);
    if (!date || (year && Number(date.date.slice(0, 4)) < year - 1)) return null;
    return { kind, date: date.date, ...(date.inferred ? { yearInferred: true as const } : {}) };
  };

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray, documentYear: number | null, folded: string) => Made | Made[] | null;
  /** The match opens a clause ("trước khi …", "cho đến khi …") that runs on to where the clause ends. */
  clause?: true | 'short';
  /** Whether the words as printed (not folded) are what the rule means: "ngay" is not "ngày". */
  printed?: (printed: string) => boolean;
}

/** Words that end a clause of time: the duty's modal, its condition's consequence, a rule it follows. */
const CLAUSE_STOP = /^(?:phai|thi|ma|theo quy dinh|theo huong dan|o nhung noi|sau khi|nham|doi voi)(?![\p{L}\p{N}])/u;
const CLAUSE_BREAK = '.;:()[]!?“”"';

/** Whether a match at `start` opens its sentence (or follows a short lead such as "Ngoài ra,"). */
function opensSentence(folded: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (folded[i] === ' ' || folded[i] === '\t')) i--;
  if (i < 0) return true;
  const c = folded[i]!;
  if ('.;:\n-+)•'.includes(c)) return true;
  if (c !== ',') return false;
  // A lead of at most three words before the comma, from the sentence's start.
  let j = i - 1;
  let words = 0;
  let inWord = false;
  for (; j >= 0 && j > i - 60 && !'.;:\n-+)•'.includes(folded[j]!); j--) {
    const space = folded[j] === ' ' || folded[j] === ',';
    if (!space && !inWord) words++;
    inWord = !space;
    if (words > 3) return false;
  }
  return true;
}

/** Syllables of a short comma-separated segment starting at `at` (after the comma), ended by a comma or by the duty's modal ("phải", "thì"), or -1 when neither ends it within a few syllables. */
function shortSegment(folded: string, at: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = at; i < limit; i++) {
    const c = folded[i]!;
    if (c === ',') return words > 2 ? -1 : words;
    if (CLAUSE_BREAK.includes(c) || c === '\n') return -1;
    const space = c === ' ' || c === '\t';
    if (!space && !inWord) {
      // "ngay khi phát hiện lợn ốm, chết bất thường phải báo …": the duty's modal soon after the comma, so the comma was inside the clause.
      if (words > 0 && CLAUSE_STOP.test(folded.slice(i, i + 16))) return words;
      words++;
    }
    inWord = !space;
    if (words > 4) return -1;
  }
  return -1;
}

/**
 * Where a clause of time that starts at `from` ends: at a stop (".", ";", a
 * parenthesis, a new item's line), before the duty's modal ("phải", "thì")
 * or a rule it follows ("theo quy định"). Inside a sentence it runs on through
 * commas ("trước khi xem xét, kết nạp"); opening a sentence it ends at the
 * comma that leads into the main clause, keeping a list of short words
 * ("Trong thời gian chờ … được sửa đổi, bổ sung, đề nghị …"). At most 240
 * characters, so the whole pass stays linear.
 */
function clauseEnd(folded: string, from: number, initial: boolean | 'comma'): number {
  const limit = Math.min(folded.length, from + 240);
  let end = from;
  let i = from;
  while (i < limit) {
    const c = folded[i]!;
    if (CLAUSE_BREAK.includes(c)) break;
    if (c === '\n') {
      if (/^\n\s*(?:[-+•]|\d+\.|[a-z]\)|[ivx]+\.)/u.test(folded.slice(i, i + 8))) break;
      i++;
      continue;
    }
    if (c === ',') {
      if (initial === 'comma' || (initial && shortSegment(folded, i + 1, limit) < 0)) break;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    // ("Chỉ thị" folds to "chi thi": the name of a document, not "thì".)
    if (i > from && CLAUSE_STOP.test(folded.slice(i, i + 16)) && !(folded.startsWith('thi', i) && folded.slice(Math.max(0, i - 4), i) === 'chi ')) break;
    while (i < limit && !' \t\n,'.includes(folded[i]!) && !CLAUSE_BREAK.includes(folded[i]!)) i++;
    end = i;
  }
  return end;
}

/** "mỗi tháng một lần", "3 tháng 1 lần", "mỗi năm hai lần", "5 năm/lần": a repetition, with its period when it is one of ours. */
const NUMBER_WORD: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, sau: 6, moi: 1 };
function repetition(count: string, unit: string, times: string): Made {
  const n = NUMBER_WORD[count] ?? Number(count);
  const t = NUMBER_WORD[times] ?? (Number(times) || 1);
  const months = (unit === 'nam' ? 12 * n : unit === 'quy' ? 3 * n : n) / t;
  // Weeks make no month ("3 tuần một lần" is not quarterly): weekly, or no period of ours.
  const period = unit === 'tuan' ? (n === t ? 'weekly' : undefined) : ({ 1: 'monthly', 3: 'quarterly', 6: '6-monthly', 12: 'yearly' } as Record<number, string>)[months];
  return { kind: 'every', ...(period ? { period } : {}) };
}

/** Whether the words before `at` (back to the sentence's last stop) name a programme, a plan or a strategy: "Chiến lược … đến năm 2030", "Kế hoạch … giai đoạn 2026 - 2030" name it and set no time. */
function namesProgramme(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 150), at);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (/(?:,\s*tam nhin|\btu nam \d{4}|thoi ky \d{4}\s*[-–]\s*\d{4},?)\s*$/u.test(clause)) return true;
  return /\b(?:ke hoach|chuong trinh|de an|du an|chien luoc|quy hoach|nghi quyet|ket luan|chi thi|quyet dinh|dinh huong)\b/u.test(clause);
}

/**
 * Whether a repetition at [start, end) qualifies a noun instead of timing the
 * duty: a sum ("2% tổng chi ngân sách hằng năm", "phí hội viên hàng tháng"),
 * what an assessment goes into or rests on ("đưa vào nội dung đánh giá …
 * hằng năm", "căn cứ vào kiểm điểm … định kỳ hằng năm"), or another body's
 * plan ("Kế hoạch … hàng năm do Bộ Nội vụ ban hành").
 */
function qualifiesNoun(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 120), start);
  if (/\b(?:ngan sach|kinh phi|tong chi|du toan|phi|hoc phi|luong|tro cap|phu cap|thu nhap|dong gop)(?: [^\s,.;:()]+){0,3}\s+$/u.test(before)) return true;
  // The noun phrase back to its clause's start; a short last segment continues the one before it ("đánh giá, xếp loại cán bộ hằng năm").
  const segments = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('(')) + 1).split(',');
  const last = segments[segments.length - 1]!;
  const clause = segments.length > 1 && last.trim().split(/\s+/u).length <= 4 ? `${segments[segments.length - 2]},${last}` : last;
  if (/\b(?:dua vao|can cu|tieu chi|vao (?:noi dung|chi tieu))\b/u.test(clause)) return true;
  // A document of a list ("- Các bản tự kiểm điểm hằng năm", "(9) Phiếu bổ sung … hằng năm").
  const line = folded.slice(Math.max(0, start - 120, folded.lastIndexOf('\n', start) + 1), start).replace(/^.*[.;:,]\s*/u, '');
  if (/^\s*(?:[-+•]\s*|\(\d{1,2}\)\s*)?(?:cac )?(?:ban (?:bo sung|(?:tu )?kiem diem|(?:tu )?nhan xet|sao|khai|tom tat)|phieu|giay (?:chung nhan|gioi thieu)|so (?:theo doi|dang vien))\b/u.test(line)) return true;
  return /^\s+do\s+\S[^.;:]{0,60}\bban hanh\b/u.test(folded.slice(end, end + 80));
}

/**
 * Stretches of a text whose times are not the text's own: words quoted from
 * another text inside a sentence ("Đối với quy định “Trong thời hạn 07
 * ngày …”, …"), and an after-event clause (to its first comma) with the
 * parenthesis that dates its event ("sau mỗi đợt xét tặng (03-02, 19-5 …
 * hằng năm)", "Sau khi có quyết định …"), which says when a duty starts,
 * not when it is due; and a case to its "thì" ("Trường hợp … trong thời hạn
 * 30 ngày … thì …"), which says when the duty applies. Linear: each clause
 * at most 240 characters, each case 400, each quotation 1,000.
 */
function borrowedSpans(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const q of folded.matchAll(/“[^“”]{1,1000}”|"[^"\n]{1,400}"/gu)) {
    // A quotation that a colon opens, or that opens the text, is the text's own: the conclusions a notice records, the new wording an amendment enacts.
    const before = folded.slice(Math.max(0, q.index - 40), q.index).trimEnd();
    if (before === '' || before.endsWith(':')) continue;
    spans.push([q.index, q.index + q[0].length]);
  }
  for (const a of folded.matchAll(/(?<![\p{L}\p{N}])sau (?:khi|moi (?:dot|ky|lan|nam|dip))\b/gu)) {
    // "ngay sau khi …" is a time to act at once; "trong 30 ngày sau khi …" a span's event.
    if (/\b(?:ngay|\d+ (?:ngay lam viec|ngay|thang))\s+$/u.test(folded.slice(Math.max(0, a.index - 20), a.index))) continue;
    let end = clauseEnd(folded, a.index + a[0].length, 'comma');
    const paren = /^\s*\([^()]{1,80}\)/u.exec(folded.slice(end, end + 90));
    if (paren) end += paren[0].length;
    spans.push([a.index, end]);
  }
  // "Trường hợp … ban hành quyết định trong thời hạn 30 ngày … thì …", "Nếu quá 3 tháng … thì …": the case a duty
  // answers, to its "thì", not the duty's time.
  for (const c of folded.matchAll(/(?:^|[.;:]\s*|\n\s*)(?:truong hop|neu)\b/gu)) {
    const from = c.index + c[0].length;
    const then = /^[^.;:\n]{1,400}?\s(?=thi\b)/u.exec(folded.slice(from, from + 420));
    if (then) spans.push([from, from + then[0].length]);
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

const DAY_MONTH = String.raw`(\d{1,2})\s*[\/-]\s*(\d{1,2})(?![\/\-.]?\d)`;

const RULES: Rule[] = [
  // "trước ngày 20/11 hằng năm": a day of every year.
  {
    re: /\btruoc ngay (\d{1,2})\s*(?:\/|\s+thang\s+)\s*(\d{1,2}) hang nam\b/gu,
    make: (m) => ({ kind: 'every', period: 'yearly', day: `${pad(m[2]!)}-${pad(m[1]!)}` }),
  },
  // "3/2, 19/5, 2/9 và 7/11 hằng năm", "các ngày lễ lớn 3/2; 19/5; 2/9; 7/11": days of every year.
  {
    re: new RegExp(String.raw`(?:(?<=le lon\s{1,3}))?${DAY_MONTH}(?:\s*(?:,|;|va)\s*${DAY_MONTH}){1,6}(?:\s+hang nam\b)?`, 'gu'),
    make: (m, _year, folded) => {
      const text = m[0];
      const yearly = /hang nam$/u.test(text) || /le lon\s{1,3}$/u.test(folded.slice(Math.max(0, m.index - 12), m.index));
      if (!yearly) return null;
      const days: Made[] = [];
      for (const d of text.matchAll(/(\d{1,2})\s*[/-]\s*(\d{1,2})/gu)) {
        const day = Number(d[1]);
        const month = Number(d[2]);
        if (day < 1 || day > 31 || month < 1 || month > 12) return null;
        days.push({ kind: 'every', period: 'yearly', day: `${pad(month)}-${pad(day)}` });
      }
      return days;
    },
  },
  // "trước ngày 15/9/2026", "chậm nhất ngày 30/6", "chậm nhất là ngày 05 tháng 11 năm 2025", "trước 17 giờ 00 phút, ngày 05/12/2025", "hạn cuối là ngày …".
  {
    re: new RegExp(
      String.raw`\b(?:truoc|cham nhat(?: la)?(?: vao)?|han (?:chot|cuoi)(?: la)?|khong muon hon|den het|den|truoc het)\s+(?:\d{1,2}\s*(?:h|gio)\s*\d{0,2}(?:\s*phut)?,?\s+)?ngay\s+${DATE}(?!\s*\/)`,
      'gu',
    ),
    make: (m, year, folded) => {
      const date = dateOf(m[1]!, m[2]!, m[3], year);
      // A day years before the document's is history ("trước ngày 30/4/1975"), not a deadline.
      if (!date || (year && Number(date.date.slice(0, 4)) < year - 1)) return null;
      // "Đến ngày 15/9/2026, toàn tỉnh giải ngân …", "tính đến ngày …": the day of a figure, not a limit.
      // "… từ ngày 01/7/2025 đến ngày 30/11/2025": a span's end, which the span's rule reads.
      if (/^den /u.test(m[0]) && new RegExp(String.raw`\btu (?:ngay\s+)?${DATE}\s+$`, 'u').test(folded.slice(Math.max(0, m.index - 30), m.index))) return null;
      if (/^den /u.test(m[0]) && (opensSentence(folded, m.index) || /\btinh\s+$/u.test(folded.slice(Math.max(0, m.index - 6), m.index)) || folded[m.index + m[0].length] === ',')) return null;
      return { kind: 'by', date: date.date, ...(date.inferred ? { yearInferred: true as const } : {}) };
    },
  },
  // "tổ chức hội nghị vào ngày 15/01/2027": the day something takes place (a day before the document's is history, dropped below).
  { re: new RegExp(String.raw`\bvao ngay\s+${DATE}(?!\s*\/)`, 'gu'), make: onDay('at') },
  // "trong ngày 12/9/2026", "ngay trong ngày 21/7/2026": by that day's end ("trong ngày hôm nay" names no day).
  { re: new RegExp(String.raw`\b(?:ngay )?trong ngay\s+${DATE}(?!\s*\/)`, 'gu'), make: onDay('by') },
  // "vào lúc 8h00 ngày 09/10/2025", "lúc 14 giờ 00 ngày …", "08 giờ, ngày 09 tháng 10 năm 2025": a meeting's time.
  {
    re: new RegExp(
      String.raw`\b(?:(?:(?:vao )?luc\s+\d{1,2}\s*(?:h|gio)|\d{1,2}\s*gio)\s*\d{0,2}(?:\s*phut)?,?\s+(?:\w+\s+)?|vao (?:(?:buoi )?(?:sang|chieu|toi) )?(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),?\s+)ngay\s+${DATE}`,
      'gu',
    ),
    make: (m, year) => {
      const date = dateOf(m[1]!, m[2]!, m[3], year);
      return date ? { kind: 'at', date: date.date, ...(date.inferred ? { yearInferred: true as const } : {}) } : null;
    },
  },
  // "trong tháng 10/2026", "trong tháng 10 năm 2026".
  {
    re: /\b(?:(?:hoan thanh )?trong|vao|(?:tai|trong) (?:hoi nghi|phien hop|ky hop|cuoc hop|ky sinh hoat)(?: [^\s,.;:()\d]+){0,3}) thang (\d{1,2})(?:\s*(?:\/|\s+nam\s+)\s*(\d{4}))?\b(?!\s*\/)/gu,
    make: (m, year) => {
      const y = m[2] ? Number(m[2]) : year;
      const month = Number(m[1]);
      if (!y || month < 1 || month > 12) return null;
      return { kind: 'during', period: `month:${y}-${pad(month)}`, ...(m[2] ? {} : { yearInferred: true as const }) };
    },
  },
  // "trong quý III/2025", "trong Quý III năm 2025", "trong quý 3".
  {
    re: /\b(?:(?:hoan thanh )?trong|vao) quy (iv|iii|ii|i|[1-4])(?:\s*(?:\/|\s+nam\s+)\s*(\d{4}))?\b/gu,
    make: (m, year) => {
      const y = m[2] ? Number(m[2]) : year;
      const q = ROMAN[m[1]!] ?? Number(m[1]);
      if (!y) return null;
      return { kind: 'during', period: `quarter:${y}-Q${q}`, ...(m[2] ? {} : { yearInferred: true as const }) };
    },
  },
  // "trước Tết Nguyên đán Bính Ngọ", "trước Tết Dương lịch năm 2027": before the festival (New Year's Day has its date).
  {
    re: /\btruoc (?:dip )?tet (nguyen dan|duong lich|am lich|co truyen)(?: nam (\d{4})| (?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy) (?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi))?\b/gu,
    make: (m, year) => {
      const y = m[2] ? Number(m[2]) : null;
      if (y !== null && year !== null && y < year) return null;
      return { kind: 'before-event', ...(m[1] === 'duong lich' && y !== null ? { date: `${y}-01-01` } : {}) };
    },
  },
  // "trong quý đầu năm 2026", "trong quý cuối năm": the year's first or last quarter.
  {
    re: /\b(?:(?:hoan thanh )?trong|vao) quy (dau|cuoi)(?: cua)? nam(?:\s+(\d{4}))?\b/gu,
    make: (m, year) => {
      const y = m[2] ? Number(m[2]) : year;
      if (!y) return null;
      return { kind: 'during', period: `quarter:${y}-Q${m[1] === 'dau' ? 1 : 4}`, ...(m[2] ? {} : { yearInferred: true as const }) };
    },
  },
  // "chậm nhất cuối tháng 4/2026", "trước cuối tháng 10 năm 2026": by the month's last day.
  {
    re: /\b(?:cham nhat(?: la)?(?: vao)?|truoc|den) cuoi thang (\d{1,2})\s*(?:\/|\s+nam\s+)\s*(\d{4})\b/gu,
    make: (m) => {
      const month = Number(m[1]);
      const y = Number(m[2]);
      return month >= 1 && month <= 12 ? { kind: 'by', date: `${y}-${pad(month)}-${pad(daysInMonth(y, month))}` } : null;
    },
  },
  // "trong năm 2026", "hoàn thành trong năm 2026".
  { re: /\b(?:hoan thanh )?trong nam (\d{4})\b/gu, make: (m) => ({ kind: 'during', period: `year:${m[1]}` }) },
  // "Quý I/2027", "Tháng 01/2027" opening a line of a schedule.
  {
    re: /(?<=^|\n)[ \t]*(?:[-+•][ \t]*)?(?:(quy) (iv|iii|ii|i)|(thang) (\d{1,2}))\s*\/\s*(\d{4})\b/gu,
    make: (m) => {
      const y = m[5]!;
      if (m[1]) return { kind: 'during', period: `quarter:${y}-Q${ROMAN[m[2]!]}` };
      const month = Number(m[4]);
      return month >= 1 && month <= 12 ? { kind: 'during', period: `month:${y}-${pad(month)}` } : null;
    },
  },
  // "từ ngày 07/9/2026 đến ngày 30/10/2026", "Từ 15/4 đến 30/4/2026", "từ tháng 01 đến hết tháng 4 năm 2027": a span.
  {
    re: new RegExp(
      String.raw`\btu (?:(?:ngay\s+)?${DATE}\s+den (?:het )?(?:ngay\s+)?${DATE}|thang \d{1,2}(?:\s*\/\s*\d{4})? den (?:het )?thang \d{1,2}(?:\s*(?:\/|\s+nam\s+)\s*\d{4})?)`,
      'gu',
    ),
    make: (m, year, folded) => {
      // "(được) tính từ ngày … đến ngày …": the period a figure covers, not a time to act.
      if (/\btinh\s+$/u.test(folded.slice(Math.max(0, m.index - 6), m.index))) return null;
      // A span of years long past ("từ tháng 7/1954 đến tháng 12/1973") tells history, not a time to act.
      const years = [...m[0].matchAll(/\d{4}/gu)].map((y) => Number(y[0]));
      if (year !== null && years.length > 0 && Math.max(...years) < year - 1) return null;
      // The span's last day, where it is printed in full ("đến ngày 15/10/2026"): the day the work must be done by.
      const last = m[4] && m[5] ? dateOf(m[4], m[5], m[6], m[6] ? null : (m[3] ? Number(m[3]) : year)) : null;
      return { kind: 'during', ...(last && m[6] ? { ends: last.date } : {}) };
    },
  },
  // "Trước 30/9/2026": a full date with no "ngày".
  {
    re: /\b(?:truoc|cham nhat(?: la)?) (\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/gu,
    make: (m, year) => {
      const date = dateOf(m[1]!, m[2]!, m[3], year);
      // "trước 19-8-1945": history.
      return date && !(year !== null && Number(m[3]) < year - 1) ? { kind: 'by', date: date.date } : null;
    },
  },
  // "trước năm 2028".
  { re: /\btruoc nam (\d{4})\b/gu, make: (m, year) => (year !== null && Number(m[1]) < year ? null : { kind: 'by' }) },
  // "trước ngày giao quân": before an event named as a day.
  {
    re: /\btruoc ngay (?=\p{L})(?!(?:ky|ban hanh|co hieu luc|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\b)/gu,
    // A day named and dated ("trước ngày Quốc khánh 02/9/2026") is a date, read below.
    make: (m, _year, folded) => (/^(?:\p{L}+ ){1,4}\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 60)) ? null : { kind: 'before-event' }),
    clause: 'short',
  },
  // "Đến hết năm 2028": by the year's last day.
  { re: /\bden het nam (\d{4})\b/gu, make: (m) => ({ kind: 'by', date: `${m[1]}-12-31` }) },
  // "giai đoạn 2026 - 2030" bounding a task — not a programme's name ("Kế hoạch … giai đoạn 2026 - 2030").
  {
    re: /\b(?:trong )?giai doan (\d{4})\s*[-–—]\s*(\d{4})\b/gu,
    make: (m, year, folded) => {
      // It bounds a task only after words that set one ("trong giai đoạn …", "các chỉ tiêu chủ yếu giai đoạn …");
      // after a noun it names the period of a policy or programme ("các chính sách xã hội giai đoạn 2012 – 2020").
      const bounds = /^trong /u.test(m[0]) || /\b(?:trong|chi tieu|muc tieu|hoan thanh|thuc hien xong)(?: [^\s,.;:]+){0,3} $/u.test(folded.slice(Math.max(0, m.index - 40), m.index));
      if (!bounds || namesProgramme(folded, m.index) || (year !== null && Number(m[2]) < year)) return null;
      return { kind: 'during', period: `range:${m[1]}-${m[2]}` };
    },
  },
  // "chậm nhất 05 ngày trước ngày sơ tuyển", "02 ngày làm việc trước phiên họp": a span before an event.
  { re: /\b(?:(?:cham nhat|it nhat)(?: la)? )?\d{1,3} (?:ngay lam viec|ngay|thang|gio) truoc (?=\p{L})/gu, make: () => ({ kind: 'before-event' }), clause: 'short' },
  // "trước 30 ngày làm việc (của các đợt …)", "trước 15 ngày của các đợt": a span before an event.
  {
    re: /\btruoc (\d{1,3}) (?:ngay lam viec|ngay)(?: cua [^,.;:()\n]{3,80})?/gu,
    make: () => ({ kind: 'before-event' }),
  },
  // "trong 10 ngày (làm việc) kể từ ngày ký", "trong thời hạn 07 (bảy) ngày làm việc, kể từ khi …", "chậm nhất là 30 ngày làm việc", "90 ngày làm việc",
  // "trong vòng 24 giờ kể từ khi …", "chậm nhất 24 giờ sau khi …".
  {
    re: /\b(?:(?:trong (?:thoi han |thoi gian |vong )?(?:toi da )?|toi da |khong (?:de )?cham qua |khong qua |cham nhat(?: la)? |(?:cham nhat )?sau (?=\d{1,3}(?: \([\p{L} ]{2,12}\))? (?:ngay lam viec|ngay) ke tu))(\d{1,3})(?: \([\p{L} ]{2,12}\))? (ngay lam viec|ngay|thang|gio(?! (?:toi|qua)\b)(?!\/))|(\d{1,3}) (ngay lam viec))(?:,? (?:ke tu|sau khi) (?=\S))?/gu,
    make: (m, _year, folded) => {
      // Hours only as a time to act: counted from an event, or bounded ("chậm nhất", "trong vòng", "không quá");
      // "trong 24 giờ tới" is a forecast's horizon, "làm việc trong 8 giờ" a length of time.
      if (m[2] === 'gio' && !/(?:ke tu|sau khi) $/u.test(m[0]) && !/^(?:cham nhat|trong vong|trong thoi han|khong (?:de )?cham qua|khong qua|toi da)/u.test(m[0])) return null;
      // "gia hạn tối đa 15 ngày làm việc": an extension a body may grant, not a time to act.
      // "Quá thời hạn 30 ngày …" is a ground for refusing, once the time has lapsed.
      // ("trả kết quả trong 48 giờ …": "kết quả", a result, folds to the same "qua".)
      if (/\b(?:gia han(?: [^\s,.;:]+){0,2}|(?<!\bket )qua(?: thoi han)?)\s+$/u.test(folded.slice(Math.max(0, m.index - 24), m.index))) return null;
      // "được tạm hoãn … trong 06 tháng", "miễn … trong 12 tháng": how long a suspension or an exemption lasts.
      // (Folded, "hoãn", "miễn", "nghỉ" read as "hoàn", "miền", "nghị": only the unambiguous phrases.)
      if (/\b(?:tam hoan|duoc mien|tam dung|tam ngung)\b[^.;:]*$/u.test(folded.slice(Math.max(0, m.index - 80), m.index))) return null;
      // "… có thể để đảng viên sinh hoạt ở đó trong 12 tháng": how long a permission lasts.
      if (/\bco the\b[^.;:]*$/u.test(folded.slice(Math.max(0, m.index - 80), m.index)) && !/ke tu|sau khi/u.test(m[0])) return null;
      const unit = m[2] ?? m[4];
      return {
        kind: 'within',
        amount: Number(m[1] ?? m[3]),
        unit: unit === 'ngay lam viec' ? 'working-day' : unit === 'thang' ? 'month' : unit === 'gio' ? 'hour' : 'day',
      };
    },
  },
  // "trước ngày 25 hằng tháng", "vào ngày 15 và ngày 30 hằng tháng", "hằng tháng, trước ngày (mùng) 10", "(định kỳ) hằng quý, trước ngày 15 của tháng đầu quý sau", "trước ngày 20 của tháng cuối quý".
  {
    re: /\b(?:(?:truoc |vao )?ngay \d{1,2}(?: va ngay \d{1,2})? hang thang|(?:dinh ky )?hang (thang|quy),? (?:truoc|cham nhat(?: vao)?) ngay (?:mung |mong )?\d{1,2}(?: cua thang (?:dau|cuoi|thu \w+) quy(?: sau| tiep theo)?| cua thang (?:sau|ke tiep|tiep theo))?|(?:truoc|cham nhat(?: vao)?) ngay \d{1,2} (?:cua )?thang (?:dau|cuoi)(?: cua)? quy(?: sau| tiep theo)?)(?![/\d])/gu,
    make: (m) => {
      const monthly = m[1] === 'thang' || /hang thang$/u.test(m[0]);
      const day = Number(/ngay (?:mung |mong )?(\d{1,2})/u.exec(m[0])![1]);
      if (day < 1 || day > 31) return null;
      // "tháng đầu quý sau" is the first month of the next quarter; "tháng cuối quý" the quarter's third.
      const quarterMonth = monthly ? undefined : /cuoi (?:cua )?quy/u.test(m[0]) ? 3 : /dau (?:cua )?quy (?:sau|tiep theo)/u.test(m[0]) ? 4 : /dau (?:cua )?quy/u.test(m[0]) ? 1 : undefined;
      return { kind: 'every', period: monthly ? 'monthly' : 'quarterly', on: { monthDay: day, ...(quarterMonth ? { quarterMonth } : {}) } };
    },
  },
  // "sáng thứ Hai hằng tuần", "trước 16 giờ 00 thứ Sáu hằng tuần".
  {
    re: /\b(?:(?:(?:truoc|vao|luc) )?(?:\d{1,2} ?(?:gio|h)(?: ?\d{2})? )?(?:(?:sang|chieu|toi) )?(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat) hang tuan|hang tuan,? (?:(?:vao|truoc|luc) )?(?:\d{1,2} ?(?:gio|h)(?: ?\d{2})? )?(?:(?:sang|chieu|toi) )?(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat))\b/gu,
    make: (m) => {
      const name = /(?:thu (hai|ba|tu|nam|sau|bay)|chu nhat)/u.exec(m[0])!;
      return { kind: 'every', period: 'weekly', on: { weekday: name[1] ? WEEKDAY[name[1]]! : 7 } };
    },
  },
  // "ít nhất 01 lần mỗi năm", "hai lần trong một năm".
  {
    re: /\b(?:(?:it nhat )?(\d{1,2}|mot|hai|ba) lan (?:moi|mot|trong (?:mot|moi)) (tuan|thang|quy|nam|hoc ky)|moi (tuan|thang|quy|nam|hoc ky),? (?:it nhat )?(\d{1,2}|mot|hai|ba) lan)\b/gu,
    make: (m) => {
      const unit = m[2] ?? m[3]!;
      return unit === 'hoc ky' ? { kind: 'every' } : repetition('1', unit, m[1] ?? m[4]!);
    },
  },
  // "định kỳ 6 tháng", "định kỳ hằng năm (vào cuối quý III)", "hằng quý", "hàng tháng", "định kỳ (3 tháng 1 lần)".
  {
    re: /\b(?:(?<!\bquyet )(?:theo )?dinh ky(?! luat)(?: hang (tuan|thang|quy|nam)| (6 thang|sau thang|thang|quy|nam)| \((\d) thang (?:1|mot) lan\))?|hang (tuan|thang|quy|nam))(?: \((?:vao|truoc ngay) [^()\n]{2,30}\))?/gu,
    make: (m, _year, folded) => {
      if (qualifiesNoun(folded, m.index, m.index + m[0].length)) return null;
      const unit = m[1] ?? m[2] ?? m[4];
      if (!unit && !m[3] && /^theo dinh ky$/u.test(m[0])) return null;
      const period = unit ? PERIOD[unit]! : m[3] ? repetition(m[3], 'thang', '1').period : undefined;
      const day = /\(truoc ngay (\d{1,2})\s*[/-]\s*(\d{1,2})\)$/u.exec(m[0]);
      return { kind: 'every', ...(period ? { period } : {}), ...(day ? { day: `${pad(day[2]!)}-${pad(day[1]!)}` } : {}) };
    },
  },
  // "mỗi tháng (họp) một lần", "ít nhất mỗi tháng một lần", "3 tháng một lần", "mỗi năm hai lần", "5 năm/lần".
  {
    re: /\b(?:it nhat )?(moi|mot|hai|ba|bon|sau|\d{1,2}) (tuan|thang|quy|nam|hoc ky)(?: (?:hop|sinh hoat|to chuc))? (?:(mot|hai|ba|bon|\d{1,2}) lan\b|\/ ?lan\b)/gu,
    make: (m) => (m[2] === 'hoc ky' ? { kind: 'every' } : repetition(m[1]!, m[2]!, m[3] ?? '1')),
  },
  // "ngày mười lăm tháng chín (năm 2024)": a date in words.
  {
    re: /\b(?:truoc|cham nhat(?: la)?|khong muon hon|han chot(?: la)?) ngay ((?:(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|mot) ?){1,4}) thang ((?:(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|gieng|chap) ?){1,3}?)(?: nam (\d{4}))?(?=[\s,.;:)]|$)/gu,
    make: (m, year) => {
      const day = numberWords(m[1]!);
      const month = m[2]!.trim() === 'gieng' ? 1 : m[2]!.trim() === 'chap' ? 12 : numberWords(m[2]!);
      if (!day || !month) return null;
      const date = dateOf(String(day), String(month), m[3], year);
      return date ? { kind: 'by', date: date.date, ...(date.inferred ? { yearInferred: true as const } : {}) } : null;
    },
  },
  // "trong tháng 11 và tháng 12/2026": two months.
  {
    re: /\btrong thang (\d{1,2})(?:,| va) thang (\d{1,2})\s*\/\s*(\d{4})\b/gu,
    make: (m) => untilMonthEnd(m[3]!, m[2]!),
  },
  // "(từ nay) đến hết tháng 12/2026".
  {
    re: /\b(?:tu nay )?den het thang (\d{1,2})\s*\/\s*(\d{4})\b/gu,
    make: (m) => untilMonthEnd(m[2]!, m[1]!),
  },
  // "đến hết quý I/2027": by the quarter's last day.
  {
    re: /\bden het quy (iv|iii|ii|i|[1-4])\s*(?:\/|\s+nam\s+)\s*(\d{4})\b/gu,
    make: (m) => {
      const q = ROMAN[m[1]!] ?? Number(m[1]);
      const y = Number(m[2]);
      return { kind: 'by', date: `${y}-${pad(q * 3)}-${pad(daysInMonth(y, q * 3))}` };
    },
  },
  // "vào giữa năm 2027".
  { re: /\b(?:vao )?giua nam (\d{4})\b/gu, make: (m, year) => (year !== null && Number(m[1]) < year ? null : { kind: 'during' }) },
  // "(trong suốt) năm học 2026 – 2027", "trong học kỳ I năm học 2026 – 2027".
  { re: /\btrong hoc ky (?:i|ii|1|2) nam hoc \d{4}\s*[-–]\s*\d{4}\b/gu, make: () => ({ kind: 'during' }) },
  {
    re: /\btrong (?:suot )?nam hoc (\d{4})\s*[-–]\s*(\d{4})\b/gu,
    make: (m, year) => (year !== null && Number(m[2]) < year ? null : { kind: 'during', period: `range:${m[1]}-${m[2]}` }),
  },
  // "vào tuần thứ hai của tháng (11)", "trong tuần đầu tháng 5/2026": a week of a month, every month where none is named.
  {
    re: /\b(?:vao|trong) tuan (dau|cuoi|thu (?:nhat|hai|ba|tu|cuoi))(?: cua)? thang(?: (\d{1,2})(?:\s*\/\s*(\d{4}))?)?(?! sau)/gu,
    make: (m, year) => {
      if (!m[2]) return { kind: 'every', period: 'monthly' };
      const y = m[3] ? Number(m[3]) : year;
      const month = Number(m[2]);
      if (!y || month < 1 || month > 12) return null;
      // The week's last day is when the work is due: the 7th, 14th, 21st, 28th, or the month's last.
      const week = { dau: 1, 'thu nhat': 1, 'thu hai': 2, 'thu ba': 3, 'thu tu': 4 }[m[1]!];
      const ends = `${y}-${pad(month)}-${pad(week ? week * 7 : daysInMonth(y, month))}`;
      return { kind: 'during', period: `month:${y}-${pad(month)}`, ends, ...(m[3] ? {} : { yearInferred: true as const }) };
    },
  },
  // "trong 15 ngày đầu của mỗi quý", "tuần đầu mỗi tháng", "vào ngày làm việc cuối cùng của tháng": a part of every period.
  {
    re: /\b(?:(?:trong|vao) )?(?:\d{1,2} ngay (?:dau|cuoi)|tuan (?:dau|cuoi|thu (?:nhat|hai|ba|tu))|ngay lam viec (?:cuoi cung|dau tien))(?: cua| trong)? (?:(?:moi|hang) (thang|quy|nam)|(thang)(?! \d))\b/gu,
    make: (m) => ({ kind: 'every', period: PERIOD[m[1] ?? m[2]!]! }),
  },
  // "Quý I năm sau", "trong tháng 3 năm sau": a period of the next year.
  {
    re: /\b(?:(?:trong|vao) )?(?:(quy) (iv|iii|ii|i|[1-4])|(thang) (\d{1,2})) nam sau\b/gu,
    make: (m, year) => {
      if (year === null) return null;
      const next = year + 1;
      if (m[1]) return { kind: 'during', period: `quarter:${next}-Q${ROMAN[m[2]!] ?? Number(m[2])}`, yearInferred: true };
      const month = Number(m[4]);
      return month >= 1 && month <= 12 ? { kind: 'during', period: `month:${next}-${pad(month)}`, yearInferred: true } : null;
    },
  },
  // "xong trước ngày Quốc khánh 02/9/2026": a day named and dated.
  {
    re: new RegExp(String.raw`\btruoc ngay (?:[\p{L}]+ ){1,4}${DATE}`, 'gu'),
    make: (m, year) => {
      const date = dateOf(m[1]!, m[2]!, m[3], year);
      return date && m[3] ? { kind: 'by', date: date.date } : null;
    },
  },
  // "trước khi kết thúc năm 2026": by the year's last day.
  { re: /\btruoc khi ket thuc nam (\d{4})\b/gu, make: (m) => ({ kind: 'by', date: `${m[1]}-12-31` }) },
  // "xong trước 30/6", "trước 30/6": a day and month with no "ngày" and no year.
  {
    re: /\b(?:xong |hoan thanh )?truoc (\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/gu,
    make: (m, year) => {
      const date = dateOf(m[1]!, m[2]!, undefined, year);
      return date ? { kind: 'by', date: date.date, yearInferred: true } : null;
    },
  },
  // "mỗi năm" as a repetition (not "mỗi năm học", "mỗi năm có …", figures "mỗi năm 100 hộ").
  { re: /\bmoi nam(?! (?:hoc|co|dat|tang|giam|\d))\b/gu, make: () => ({ kind: 'every', period: 'yearly' }) },
  // "Cuối năm", "vào cuối năm": once a year at its end (not "cuối năm 2025").
  // ("ngày làm việc cuối năm", "ngày cuối năm": one day, the year's last.)
  { re: /(?<!\bthang |\bcong tac |\bngay lam viec |\bngay )\b(?:vao )?cuoi nam(?!\s*\d)(?! hoc)/gu, make: () => ({ kind: 'every', period: 'yearly' }) },
  // "trước 15 giờ hằng ngày": every day at an hour.
  // "trước 16 giờ hằng ngày", "trước 16 giờ 00 và 20 giờ 00 hằng ngày": every day, at one time or several.
  { re: /\b(?:truoc|vao|luc) \d{1,2} ?(?:gio|h)(?: ?\d{2})?(?: phut)?(?:(?:,| va) \d{1,2} ?(?:gio|h)(?: ?\d{2})?(?: phut)?)* hang ngay\b/gu, make: () => ({ kind: 'every' }) },
  // "năm 2026 và các năm tiếp theo": from a year on.
  { re: /\b(?:tu )?nam \d{4} va (?:cac|nhung) nam tiep theo\b/gu, make: () => ({ kind: 'ongoing' }) },
  // "trong 6 tháng đầu năm 2027": a half-year (no period of ours names it); a bare "6 tháng đầu năm" names a report's period.
  { re: /\btrong 6 thang (?:dau|cuoi) nam(?: \d{4})?\b/gu, make: () => ({ kind: 'during' }) },
  // "đến cuối năm 2026", "trước cuối năm 2026": by the year's last day.
  { re: /\b(?:den|truoc) cuoi nam\s*(\d{4})\b/gu, make: (m, year) => (year !== null && Number(m[1]) < year - 1 ? null : { kind: 'by', date: `${m[1]}-12-31` }) },
  // "trong các kỳ sinh hoạt chi bộ": at every meeting.
  { re: /\btrong cac ky (?:hop|sinh hoat)(?: chi bo| dinh ky| thuong ky)?\b/gu, make: () => ({ kind: 'every' }) },
  {
    re: /\bthuong xuyen\b/gu,
    make: (m, _year, folded) => (/\b(?:chi|luu dong|cong tac|nhiem vu|hoat dong|khach|giao duc)\s+$/u.test(folded.slice(Math.max(0, m.index - 12), m.index)) ||
      // "khu vực thường xuyên xảy ra khai thác trái phép", "vùng thường xuyên ngập lụt", "ngư dân thường xuyên làm việc ngoài biển": how people or places are, not a duty.
      /^\s+(?:xay ra|dien ra|bi|chiu|gap phai|ngap|om dau|mac)\b/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12)) ||
      (/\b(?:ngu dan|nguoi dan|khu vuc|noi|dia ban|dia diem|phuong tien|doi tuong)\s+$/u.test(folded.slice(Math.max(0, m.index - 12), m.index)) &&
        /^\s+(?:di qua|qua lai|lam viec|co mat|sinh song|cu tru)\b/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      ? null : { kind: 'ongoing' }),
  },
  // "cho đến khi …", "Trong thời gian chưa …", "trong thời gian chờ …": for as long as a state lasts (not "trong quá trình thực hiện", which sets no time).
  {
    re: /\b(?:cho den khi|trong thoi gian (?:chuyen tiep|cho|chua))\b/gu,
    // "… trong thời gian chờ." names no state to wait for; "chủ trì cho đến khi bầu xong đoàn chủ tịch" is who presides
    // a meeting until it elects its presidium, a step of its procedure, not a duty's time ("chỉ đạo … cho đến khi bầu
    // được cấp ủy mới" is one).
    make: (m, _year, folded) =>
      /^\s*[.,;:)]/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 3)) ||
      /^ bau (?:xong|ra) (?:doan chu tich|chu tich (?:hoi nghi|dai hoi|ky hop)|doan thu ky)\b/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 40))
        ? null
        : { kind: 'ongoing' },
    clause: true,
  },
  // "trong mùa mưa lũ", "trước và trong mùa mưa, lũ".
  { re: /\b(?:truoc va )?trong mua (?:mua, lu|mua lu|mua bao|mua|lu|kho)\b/gu, make: () => ({ kind: 'during' }) },
  // "đến năm 2030", "vào năm 2050": a target year.
  { re: /\b(?:den|vao) nam (\d{4})\b/gu, make: (m, _year, folded) => (namesProgramme(folded, m.index) ? null : { kind: 'by' }) },
  // "ngay sau khi …", "ngay khi phát hiện …": at once after an event.
  {
    re: /(?<![\p{L}\p{N}])ngay (?:sau )?khi\b/gu,
    // "được điều hành công việc ngay sau khi được bầu" grants a power at once; it sets no duty.
    make: (m, _year, folded) => (/\bduoc (?:dieu hanh|quyen|phep|ky)\b[^.;:,]*$/u.test(folded.slice(Math.max(0, m.index - 60), m.index)) ? null : { kind: 'by' }),
    clause: true,
    printed: (p) => /^ngay /iu.test(p),
  },
  // "ngay": at once (not "ngày", "ngay từ", "ngay cả", "ngay ngắn", "không … ngay được" …).
  {
    re: /(?<![\p{L}\p{N}])ngay(?![\p{L}\p{N}])(?! (?:sau|tu|khi|ca|tai|trong|tren|duoi|canh|lap tuc|thang|nam|ngan|duoc|\d)(?![\p{L}\p{N}]))/gu,
    make: () => ({ kind: 'by' }),
    printed: (p) => p.toLowerCase() === 'ngay',
  },
  // "trong kỳ sinh hoạt chi bộ gần nhất", "vào kỳ họp gần nhất", "trong cuộc họp chi bộ gần nhất": at the next meeting.
  { re: /\b(?:trong|vao|tai) (?:ky|cuoc|phien) (?:hop|sinh hoat)(?: [^\s,.;:()]+){0,3}? gan nhat\b/gu, make: () => ({ kind: 'at' }) },
  // "cuối nhiệm kỳ đại hội", "kết thúc nhiệm kỳ đại hội".
  { re: /\b(?:cuoi|ket thuc) nhiem ky(?: dai hoi)?\b/gu, make: () => ({ kind: 'at' }) },
  // "trước khi …", "trước mỗi kỳ đại hội …": before an event, to the clause's end.
  {
    re: /\btruoc (?:khi(?! ket thuc nam \d)|moi ky|moi dot|moi lan)\b/gu,
    // "trước khi có Quy định số …" tells a rule's history, not a time to act.
    // "các Hội trước khi hợp nhất", "tỉnh ủy nơi trước khi chia tách …" name the bodies or places as they were, not a time.
    make: (m, _year, folded) =>
      /^ co (?:quy dinh|nghi quyet|huong dan|van ban|ket luan|chi thi|luat)\b/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16)) ||
      /\bnoi $/u.test(folded.slice(Math.max(0, m.index - 4), m.index)) ||
      /\b(?:cac|nhung) (?:hoi|to chuc|don vi|co quan|dia phuong|tinh|huyen|xa|dang bo|chi bo)(?: [^\s,.;:()]+){0,3} $/u.test(folded.slice(Math.max(0, m.index - 50), m.index))
        ? null
        : { kind: 'before-event' },
    clause: true,
  },
  // "trước Hội nghị", "trước kỳ họp": before a meeting named alone.
  {
    re: /\btruoc (?:hoi nghi|ky hop|phien hop|dai hoi)\b/gu,
    // "được kết nạp trước Đại hội … lần thứ III (ngày 05/9/1960)": history, as its year says.
    make: (m, year, folded) => {
      const after = folded.slice(m.index, Math.min(folded.length, m.index + 120)).split(/[.;]/u)[0]!;
      return year !== null && [...after.matchAll(/\b(1\d{3}|20\d{2})\b/gu)].some((y) => Number(y[1]) < year - 1) ? null : { kind: 'before-event' };
    },
    clause: 'short',
  },
];

/**
 * A day as OCR reads it, an "O" for a nought ("3O/11/2025", "1O/5"): in a
 * token of digits and slashes only, each "o" is read as 0. One letter for
 * one, so offsets into the printed text hold.
 */
function ocrDigits(folded: string): string {
  return folded.replace(/(?<![\p{L}\p{N}])(?=[\do]*\d)[\do]{1,4}(?:\/[\do]{1,4}){1,2}(?![\p{L}\p{N}/])/gu, (token) => token.replace(/o/g, '0'));
}

/**
 * The deadlines a text sets, in text order; overlapping finds keep the one
 * that starts first (the longest there). With the document's day, a day
 * printed in full before it is another's past request ("đã đề nghị … trước
 * ngày 05/02/2026, nhưng đến nay …"), not a time this document sets.
 */
export function findDeadlines(text: string, documentYear: number | null, documentDate: string | null = null): FoundDeadline[] {
  const folded = ocrDigits(fold(text.normalize('NFC')));
  const found: FoundDeadline[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m !== null; m = rule.re.exec(folded)) {
      const made = rule.make(m, documentYear, folded);
      if (!made) continue;
      const start = m.index;
      let end = m.index + m[0].trimEnd().length;
      if (rule.printed && !rule.printed(text.slice(start, end))) continue;
      if (rule.clause) end = clauseEnd(folded, end, rule.clause === 'short' || opensSentence(folded, start));
      // "kể từ …": the event a span runs from, to its clause's end, as printed.
      let from: string | undefined;
      const list = Array.isArray(made) ? made : [made];
      if (list[0]?.kind === 'within' && /(?:ke tu|sau khi) $/u.test(m[0])) {
        // The event runs to its clause's first comma ("kể từ ngày nhận được hồ sơ …, thẩm định …").
        const at = m.index + m[0].length;
        let stop = clauseEnd(folded, at, 'comma');
        // "… sau khi nhận được Nghị quyết này xây dựng kế hoạch …": the event ends with the document it names.
        const named = DOCUMENT_THIS.exec(folded.slice(at, stop));
        if (named) stop = at + named.index + named[0].length;
        if (stop > at) {
          from = text.slice(/sau khi $/u.test(m[0]) ? at - 'sau khi '.length : at, stop);
          end = stop;
        }
      }
      for (const d of list) {
        const day = d.date ?? d.ends;
        if (documentDate && day && !d.yearInferred && day < documentDate) continue;
        found.push({ ...d, ...(from ? { from } : {}), text: text.slice(start, end), start, end });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop what lies in another's words or an after-event clause (both lists in text order: one merge pass).
  const borrowed = borrowedSpans(folded);
  let b = 0;
  const own = found.filter((d) => {
    while (b < borrowed.length && borrowed[b]![1] <= d.start) b++;
    return !(b < borrowed.length && borrowed[b]![0] <= d.start && d.start < borrowed[b]![1]);
  });
  const out: FoundDeadline[] = [];
  let reached = -1;
  let last: FoundDeadline | undefined;
  for (const d of own) {
    // Several deadlines may share one span ("3/2, 19/5, 2/9 và 7/11 hằng năm").
    if (last && d.start === last.start && d.end === last.end && d.kind === last.kind && d.day !== last.day) {
      out.push(d);
      continue;
    }
    if (d.start < reached) continue;
    out.push(d);
    last = d;
    reached = d.end;
  }
  return out;
}

/** The deadlines a task table's cell sets: its words as the text's ("Trước ngày 15/9/2026"), or a period standing alone ("Năm 2026", "Quý III/2026", "Giai đoạn 2026 – 2030", "Tuần thứ hai của tháng 11/2026"). */
export function cellDeadlines(cell: string, year: number | null): FoundDeadline[] {
  const found = findDeadlines(cell, year);
  const folded = fold(cell.trim());
  // "Hằng ngày" alone in a deadline's cell: every day (in a sentence it is as often a thing's name).
  if (found.length === 0 && /^(?:hang|moi) ngay$/u.test(folded)) {
    const at = cell.indexOf(cell.trim());
    return [{ kind: 'every', text: cell.trim(), start: at, end: at + cell.trim().length }];
  }
  if (found.length > 0 || !/^(?:(?:nam|giai doan|6 thang|quy|thang|tuan thu)\b|ngay \d|den (?:het )?ngay \d)/u.test(folded)) return found;
  // Read as if "trong" stood before it — "vào" before a week or a day ("Ngày 08/5/2026", the day it takes place),
  // "hoàn thành" before "Đến hết ngày 28/02/2027" (the day it must be done by) — then give back the cell's own words.
  const lead = /^(?:tuan|ngay)/u.test(folded) ? 'vao ' : /^den/u.test(folded) ? 'hoan thanh ' : 'trong ';
  return findDeadlines(`${lead}${cell}`, year).map((d) => {
    const start = Math.max(0, d.start - lead.length);
    const end = d.end - lead.length;
    return { ...d, start, end, text: cell.slice(start, end) };
  });
}

/** Receiving a document named as "this one" ("nhận được Nghị quyết này"): where the event ends. */
const DOCUMENT_THIS = /\bnhan(?: duoc)? (?:van ban|nghi quyet|ke hoach|quyet dinh|chi thi|cong van|thong bao|huong dan|chuong trinh|ket luan|quy dinh|quy che|cong dien) nay\b/u;

/** Whether a span's event is the document's own day: its signing or issuing. */
const OWN_DAY = /^(?:ngay|khi) (?:ky|ban hanh|van ban nay (?:duoc )?ban hanh|ky ban hanh)(?: (?:van ban|cong van|ke hoach|thong bao|ket luan|quyet dinh|chi thi|huong dan) nay)?$/u;

/**
 * The day a span from the document's own day falls on ("trong 10 ngày kể từ
 * ngày ký" of a document dated 2026-03-02 → 2026-03-12): calendar days and
 * months exactly; working days counted Monday to Friday (public holidays are
 * not known here, so the true day may be later — the result says so). Null
 * when the span runs from another event or the document's day is unknown.
 */
export function resolveSpan(
  deadline: Pick<FoundDeadline, 'kind' | 'amount' | 'unit' | 'from'>,
  documentDate: string | null,
): { date: string; counting: 'calendar' | 'weekdays' } | null {
  if (deadline.kind !== 'within' || !deadline.amount || !deadline.unit || !deadline.from || !documentDate) return null;
  if (!OWN_DAY.test(fold(deadline.from.normalize('NFC')).replace(/\s+/gu, ' ').trim())) return null;
  const [y, m, d] = documentDate.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (deadline.unit === 'hour') day.setUTCHours(day.getUTCHours() + deadline.amount);
  else if (deadline.unit === 'day') day.setUTCDate(day.getUTCDate() + deadline.amount);
  else if (deadline.unit === 'month') {
    const target = new Date(Date.UTC(y, m - 1 + deadline.amount, 1));
    day.setTime(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1))));
  } else {
    // At most a few hundred working days: linear in the amount.
    for (let left = Math.min(deadline.amount, 1000); left > 0; ) {
      day.setUTCDate(day.getUTCDate() + 1);
      const weekday = day.getUTCDay();
      if (weekday !== 0 && weekday !== 6) left--;
    }
  }
  return { date: day.toISOString().slice(0, 10), counting: deadline.unit === 'working-day' ? 'weekdays' : 'calendar' };
}

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
  unit?: 'day' | 'working-day' | 'month';
  from?: string;
  yearInferred?: true;
  /** Offsets into the text. */
  start: number;
  end: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const PERIOD: Record<string, string> = { tuan: 'weekly', thang: 'monthly', quy: 'quarterly', nam: 'yearly', '6 thang': '6-monthly', 'sau thang': '6-monthly' };

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

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray, documentYear: number | null) => Omit<FoundDeadline, 'text' | 'start' | 'end'> | null;
}

const RULES: Rule[] = [
  // "trước ngày 20/11 hằng năm": a day of every year.
  {
    re: /\btruoc ngay (\d{1,2})\s*(?:\/|\s+thang\s+)\s*(\d{1,2}) (?:hang|hàng) nam\b/gu,
    make: (m) => ({ kind: 'every', period: 'yearly', day: `${pad(m[2]!)}-${pad(m[1]!)}` }),
  },
  // "trước ngày 15/9/2026", "chậm nhất ngày 30/6", "chậm nhất là ngày 05 tháng 11 năm 2025", "hạn chót ngày …".
  {
    re: new RegExp(String.raw`\b(?:truoc|cham nhat(?: la)?(?: vao)?|han chot(?: la)?|den het|truoc het)\s+ngay\s+${DATE}`, 'gu'),
    make: (m, year) => {
      const date = dateOf(m[1]!, m[2]!, m[3], year);
      return date ? { kind: 'by', date: date.date, ...(date.inferred ? { yearInferred: true as const } : {}) } : null;
    },
  },
  // "vào lúc 8h00 ngày 09/10/2025", "lúc 14 giờ 00 ngày …": a meeting's time.
  {
    re: new RegExp(String.raw`\b(?:vao )?luc\s+\d{1,2}\s*(?:h|gio)\s*\d{0,2}(?:\s*phut)?,?\s+(?:\w+\s+)?ngay\s+${DATE}`, 'gu'),
    make: (m, year) => {
      const date = dateOf(m[1]!, m[2]!, m[3], year);
      return date ? { kind: 'at', date: date.date, ...(date.inferred ? { yearInferred: true as const } : {}) } : null;
    },
  },
  // "trong tháng 10/2026", "trong tháng 10 năm 2026".
  {
    re: /\btrong thang (\d{1,2})(?:\s*(?:\/|\s+nam\s+)\s*(\d{4}))?\b/gu,
    make: (m, year) => {
      const y = m[2] ? Number(m[2]) : year;
      const month = Number(m[1]);
      if (!y || month < 1 || month > 12) return null;
      return { kind: 'during', period: `month:${y}-${pad(month)}`, ...(m[2] ? {} : { yearInferred: true as const }) };
    },
  },
  // "trong quý III/2025", "trong Quý III năm 2025", "trong quý 3".
  {
    re: /\btrong quy (iv|iii|ii|i|[1-4])(?:\s*(?:\/|\s+nam\s+)\s*(\d{4}))?\b/gu,
    make: (m, year) => {
      const y = m[2] ? Number(m[2]) : year;
      const q = ROMAN[m[1]!] ?? Number(m[1]);
      if (!y) return null;
      return { kind: 'during', period: `quarter:${y}-Q${q}`, ...(m[2] ? {} : { yearInferred: true as const }) };
    },
  },
  // "trong năm 2026", "hoàn thành trong năm 2026".
  { re: /\btrong nam (\d{4})\b/gu, make: (m) => ({ kind: 'during', period: `year:${m[1]}` }) },
  // "trong 10 ngày (làm việc) kể từ ngày ký", "trong thời hạn 15 ngày làm việc, kể từ khi …", "chậm nhất là 30 ngày làm việc", "90 ngày làm việc".
  {
    re: /\b(?:(?:trong (?:thoi han |vong )?|khong (?:de )?cham qua |khong qua |cham nhat(?: la)? )(\d{1,3}) (ngay lam viec|ngay|thang)|(\d{1,3}) (ngay lam viec))(?:,? ke tu ([^,.;:()]{3,120}))?/gu,
    make: (m) => {
      const unit = m[2] ?? m[4];
      return {
        kind: 'within',
        amount: Number(m[1] ?? m[3]),
        unit: unit === 'ngay lam viec' ? 'working-day' : unit === 'thang' ? 'month' : 'day',
        ...(m[5] ? { from: m[5].trim() } : {}),
      };
    },
  },
  // "định kỳ 6 tháng", "định kỳ hằng năm", "hằng quý", "hàng tháng", "theo định kỳ".
  {
    re: /\b(?:(?:theo )?dinh ky(?: (?:hang|hàng) (tuan|thang|quy|nam)| (6 thang|sau thang|thang|quy|nam))?|(?:hang|hàng) (tuan|thang|quy|nam))\b/gu,
    make: (m) => {
      const unit = m[1] ?? m[2] ?? m[3];
      return { kind: 'every', ...(unit ? { period: PERIOD[unit]! } : {}) };
    },
  },
  { re: /\bthuong xuyen\b/gu, make: () => ({ kind: 'ongoing' }) },
  // "đến năm 2030", "vào năm 2050": a target year.
  { re: /\b(?:den|vao) nam (\d{4})\b/gu, make: () => ({ kind: 'by' }) },
  // "ngay": at once (not "ngay sau", "ngay từ", "ngay cả" …).
  { re: /(?<![\p{L}\p{N}])ngay(?![\p{L}\p{N}])(?! (?:sau|tu|khi|ca|tai|trong|tren|duoi|canh|lap tuc|thang|nam|\d))/gu, make: () => ({ kind: 'by' }) },
  // "trong kỳ sinh hoạt chi bộ gần nhất": at the next meeting.
  { re: /\btrong ky (?:hop|sinh hoat)(?: chi bo| dinh ky)? gan nhat\b/gu, make: () => ({ kind: 'at' }) },
  // "trước khi …": before an event, up to the clause's end (a few words, before a modal that starts the duty).
  { re: /\btruoc khi (?:(?!(?:phai|can|thi|de|va|cho|duoc) )[^\s,.;:()]+\s?){1,12}/gu, make: () => ({ kind: 'before-event' }) },
];

/** The deadlines a text sets, in text order; overlapping finds keep the one that starts first (the longest there). */
export function findDeadlines(text: string, documentYear: number | null): FoundDeadline[] {
  const folded = fold(text.normalize('NFC'));
  const found: FoundDeadline[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m !== null; m = rule.re.exec(folded)) {
      const made = rule.make(m, documentYear);
      if (!made) continue;
      const start = m.index;
      const end = m.index + m[0].trimEnd().length;
      // The event as printed, not folded.
      if (made.from) {
        const at = m.index + m[0].indexOf(made.from);
        made.from = text.slice(at, at + made.from.length);
      }
      found.push({ ...made, text: text.slice(start, end), start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundDeadline[] = [];
  let reached = -1;
  for (const d of found) {
    if (d.start < reached) continue;
    out.push(d);
    reached = d.end;
  }
  return out;
}

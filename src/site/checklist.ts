/**
 * A body's duties by when they are due: the deadlines the parser read
 * (src/parser/tags/deadlines.ts) turned into what a checklist, a calendar
 * and a spreadsheet need — the day a duty is due by, how it repeats, or
 * why it has no day. Nothing is guessed: a duty gets a day only where its
 * words give one (a date, the last day of a month, quarter or year it must
 * be done in, a span from the document's own day); the rest are listed as
 * recurring, ongoing, tied to an event, or undated. Pure functions of the
 * site model; "overdue" and "due soon" are left to the reader's browser,
 * which knows today's date.
 */
import type { Deadline } from '../schemas/document.js';
import type { Duty, SiteModel } from './model.js';
import { displayDate } from './text.js';

/** How a duty is placed on a checklist, in the order the checklist lists them. */
export const BUCKETS = ['dated', 'recurring', 'ongoing', 'event', 'undated'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** The checklist's headings (Vietnamese, as the reader sees them). */
export const BUCKET_TITLES: Record<Bucket, string> = {
  dated: 'Có thời hạn',
  recurring: 'Định kỳ',
  ongoing: 'Thường xuyên',
  event: 'Theo sự kiện, thời điểm khác',
  undated: 'Văn bản không nêu thời hạn',
};

/** The roles a checklist lists: what the body leads and what it works on with others. */
export const CHECKLIST_RELATIONS = new Set<Duty['relation']>(['chu-tri', 'phoi-hop']);

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (month 1–12). */
function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The last day of a period the corpus names (`month:2026-10`, `quarter:2026-Q3`, `year:2026`, `range:2026-2030`), or null. */
export function periodEnd(period: string | undefined): string | null {
  if (!period) return null;
  let m = /^month:(\d{4})-(\d{2})$/.exec(period);
  if (m) return lastDay(Number(m[1]), Number(m[2]));
  m = /^quarter:(\d{4})-Q([1-4])$/.exec(period);
  if (m) return lastDay(Number(m[1]), Number(m[2]) * 3);
  m = /^(?:year:(\d{4})|range:\d{4}-(\d{4}))$/.exec(period);
  if (m) return `${m[1] ?? m[2]}-12-31`;
  return null;
}

/** The day a deadline falls due, where its words give one: a date, the end of its period, a span from the document's day. */
export function dueDate(d: Deadline): string | null {
  if (d.kind === 'by' || d.kind === 'at') return d.date ?? null;
  if (d.kind === 'within') return d.resolved?.date ?? null;
  if (d.kind === 'during') return d.ends ?? periodEnd(d.period);
  return null;
}

/** Where a duty goes on a checklist, and the deadline that put it there. */
export interface Timing {
  bucket: Bucket;
  /** ISO day for `dated`. */
  due: string | null;
  deadline: Deadline | null;
}

/** The deadline that places a duty: its earliest day; else a repetition; else ongoing; else an event. */
export function timingOf(deadlines: Deadline[]): Timing {
  let best: Timing | null = null;
  for (const d of deadlines) {
    const due = dueDate(d);
    if (due && (!best || due < best.due!)) best = { bucket: 'dated', due, deadline: d };
  }
  if (best) return best;
  for (const bucket of ['recurring', 'ongoing'] as const) {
    const d = deadlines.find((x) => x.kind === (bucket === 'recurring' ? 'every' : 'ongoing'));
    if (d) return { bucket, due: null, deadline: d };
  }
  const first = deadlines[0];
  return first ? { bucket: 'event', due: null, deadline: first } : { bucket: 'undated', due: null, deadline: null };
}

const PERIOD_WORDS: Record<string, string> = {
  weekly: 'Hằng tuần',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  '6-monthly': '6 tháng một lần',
  yearly: 'Hằng năm',
};
const WEEKDAY_WORDS = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const QUARTER_MONTH_WORDS = ['', 'tháng đầu quý', 'tháng giữa quý', 'tháng cuối quý', 'tháng đầu quý sau'];

/** A repetition in words: "Hằng năm, ngày 20/11", "Hằng tháng, ngày 25", "Hằng tuần, thứ Hai", "Định kỳ". */
export function repetitionWords(d: Deadline): string {
  const head = (d.period && PERIOD_WORDS[d.period]) ?? 'Định kỳ';
  if (d.day) return `${head}, ngày ${d.day.slice(3)}/${d.day.slice(0, 2)}`;
  if (d.on?.weekday) return `${head}, ${WEEKDAY_WORDS[d.on.weekday]}`;
  if (d.on?.monthDay) return `${head}, ngày ${d.on.monthDay}${d.on.quarterMonth ? ` ${QUARTER_MONTH_WORDS[d.on.quarterMonth]}` : ''}`;
  // Where the words say more than the period ("tuần đầu mỗi tháng", "hằng ngày", "hai tuần một lần"), they follow it.
  return d.text.trim().toLocaleLowerCase('vi') === head.toLocaleLowerCase('vi') ? head : `${head} (${d.text.trim()})`;
}

/**
 * Every place a duty takes on a checklist: once for each day its deadlines
 * give ("trước ngày 20/3; hoàn thành trong tháng 4" is due twice) and each
 * repetition ("hằng năm …; hằng tháng …"); with none, once, by `timingOf`.
 */
export function timingsOf(deadlines: Deadline[]): Timing[] {
  const out: Timing[] = [];
  const days = new Set<string>();
  for (const d of deadlines) {
    const due = dueDate(d);
    if (due && !days.has(due)) {
      days.add(due);
      out.push({ bucket: 'dated', due, deadline: d });
    }
  }
  for (const d of deadlines) if (d.kind === 'every') out.push({ bucket: 'recurring', due: null, deadline: d });
  return out.length > 0 ? out : [timingOf(deadlines)];
}

/** What a checklist shows before a duty: its day ("15/09/2026"), its repetition, or its words ("Thường xuyên", "trước khi …"). */
export function whenWords(t: Timing): string {
  if (t.bucket === 'dated') return displayDate(t.due!);
  if (t.bucket === 'recurring') return repetitionWords(t.deadline!);
  if (t.bucket === 'ongoing') return 'Thường xuyên';
  if (t.bucket === 'event') return t.deadline!.text;
  return 'Không nêu';
}

/** A recurrence a calendar can hold (RFC 5545 RRULE parts) and its first day on or after the document's. */
export interface Recurrence {
  start: string;
  freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
}

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * A repetition as a calendar's recurrence, from the first occurrence on or
 * after `from` (the document's day) — only where the words give the day it
 * falls on (a day in the year, in the month, a weekday). A repetition with
 * no day ("định kỳ 6 tháng") has no place in a calendar: null.
 */
export function recurrenceOf(d: Deadline, from: string | null): Recurrence | null {
  if (d.kind !== 'every' || !from) return null;
  const [y, m] = from.split('-').map(Number) as [number, number];
  if (d.period === 'yearly' && d.day) {
    const thisYear = `${y}-${d.day}`;
    return { start: thisYear >= from ? thisYear : `${y + 1}-${d.day}`, freq: 'YEARLY', interval: 1 };
  }
  if (d.period === 'weekly' && d.on?.weekday) {
    const weekday = new Date(`${from}T00:00:00Z`).getUTCDay() || 7;
    return { start: addDays(from, (d.on.weekday - weekday + 7) % 7), freq: 'WEEKLY', interval: 1 };
  }
  const monthDay = d.on?.monthDay;
  if (!monthDay || monthDay > 28) return null; // a day some months lack would move; leave it out rather than misplace it
  if (d.period === 'monthly') {
    const here = `${y}-${pad(m)}-${pad(monthDay)}`;
    return { start: here >= from ? here : `${m === 12 ? y + 1 : y}-${pad((m % 12) + 1)}-${pad(monthDay)}`, freq: 'MONTHLY', interval: 1 };
  }
  if (d.period === 'quarterly' && d.on?.quarterMonth) {
    // Months counted from year 0; a quarter's n-th month is the one whose place in its quarter is n − 1
    // ("tháng đầu quý sau" falls on a quarter's first month, as "tháng đầu quý" does).
    const place = (d.on.quarterMonth - 1) % 3;
    for (let month = y * 12 + m - 1; month < y * 12 + m + 11; month++) {
      if (month % 3 !== place) continue;
      const day = `${Math.floor(month / 12)}-${pad((month % 12) + 1)}-${pad(monthDay)}`;
      if (day >= from) return { start: day, freq: 'MONTHLY', interval: 3 };
    }
  }
  return null;
}

/**
 * The words of a provision a body is bound by, whole: the opening words up
 * to `limit` characters, and every sentence holding one of `anchors` (the
 * body's name as printed, the deadline's words) — so that a duty's
 * "trước ngày 05/11/2025" is never cut off. Gaps are marked "…".
 */
export function bindingExcerpt(words: string, anchors: string[], limit = 320): string {
  if (words.length <= limit) return words;
  // Sentences end at ". ", "; ", "! ", "? " (kept with their sentence).
  const sentences: Array<{ start: number; end: number }> = [];
  const stop = /[.;!?](?=\s)/g;
  let start = 0;
  for (let m = stop.exec(words); m !== null; m = stop.exec(words)) {
    sentences.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  if (start < words.length) sentences.push({ start, end: words.length });
  const wanted = new Set<number>();
  for (const anchor of anchors) {
    const at = anchor ? words.indexOf(anchor) : -1;
    if (at < 0) continue;
    sentences.forEach((s, i) => {
      if (s.end > at && s.start < at + anchor.length) wanted.add(i);
    });
  }
  // The opening: whole sentences within the limit, or the first cut at a word.
  let out = '';
  let shownTo = 0;
  for (const [i, s] of sentences.entries()) {
    if (s.end <= limit || wanted.has(i)) {
      out += (i > 0 && s.start !== shownTo ? ' …' : '') + words.slice(s.start, s.end);
      shownTo = s.end;
    } else if (i === 0) {
      out = `${words.slice(0, limit - 3).replace(/\s+\S*$/, '')}`;
      shownTo = -1;
    }
  }
  return shownTo === words.length ? out.trim() : `${out.trim()} …`;
}

/** One duty on a body's checklist. */
export interface ChecklistEntry extends Duty {
  timing: Timing;
}

/**
 * A body's checklist: the duties it leads or works on (itself or as one of
 * a class), each placed by its deadline — dated ones by day (then in corpus
 * order), then recurring, ongoing, tied to an event, undated, each in corpus
 * order.
 */
export function checklistOf(duties: Duty[], model: SiteModel, relations: ReadonlySet<Duty['relation']> = CHECKLIST_RELATIONS): Array<{ bucket: Bucket; entries: ChecklistEntry[] }> {
  const entries = duties
    .filter((d) => relations.has(d.relation))
    .flatMap((d) => timingsOf(model.provisions.get(d.key)!.provision.deadlines).map((timing) => ({ ...d, timing })));
  const position = (e: ChecklistEntry) => model.position.get(e.key)!;
  return BUCKETS.map((bucket) => ({
    bucket,
    entries: entries
      .filter((e) => e.timing.bucket === bucket)
      .sort((a, b) => (a.timing.due ?? '').localeCompare(b.timing.due ?? '') || position(a) - position(b)),
  })).filter((g) => g.entries.length > 0);
}

/** A dated provision on the home page's list: its day, its deadline, and the bodies it binds with their roles. */
export interface Upcoming {
  key: string;
  due: string;
  deadline: Deadline;
  /** A repetition: how it recurs (the reader's browser rolls `due` on to its next day from today). */
  repeat?: { freq: Recurrence['freq']; interval: number };
  bodies: Array<{ id: string; name: string; relation: Duty['relation'] }>;
}

/**
 * The provisions falling due from `from` on (the corpus's update day) within
 * `days`, by day, at most `cap` — with the bodies each binds (those it names
 * responsible or working with). The reader's browser narrows the list to
 * the 30 days from its own today.
 */
export function upcomingOf(model: SiteModel, from: string, days: number, cap: number): Upcoming[] {
  const to = addDays(from, days);
  const out: Upcoming[] = [];
  for (const key of model.order) {
    const p = model.provisions.get(key)!.provision;
    const bodies = [...p.responsible.map((b) => ({ ...b, relation: 'chu-tri' as const })), ...p.coordinating.filter((b) => b.relation === 'phoi-hop').map((b) => ({ ...b, relation: 'phoi-hop' as const }))];
    const named = bodies.map(({ id, name, relation }) => ({ id, name, relation }));
    for (const t of timingsOf(p.deadlines.filter((d) => !d.inherited))) {
      if (t.bucket === 'recurring') {
        // Its first day on or after `from` (and after the document's day), where the words give its day.
        const document = model.documentsBySlug.get(model.provisions.get(key)!.document)!;
        const recurrence = recurrenceOf(t.deadline!, document.meta.date && document.meta.date > from ? document.meta.date : from);
        if (recurrence && recurrence.start <= to) out.push({ key, due: recurrence.start, deadline: t.deadline!, repeat: { freq: recurrence.freq, interval: recurrence.interval }, bodies: named });
        continue;
      }
      if (t.bucket !== 'dated' || t.due! < from || t.due! > to) continue;
      out.push({ key, due: t.due!, deadline: t.deadline!, bodies: named });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || model.position.get(a.key)! - model.position.get(b.key)!).slice(0, cap);
}

export { addDays };

const UNIT_WORDS = { hour: 'giờ', day: 'ngày', 'working-day': 'ngày làm việc', month: 'tháng' } as const;

/** A period in words: "tháng 10/2026", "quý III/2026", "năm 2026", "giai đoạn 2026 – 2030". */
function periodWords(period: string | undefined): string | null {
  if (!period) return null;
  let m = /^month:(\d{4})-(\d{2})$/.exec(period);
  if (m) return `tháng ${Number(m[2])}/${m[1]}`;
  m = /^quarter:(\d{4})-Q([1-4])$/.exec(period);
  if (m) return `quý ${['I', 'II', 'III', 'IV'][Number(m[2]) - 1]}/${m[1]}`;
  m = /^year:(\d{4})$/.exec(period);
  if (m) return `năm ${m[1]}`;
  m = /^range:(\d{4})-(\d{4})$/.exec(period);
  return m ? `giai đoạn ${m[1]} – ${m[2]}` : null;
}

/** What a deadline means, in words a reader checks the printed ones against ("hạn ngày 15/09/2026", "10 ngày kể từ ngày ký — tức ngày 12/03/2026"). */
export function deadlineMeaning(d: Deadline): string {
  const due = dueDate(d);
  switch (d.kind) {
    case 'by':
      return d.date ? `hạn ngày ${displayDate(d.date)}${d.yearInferred ? ' (năm lấy theo năm của văn bản)' : ''}` : 'ngay, hoặc theo mốc lời văn nêu';
    case 'at':
      return d.date ? `vào ngày ${displayDate(d.date)}` : 'vào dịp lời văn nêu';
    case 'during': {
      const words = periodWords(d.period);
      return words ? `trong ${words}, hạn cuối ngày ${displayDate(due!)}` : d.ends ? `đến hết ngày ${displayDate(d.ends)}` : 'trong khoảng thời gian lời văn nêu';
    }
    case 'within': {
      const span = `${d.amount ?? '?'} ${UNIT_WORDS[d.unit ?? 'day']}${d.from ? ` kể từ ${d.from}` : ''}`;
      if (!d.resolved) return span;
      return `${span} — tức ngày ${displayDate(d.resolved.date)}${d.resolved.counting === 'weekdays' ? ' (tính ngày làm việc từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ)' : ''}`;
    }
    case 'every': {
      const words = repetitionWords(d);
      return `${words.charAt(0).toLocaleLowerCase('vi')}${words.slice(1)}`;
    }
    case 'ongoing':
      return 'thường xuyên, liên tục';
    default:
      return 'trước một sự kiện lời văn nêu';
  }
}

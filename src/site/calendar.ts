/**
 * A body's duties as a calendar (iCalendar, RFC 5545) that phones and
 * Outlook import, and as a spreadsheet (CSV): dated duties as all-day
 * events on the day they are due, repetitions whose day the words give as
 * recurring events; each with the provision's citation, its words and, where
 * the site has a public address, its link. Deterministic: the stamp is the
 * corpus's update day and every event's id is made of the provision's key,
 * the body and its role. Pure functions of the site model.
 */
import ical from 'ical-generator';
import { documentName } from './text.js';
import { BUCKETS, dueDate, recurrenceOf, repetitionWords, type ChecklistEntry, timingOf } from './checklist.js';
import { field } from './csv.js';
import { RELATION_WORDS } from './duties.js';
import { dutiesOf, type Duty, type SiteModel } from './model.js';
import { urls } from './urls.js';

/** One duty of a body, as the exports give it. */
export interface ExportedDuty {
  key: string;
  bodyId: string;
  bodyName: string;
  relation: Duty['relation'];
  timing: ChecklistEntry['timing'];
}

/** The duties of many bodies (a body's page, or the whole corpus), each placed by its deadline. */
export function exportedDuties(bodies: Array<{ id: string; name: string; duties: Duty[] }>, model: SiteModel): ExportedDuty[] {
  const out: ExportedDuty[] = [];
  for (const body of bodies) {
    for (const d of body.duties) {
      if (d.relation !== 'chu-tri' && d.relation !== 'phoi-hop') continue;
      out.push({ key: d.key, bodyId: body.id, bodyName: body.name, relation: d.relation, timing: timingOf(model.provisions.get(d.key)!.provision.deadlines) });
    }
  }
  return out;
}

/** At most about ten words of a text, cut at a word ("Rà soát danh sách hộ nghèo cần hỗ trợ nhà ở, gửi …"). */
function shortly(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= 12 ? words.join(' ') : `${words.slice(0, 10).join(' ')} …`;
}

/**
 * What to do, as a calendar's title says it: the words after the body's own
 * name and its role ("Phòng Lao động … chủ trì, phối hợp với …" → "Phối hợp
 * với …"), when the provision opens with that name.
 */
function whatToDo(text: string, tags: Array<{ evidence: Array<{ text: string }> }>): string {
  for (const tag of tags) {
    const name = tag.evidence[0]?.text;
    if (!name || !text.startsWith(name)) continue;
    const rest = text.slice(name.length).replace(/^[\s,:]*(?:(?:chủ trì|phối hợp)[\s,:]+)?/u, '');
    if (rest) return `${rest.charAt(0).toLocaleUpperCase('vi')}${rest.slice(1)}`;
  }
  return text;
}

/** A provision's absolute address where the site has one (calendar apps need whole addresses), else null. */
function absolute(path: string, site: string | null): string | null {
  return site ? new URL(path.replace(/^\//, ''), site.endsWith('/') ? site : `${site}/`).href : null;
}

export interface CalendarOptions {
  /** The calendar's name as an app lists it. */
  name: string;
  /** The site's public address (content/site.yaml `url`), or null. */
  site: string | null;
  /** The corpus's update day (YYYY-MM-DD): every event's DTSTAMP. */
  updated: string;
  /** Name the body in each event's title (a calendar of many bodies). */
  withBody?: boolean;
}

/**
 * The calendar: an all-day event on each dated duty's day, and a recurring
 * one for each repetition whose day the words give (from its first
 * occurrence on or after the document's day). Duties with no day are left
 * out and counted in the calendar's description. As one text (a body's
 * calendar; tests).
 */
export function calendarOf(duties: ExportedDuty[], model: SiteModel, options: CalendarOptions): string {
  return [...calendarParts(duties, model, options)].join('');
}

/** Events written per calendar object: a whole corpus's calendar is longer than one string may be. */
const EVENTS_AT_ONCE = 2000;

/**
 * The calendar of these duties in parts, in order, for a download to stream:
 * the header, then the events a few thousand at a time, then the footer;
 * joined, the text ical-generator writes for the whole calendar at once.
 */
export function* calendarParts(duties: ExportedDuty[], model: SiteModel, options: CalendarOptions, eventsAtOnce = EVENTS_AT_ONCE): Generator<string> {
  const make = () => ical({ name: options.name, prodId: { company: 'van-ban-chi-dao', product: 'lich-viec', language: 'VI' } });
  const stamp = new Date(`${options.updated}T00:00:00Z`);
  // Every day a duty's deadlines give: each date, each repetition whose day the words give.
  const eventsOf = (duty: ExportedDuty) => {
    const flat = model.provisions.get(duty.key)!;
    const document = model.documentsBySlug.get(flat.document)!;
    return flat.provision.deadlines.flatMap((deadline, index) => {
      const due = dueDate(deadline);
      const recurrence = due ? null : recurrenceOf(deadline, document.meta.date);
      const start = due ?? recurrence?.start;
      return start ? [{ deadline, index, start, recurrence }] : [];
    });
  };
  const left = duties.filter((duty) => eventsOf(duty).length === 0).length;
  const header = make();
  if (left > 0) header.description(`${left} việc không có ngày cụ thể (thường xuyên, định kỳ không nêu ngày, theo sự kiện, không nêu thời hạn) không có trong lịch; xem trang cơ quan.`);
  const FOOTER = 'END:VCALENDAR';
  const empty = header.toString();
  const cut = empty.lastIndexOf(FOOTER);
  if (cut < 0) throw new Error('ical-generator wrote a calendar without END:VCALENDAR');
  yield empty.slice(0, cut);
  let calendar = make();
  let written = 0;
  const events = (text: string) => {
    const from = text.indexOf('BEGIN:VEVENT');
    return from < 0 ? '' : text.slice(from, text.lastIndexOf(FOOTER));
  };
  for (const duty of duties) {
    const flat = model.provisions.get(duty.key)!;
    const p = flat.provision;
    const document = model.documentsBySlug.get(flat.document)!;
    const url = absolute(urls.provision(flat.document, p.id), options.site);
    for (const { deadline, index, start, recurrence } of eventsOf(duty)) {
      const when = recurrence ? `${repetitionWords(deadline)} (“${deadline.text}”)` : `“${deadline.text}”`;
      calendar.createEvent({
        id: `${duty.key}/${duty.bodyId}/${duty.relation}/${index}@van-ban-chi-dao`,
        start: new Date(`${start}T00:00:00Z`),
        allDay: true,
        stamp,
        // What the job is comes first, as a calendar shows a title in a line: the heading or the task's first words.
        summary: `${options.withBody ? `${duty.bodyName} — ` : ''}${RELATION_WORDS[duty.relation]}: ${shortly(p.heading ?? whatToDo(p.paragraphs[0] ?? '', [...p.responsible, ...p.coordinating].filter((t) => t.id === duty.bodyId)))} (${p.label}, ${documentName(document.meta)})`,
        description: [
          `${duty.bodyName} — ${RELATION_WORDS[duty.relation].toLowerCase()}.`,
          `Thời hạn: ${when}${deadline.inherited ? ' (giao ở phần chứa điều khoản)' : ''}${deadline.resolved?.counting === 'weekdays' ? ' — tính theo ngày làm việc từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ' : ''}.`,
          `Trích dẫn: ${p.citation}`,
          ...(p.heading ? [p.heading] : []),
          p.paragraphs.join('\n'),
          ...(url ? [url] : []),
        ].join('\n'),
        ...(url ? { url } : {}),
        ...(recurrence ? { repeating: { freq: recurrence.freq as never, interval: recurrence.interval } } : {}),
      });
      written++;
    }
    if (written >= eventsAtOnce) {
      yield events(calendar.toString());
      calendar = make();
      written = 0;
    }
  }
  if (written > 0) yield events(calendar.toString());
  yield empty.slice(cut);
}

// Headers as a reader of the spreadsheet reads them.
const COLUMNS = ['Cơ quan', 'Vai trò', 'Hạn (ngày)', 'Thời hạn theo lời văn', 'Loại thời hạn', 'Điều khoản', 'Trích dẫn', 'Văn bản', 'Nội dung', 'Địa chỉ'] as const;
const KIND_WORDS = { dated: 'Có ngày', recurring: 'Định kỳ', ongoing: 'Thường xuyên', event: 'Theo sự kiện, thời điểm khác', undated: 'Không nêu' } as const;

/** The duties as CSV that Excel opens correctly (UTF-8 with a byte-order mark, CRLF, every field quoted, formulas defused). */
export function dutiesCsv(duties: ExportedDuty[], model: SiteModel, site: string | null): string {
  return [...dutiesCsvLines(duties, model, site)].join('');
}

/** The spreadsheet of these duties a line at a time (UTF-8 with BOM, CRLF), for a download to stream. */
export function* dutiesCsvLines(duties: ExportedDuty[], model: SiteModel, site: string | null): Generator<string> {
  yield `\uFEFF${COLUMNS.map(field).join(',')}\r\n`;
  for (const duty of duties) {
    const flat = model.provisions.get(duty.key)!;
    const p = flat.provision;
    const document = model.documentsBySlug.get(flat.document)!;
    const d = duty.timing.deadline;
    yield `${[
        duty.bodyName,
        RELATION_WORDS[duty.relation],
        duty.timing.due ?? '',
        p.deadlines.map((x) => (x.kind === 'every' ? `${repetitionWords(x)} (${x.text})` : x.text)).join('; ') || (d ? d.text : ''),
        KIND_WORDS[duty.timing.bucket],
        p.label,
        p.citation,
        documentName(document.meta),
        [p.heading, ...p.paragraphs].filter(Boolean).join('\n'),
        absolute(urls.provision(flat.document, p.id), site) ?? urls.provision(flat.document, p.id),
      ]
        .map(field)
        .join(',')}\r\n`;
  }
}

/**
 * Every body's duties across the corpus, by when they are due. A body's
 * class duties are its own (as on its page); a class itself is listed too,
 * so a duty given to "các sở, ban, ngành" appears once for the class and once
 * for each member the corpus names.
 */
export function allDuties(model: SiteModel): ExportedDuty[] {
  return byDue(exportedDuties(model.bodies.map((b) => ({ id: b.id, name: b.name, duties: dutiesOf(b, model) })), model), model);
}

/** Duties in the order a checklist gives them: by day, then the rest in corpus order. */
export function byDue(duties: ExportedDuty[], model: SiteModel): ExportedDuty[] {
  return [...duties].sort(
    (a, b) =>
      BUCKETS.indexOf(a.timing.bucket) - BUCKETS.indexOf(b.timing.bucket) ||
      (a.timing.due ?? '').localeCompare(b.timing.due ?? '') ||
      model.position.get(a.key)! - model.position.get(b.key)! ||
      a.bodyId.localeCompare(b.bodyId),
  );
}

/**
 * A body's checklist by date, its calendar and spreadsheet, and the home
 * page's coming deadlines, end to end on our own invented documents
 * (tests/support/deadlines.ts): the days are those the words give, the
 * calendar parses back (ical.js) with the right days and recurrences, and
 * in a browser with a fixed clock the overdue and due-soon duties are told
 * apart — from disk (file://), under a sub-path, and in dated order with no
 * JavaScript. Printed, the checklist is an A4 page with a box per duty.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../../harness/browser.js';
import { serve } from '../../harness/serve.js';
import { buildCorpus } from '../../src/corpus/build.js';
import { contentFromDisk } from '../../src/corpus/content-fs.js';
import { loadContent } from '../../src/corpus/load.js';
import { allDuties, calendarOf, calendarParts, dutiesCsv, exportedDuties } from '../../src/site/calendar.js';
import { bindingExcerpt, checklistOf, periodEnd, recurrenceOf, repetitionWords, timingOf, upcomingOf } from '../../src/site/checklist.js';
import { buildModel, dutiesOf, type SiteModel } from '../../src/site/model.js';
import type { Deadline } from '../../src/schemas/document.js';
import { astroBuild } from '../support/astro-build.js';
import { DEADLINES } from '../support/deadlines.js';
import { OVERDUE } from '../../src/search/parts.js';

const scratch = mkdtempSync(join(tmpdir(), 'site-deadlines-'));
afterAll(() => (process.env['KEEP'] ? undefined : rmSync(scratch, { recursive: true, force: true })));
const content = join(scratch, 'content');
const out = join(scratch, 'site');
const LABOUR = 'phong-lao-dong-thuong-binh-va-xa-hoi-huyen-son-tay';
const FINANCE = 'phong-tai-chinh-ke-hoach-huyen-son-tay';

/** A deadline as the parser gives it, for the pure functions. */
const deadline = (d: Partial<Deadline> & Pick<Deadline, 'kind' | 'text'>): Deadline => ({ inherited: false, line: 1, column: 1, ...d });

let model: SiteModel;
beforeAll(() => {
  cpSync('content', content, { recursive: true });
  // The corpus was last updated in early March 2026, so the home page's coming deadlines are those of March.
  writeFileSync(join(content, 'site.yaml'), readFileSync('content/site.yaml', 'utf8').replace(/^updated: .*$/mu, 'updated: 2026-03-01'));
  for (const [slug, text] of Object.entries(DEADLINES)) {
    mkdirSync(join(content, 'directives', slug), { recursive: true });
    writeFileSync(join(content, 'directives', slug, 'source.txt'), text);
  }
  const loaded = loadContent(contentFromDisk(content));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  model = buildModel(buildCorpus(loaded.content).corpus!);
});

describe('placing duties by their deadlines', () => {
  it('gives a period its last day, and nothing else a day it does not print', () => {
    expect(periodEnd('month:2026-02')).toBe('2026-02-28');
    expect(periodEnd('quarter:2026-Q3')).toBe('2026-09-30');
    expect(periodEnd('year:2026')).toBe('2026-12-31');
    expect(periodEnd('range:2026-2030')).toBe('2030-12-31');
    expect(timingOf([deadline({ kind: 'before-event', text: 'trước khi trình' })])).toMatchObject({ bucket: 'event', due: null });
    expect(timingOf([deadline({ kind: 'by', text: 'ngay' })])).toMatchObject({ bucket: 'event', due: null });
    expect(timingOf([])).toMatchObject({ bucket: 'undated', due: null });
  });

  it('says a repetition by its period, and by its words where they say more', () => {
    expect(repetitionWords(deadline({ kind: 'every', text: 'hằng quý', period: 'quarterly' }))).toBe('Hằng quý');
    expect(repetitionWords(deadline({ kind: 'every', text: 'tuần đầu mỗi tháng', period: 'monthly' }))).toBe('Hằng tháng (tuần đầu mỗi tháng)');
    expect(repetitionWords(deadline({ kind: 'every', text: 'Hằng ngày' }))).toBe('Định kỳ (Hằng ngày)');
  });

  it('places a duty by its earliest day, before its repetitions', () => {
    const t = timingOf([
      deadline({ kind: 'every', text: 'hằng năm', period: 'yearly' }),
      deadline({ kind: 'during', text: 'trong tháng 4/2026', period: 'month:2026-04' }),
      deadline({ kind: 'by', text: 'trước ngày 20/3/2026', date: '2026-03-20' }),
    ]);
    expect([t.bucket, t.due, t.deadline?.text]).toEqual(['dated', '2026-03-20', 'trước ngày 20/3/2026']);
  });

  it('starts a repetition on its first day on or after the document\'s, and only where the words give that day', () => {
    expect(recurrenceOf(deadline({ kind: 'every', text: '…', period: 'yearly', day: '11-20' }), '2026-03-02')).toEqual({ start: '2026-11-20', freq: 'YEARLY', interval: 1 });
    expect(recurrenceOf(deadline({ kind: 'every', text: '…', period: 'yearly', day: '01-15' }), '2026-03-02')).toEqual({ start: '2027-01-15', freq: 'YEARLY', interval: 1 });
    expect(recurrenceOf(deadline({ kind: 'every', text: '…', period: 'monthly', on: { monthDay: 25 } }), '2026-03-02')).toEqual({ start: '2026-03-25', freq: 'MONTHLY', interval: 1 });
    // Monday 2 March 2026: the first Thursday is the 5th.
    expect(recurrenceOf(deadline({ kind: 'every', text: '…', period: 'weekly', on: { weekday: 4 } }), '2026-03-02')).toEqual({ start: '2026-03-05', freq: 'WEEKLY', interval: 1 });
    // The 20th of a quarter's last month: March, June, September, December.
    expect(recurrenceOf(deadline({ kind: 'every', text: '…', period: 'quarterly', on: { monthDay: 20, quarterMonth: 3 } }), '2026-03-25')).toEqual({ start: '2026-06-20', freq: 'MONTHLY', interval: 3 });
    expect(recurrenceOf(deadline({ kind: 'every', text: 'định kỳ 6 tháng', period: '6-monthly' }), '2026-03-02')).toBeNull();
    expect(recurrenceOf(deadline({ kind: 'every', text: '…', period: 'monthly', on: { monthDay: 31 } }), '2026-03-02')).toBeNull();
  });

  it('keeps the sentences naming the body and its deadline whole, however long the provision', () => {
    const words = `${'Các cấp ủy quán triệt sâu sắc nội dung Kết luận. '.repeat(12)}Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 05/11/2026. ${'Các huyện rà soát, bổ sung kế hoạch. '.repeat(6)}`;
    const excerpt = bindingExcerpt(words, ['Sở Nội vụ', 'trước ngày 05/11/2026']);
    expect(excerpt).toContain('Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 05/11/2026.');
    expect(excerpt.length).toBeLessThan(words.length);
    expect(excerpt).toMatch(/…$/u);
    expect(bindingExcerpt('Ngắn gọn.', ['x'])).toBe('Ngắn gọn.');
  });

  it('lists a body\'s duties by day, then its repetitions, ongoing and undated ones', () => {
    const body = model.bodiesById.get(LABOUR)!;
    const list = checklistOf(dutiesOf(body, model), model);
    expect(list.map((g) => [g.bucket, g.entries.map((e) => `${model.provisions.get(e.key)!.document} ${model.provisions.get(e.key)!.provision.label} ${e.timing.due ?? ''}`.trim())])).toEqual([
      ['dated', ['ke-hoach-27 Mục 1 2026-03-15', 'cong-van-412 Mục 1 2026-03-20']],
      // Mục 3 repeats twice: yearly on 20 November, monthly on the 25th.
      ['recurring', ['cong-van-412 Mục 3', 'cong-van-412 Mục 3']],
      ['undated', ['cong-van-412 Mục 6']],
    ]);
    const finance = checklistOf(dutiesOf(model.bodiesById.get(FINANCE)!, model), model);
    // "trong 10 ngày kể từ ngày ký" of a letter signed on 2 March: the 12th; "hoàn thành trong tháng 4/2026" in the
    // same provision: 30 April (a duty is listed once for each day it is due); "trong quý III/2026": 30 September.
    expect(finance.find((g) => g.bucket === 'dated')!.entries.map((e) => e.timing.due)).toEqual(['2026-03-12', '2026-04-30', '2026-09-30']);
    expect(finance.find((g) => g.bucket === 'event')!.entries.map((e) => e.timing.deadline!.text)).toEqual(['trước khi trình Ủy ban nhân dân huyện phê duyệt']);
  });

  it('lists the coming deadlines from a day, each with the bodies it binds, repetitions at their first day', () => {
    const coming = upcomingOf(model, '2026-03-01', 30, 40);
    expect(coming.map((u) => [u.due, u.repeat?.freq ?? null, u.bodies.map((b) => `${b.relation} ${b.name}`)])).toEqual([
      // The communes' Monday meetings, from the letter's own day (Monday 2 March).
      ['2026-03-02', 'WEEKLY', ['chu-tri Ủy ban nhân dân các xã']],
      ['2026-03-12', null, ['chu-tri Phòng Tài chính - Kế hoạch huyện']],
      ['2026-03-15', null, ['chu-tri Phòng Lao động - Thương binh và Xã hội huyện']],
      ['2026-03-20', null, ['chu-tri Phòng Lao động - Thương binh và Xã hội huyện', 'phoi-hop Ủy ban nhân dân các xã']],
      ['2026-03-25', 'MONTHLY', ['chu-tri Phòng Lao động - Thương binh và Xã hội huyện']],
    ]);
  });
});

describe('exports', () => {
  const calendar = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('writes a calendar that parses back with each dated duty on its day and each repetition with its rule', () => {
    const body = model.bodiesById.get(LABOUR)!;
    const text = calendarOf(exportedDuties([{ id: body.id, name: body.name, duties: dutiesOf(body, model) }], model), model, { name: 'Việc', site: null, updated: '2026-03-01' });
    const events = calendar(text).map((e) => [e.startDate.toString(), e.startDate.isDate, e.component.getFirstPropertyValue('rrule')?.toString() ?? null, e.summary]);
    expect(events).toEqual([
      ['2026-03-20', true, null, 'Chủ trì: Phối hợp với Ủy ban nhân dân các xã rà … (Mục 1, Công văn số 412/UBND-VX của Ủy ban nhân dân huyện Sơn Tây)'],
      ['2026-11-20', true, 'FREQ=YEARLY', 'Chủ trì: Tổng hợp kết quả, báo cáo Ủy ban nhân dân … (Mục 3, Công văn số 412/UBND-VX của Ủy ban nhân dân huyện Sơn Tây)'],
      ['2026-03-25', true, 'FREQ=MONTHLY', 'Chủ trì: Tổng hợp kết quả, báo cáo Ủy ban nhân dân … (Mục 3, Công văn số 412/UBND-VX của Ủy ban nhân dân huyện Sơn Tây)'],
      ['2026-03-15', true, null, 'Chủ trì: Kiểm tra việc hỗ trợ nhà ở tại các xã, … (Mục 1, Kế hoạch số 27/KH-UBND của Ủy ban nhân dân huyện Sơn Tây)'],
    ]);
    const first = calendar(text)[0]!;
    expect(first.description).toContain('Thời hạn: “trước ngày 20/3/2026”');
    expect(first.description).toContain('gửi Ủy ban nhân dân huyện trước ngày 20/3/2026.');
    // The next occurrences a phone would show.
    const yearly = calendar(text)[1]!.iterator();
    expect([yearly.next().toString(), yearly.next().toString()]).toEqual(['2026-11-20', '2027-11-20']);
    // The same input, the same file, whatever the machine's time zone or clock.
    expect(calendarOf(exportedDuties([{ id: body.id, name: body.name, duties: dutiesOf(body, model) }], model), model, { name: 'Việc', site: null, updated: '2026-03-01' })).toBe(text);
    expect(text).toMatch(/DTSTAMP:20260301T000000Z/u);
  });

  it('writes a calendar of many events in parts that join into the calendar written at once, for the whole corpus\'s download to stream', () => {
    const options = { name: 'Việc', site: null, updated: '2026-03-01', withBody: true };
    const duties = allDuties(model);
    const whole = calendarOf(duties, model, options);
    expect(calendar(whole).length).toBeGreaterThan(4);
    const parts = [...calendarParts(duties, model, options, 1)];
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.join('')).toBe(whole);
    expect(whole).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR/u);
  });

  it('gives each event the provision\'s address where the site has a public one', () => {
    const body = model.bodiesById.get(LABOUR)!;
    const text = calendarOf(exportedDuties([{ id: body.id, name: body.name, duties: dutiesOf(body, model) }], model), model, { name: 'Việc', site: 'https://vanban.example.vn/kho', updated: '2026-03-01' });
    expect(calendar(text)[0]!.component.getFirstPropertyValue('url')).toBe('https://vanban.example.vn/kho/van-ban/cong-van-412/muc-1/');
  });

  it('writes the spreadsheet by day, with the deadline\'s words, its kind and the citation', () => {
    const csv = dutiesCsv(allDuties(model), model, null);
    expect(csv.startsWith('\uFEFF"Cơ quan","Vai trò","Hạn (ngày)"')).toBe(true);
    const rows = csv.split('\r\n').slice(1).filter(Boolean);
    const dated = rows.filter((r) => /^"[^"]*","[^"]*","\d{4}-/u.test(r)).map((r) => r.split('","')[2]);
    expect(dated).toEqual([...dated].sort());
    expect(rows.some((r) => r.includes('"Phòng Lao động - Thương binh và Xã hội huyện (huyện Sơn Tây)","Chủ trì","2026-03-20","trước ngày 20/3/2026","Có ngày","Mục 1"'))).toBe(true);
  });
});

describe('the checklist on the site', () => {
  beforeAll(() => {
    const built = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', `${out}-corpus`, '--no-cache', '--quiet'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    astroBuild(`${out}-corpus`, out);
  }, 300_000);

  const bodyPage = () => readFileSync(join(out, 'co-quan', LABOUR, 'index.html'), 'utf8');

  it('lists the dated duties in order of their days with no script, each with its day, its role and its whole words', () => {
    const html = bodyPage();
    const days = [...html.matchAll(/<li data-due="([\d-]+)"/gu)].map((m) => m[1]);
    expect(days).toEqual(['2026-03-15', '2026-03-20']);
    expect(html).toMatch(/<time datetime="2026-03-20">20\/03\/2026<\/time>/u);
    expect(html).toContain('gửi Ủy ban nhân dân huyện trước ngày 20/3/2026.');
    expect(html).toMatch(/Hằng năm, ngày 20\/11/u);
    expect(html).toMatch(/href="lich\.ics" download="lich-phong-lao-dong[^"]*\.ics"/u);
    expect(readFileSync(join(out, 'co-quan', LABOUR, 'lich.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/u);
    // Long lines are folded (RFC 5545 §3.1): unfold before reading.
    expect(readFileSync(join(out, 'du-lieu', 'thoi-han.ics'), 'utf8').replace(/\r\n[ \t]/gu, '')).toMatch(/SUMMARY:Phòng Lao động - Thương binh và Xã hội huyện \(huyện Sơn Tây\) — Chủ trì: .*\(Mục 1\\, /u);
  });

  it('names the document of each provision it leads by area, when they lie in several documents', () => {
    const html = bodyPage().replace(/\s+/g, ' ');
    expect(html).toMatch(/>Mục 1, Công văn số 412\/UBND-VX<\/a>/u);
    expect(html).toMatch(/>Mục 1, Kế hoạch số 27\/KH-UBND<\/a>/u);
  });

  it('lists the reports a body receives by when they are due, each with who reports', () => {
    const html = readFileSync(join(out, 'co-quan', 'uy-ban-nhan-dan-huyen-son-tay', 'index.html'), 'utf8');
    const reports = (/<section id="nhan-bao-cao"[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(reports).toMatch(/Báo cáo gửi về cơ quan này \(\d+\)/u);
    expect(reports).toMatch(/20\/03\/2026 Nhận báo cáo Mục 1 .*Cơ quan báo cáo: Phòng Lao động - Thương binh và Xã hội huyện/u);
    expect(reports.indexOf('20/03/2026')).toBeLessThan(reports.indexOf('Hằng năm, ngày 20/11'));
  });

  it('gives each row of a plan\'s task table its page and puts it on its bodies\' checklists', () => {
    const page = readFileSync(join(out, 'co-quan', 'phong-van-hoa-thong-tin-huyen-dak-glong', 'index.html'), 'utf8');
    expect(page).toMatch(/<li data-due="2026-04-30">[\s\S]*?<a href="\.\.\/\.\.\/van-ban\/ke-hoach-58\/phu-luc-1-dong-1\/(?:index\.html)?"><strong>Dòng 1, Phụ lục 1<\/strong>/u);
    const row = readFileSync(join(out, 'van-ban', 'ke-hoach-58', 'phu-luc-1-dong-1', 'index.html'), 'utf8');
    expect(row).toContain('Dòng 1, Phụ lục 1 Kế hoạch số 58/KH-UBND');
    expect(row).toContain('Rà soát phòng đọc tại các xã');
    const partner = readFileSync(join(out, 'co-quan', 'uy-ban-nhan-dan-cac-xa-dak-glong', 'index.html'), 'utf8');
    expect(partner).toMatch(/Phối hợp<\/span>\s*<a[^>]*><strong>Dòng 1, Phụ lục 1<\/strong>/u);
  });

  it('lays out a table inside a provision with its columns, each row a duty with its page on its bodies\' checklists', () => {
    const document = readFileSync(join(out, 'van-ban', 'ke-hoach-64', 'index.html'), 'utf8');
    const table = /<table class="appendix-table">[\s\S]*?<\/table>/u.exec(document)?.[0] ?? '';
    expect(table).toContain('<th scope="col">Thời gian hoàn thành</th>');
    expect(table.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toContain('|Mở lớp dạy bơi miễn phí cho học sinh tiểu học tại các xã ven sông|Phòng Văn hóa - Thông tin huyện|Ủy ban nhân dân các xã|Trước ngày 31/5/2026|');
    expect(table).toMatch(/<a href="(?:\.\.\/\.\.\/van-ban\/ke-hoach-64\/)?muc-ii-dong-1\/(?:index\.html)?" class="row-link">1<\/a>/u);
    // The row in the table is the row page's anchor back; the row's page gives its other cells under their heads.
    expect(table).toMatch(/<tr id="muc-ii-dong-1">/u);
    const row = readFileSync(join(out, 'van-ban', 'ke-hoach-64', 'muc-ii-dong-1', 'index.html'), 'utf8');
    expect(row).toContain('Dòng 1, bảng ở Mục II Kế hoạch số 64/KH-UBND');
    const words = row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('Cơ quan chủ trì: Phòng Văn hóa - Thông tin huyện');
    expect(words).toContain('Thời gian hoàn thành: Trước ngày 31/5/2026');
    // The sentence introducing the table ("Các cơ quan thực hiện các nhiệm vụ sau:") gives no body a page.
    expect(existsSync(join(out, 'co-quan', 'cac-co-quan-krong-no'))).toBe(false);
    const lead = readFileSync(join(out, 'co-quan', 'phong-van-hoa-thong-tin-huyen-krong-no', 'index.html'), 'utf8');
    expect(lead).toMatch(/<li data-due="2026-05-31">[\s\S]*?<strong>Dòng 1, bảng ở Mục II<\/strong>/u);
    // The provision holding the table is not listed again for the bodies its rows name.
    expect(lead).not.toMatch(/<strong>Mục II<\/strong>/u);
  });

  it.skipIf(!chromiumPath)('tells overdue from due-soon duties by the reader\'s today, from disk and under a sub-path; without JavaScript lists them by date', async () => {
    const sub = await serve(out, '/thu-vien/kho/');
    const browser = await launch();
    try {
      for (const base of [`${pathToFileURL(out).href}/`, `${sub.url}/`]) {
        const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true });
        const tab = await context.newPage();
        await tab.clock.setFixedTime(new Date('2026-03-18T09:00:00'));
        await tab.goto(`${base}co-quan/${LABOUR}/index.html`);
        const group = (id: string) => tab.locator(`#lich-viec [data-bucket="${id}"] li[data-due]`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['due']));
        expect(await group('qua-han'), base).toEqual(['2026-03-15']);
        expect(await group('sap-den-han'), base).toEqual(['2026-03-20']);
        expect(await tab.locator('#lich-viec h3').allInnerTexts()).toEqual(['Quá hạn (1)', 'Sắp đến hạn, trong 30 ngày (1)', 'Định kỳ (2)', 'Văn bản không nêu thời hạn (1)']);
        // The reports the district receives say which are overdue and due soon.
        const receiving = await context.newPage();
        await receiving.clock.setFixedTime(new Date('2026-03-18T09:00:00'));
        await receiving.goto(`${base}co-quan/uy-ban-nhan-dan-huyen-son-tay/index.html`);
        expect(await receiving.locator('#nhan-bao-cao li[data-due="2026-03-20"] .state').innerText()).toBe('Sắp đến hạn');
        await receiving.close();
        // The calendar downloads and is the body's.
        const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('link', { name: /lịch \(\.ics\)/u }).click()]);
        const saved = join(scratch, `${Math.random()}.ics`);
        await download.saveAs(saved);
        expect(readFileSync(saved, 'utf8')).toMatch(/X-WR-CALNAME:Việc của Phòng Lao động/u);
        // The home page's coming 30 days, from the reader's today (18 March): the 20th, the next Monday meeting (rolled on
        // from 2 March), the monthly report of the 25th — a repetition shows its next day only.
        await tab.goto(`${base}index.html`);
        expect(await tab.locator('#sap-den-han li:not([hidden]) time').allInnerTexts()).toEqual(['20/03/2026', '23/03/2026', '25/03/2026']);
        await context.close();
      }
      const still = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false });
      const tab = await still.newPage();
      await tab.goto(`${sub.url}/co-quan/${LABOUR}/`);
      expect(await tab.locator('#lich-viec h3').allInnerTexts()).toEqual(['Có thời hạn (2)', 'Định kỳ (2)', 'Văn bản không nêu thời hạn (1)']);
      await tab.goto(`${sub.url}/`);
      // Without a script, the 30 days from the corpus's update day (1 March), repetitions at their first day.
      expect(await tab.locator('#sap-den-han li:not([hidden]) time').allInnerTexts()).toEqual(['02/03/2026', '12/03/2026', '15/03/2026', '20/03/2026', '25/03/2026']);
      await still.close();
    } finally {
      await browser.close();
      await sub.close();
    }
  }, 180_000);

  it.skipIf(!chromiumPath)('finds provisions by the month they fall due in, and those overdue by the reader\'s today', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ locale: 'vi-VN' });
      const tab = await context.newPage();
      await tab.clock.setFixedTime(new Date('2026-04-10T09:00:00'));
      const found = async (param: string) => {
        await tab.goto(`${pathToFileURL(out).href}/tim-kiem/index.html?thoi-han=${encodeURIComponent(param)}`);
        await tab.locator('#ket-qua li').first().waitFor({ timeout: 10_000 });
        return (await tab.locator('#ket-qua > li').allInnerTexts()).map((t) => t.split(':')[0]!.trim()).sort();
      };
      // The letter's Mục 2 (its quarter III ends 30 September), the plan's task row 2 ("Quý III/2026"), the other plan's Mục III (15 September).
      expect(await found('Tháng 9/2026')).toEqual(['Dòng 2, Phụ lục 1', 'Mục 2', 'Mục III']);
      // Before April: the letter's Mục 1 (20 March) and Mục 2 (12 March), the plan's Mục 1 (15 March).
      expect(await found(OVERDUE)).toEqual(['Mục 1', 'Mục 1', 'Mục 2']);
      // The filter offers "overdue" first, then the months in order of time.
      const offered = await tab.locator('#bo-loc fieldset', { hasText: 'Thời hạn' }).locator('label').allTextContents();
      expect(offered[0]!.trim()).toBe(OVERDUE);
      expect(await tab.locator('#bo-loc input[type=checkbox]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual([OVERDUE]);
      await context.close();
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('shows each deadline of a provision on its page, with what it means', () => {
    const page = readFileSync(join(out, 'van-ban', 'cong-van-412', 'muc-2', 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toContain('“hoàn thành trong tháng 4/2026” — trong tháng 4/2026, hạn cuối ngày 30/04/2026');
    expect(page).toContain('“trong 10 ngày kể từ ngày ký” — 10 ngày kể từ ngày ký — tức ngày 12/03/2026');
    const row = readFileSync(join(out, 'van-ban', 'ke-hoach-58', 'phu-luc-1-dong-1', 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(row).toContain('“Trước ngày 30/4/2026” — hạn ngày 30/04/2026');
  });

  it.skipIf(!chromiumPath)('prints the checklist on A4 with a box before each duty and no navigation', async () => {
    const server = await serve(out);
    const browser = await launch();
    try {
      const tab = await browser.newPage();
      await tab.clock.setFixedTime(new Date('2026-03-18T09:00:00'));
      await tab.goto(`${server.url}/co-quan/${LABOUR}/`);
      await tab.emulateMedia({ media: 'print' });
      const boxes = await tab.locator('#lich-viec .checklist > li').evaluateAll((items) => items.map((li) => getComputedStyle(li, '::before').content));
      expect(boxes.length).toBe(5);
      expect(new Set(boxes)).toEqual(new Set(['"☐"']));
      expect(await tab.locator('header.site-header').evaluate((h) => getComputedStyle(h).display)).toBe('none');
      const pdf = await tab.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});

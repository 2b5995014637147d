/**
 * The search acceptance table, shared by the browser tests over HTTP (root
 * and sub-path) and from disk: each query with the provision (or document
 * part) a reader means by it, which must come first.
 */

/** [what it tests, query, filters (address parameters), the id that must come first] */
export type SearchCase = [string, string, Record<string, string>, string];

const BCS = 'Ban cán sự đảng Ủy ban nhân dân tỉnh (tỉnh Quảng Ngãi)';

export const SEARCH_CASES: SearchCase[] = [
  ['no diacritics', 'giam ngheo da chieu', {}, 'muc-2__gach-1'],
  ['no diacritics', 'hoc sinh bo hoc', {}, 'muc-2__gach-3'],
  ['no diacritics', 'nha o xa hoi', {}, 'muc-2__gach-5'],
  ['no diacritics', 'ma so an sinh xa hoi', {}, 'muc-2__gach-7'],
  ['no diacritics', 'an toan ve sinh thuc pham', {}, 'muc-2__gach-2'],
  ['no diacritics', 'khuyen hoc khuyen tai', {}, 'muc-2__gach-3'],
  ['no diacritics', 'giai quyet viec lam', {}, 'muc-2__gach-4'],
  ['d for đ', 'dang doan hoi dong nhan dan', {}, 'muc-5'],
  ['d for đ', 'Dang Ngoc Huy', {}, 'chu-ky'],
  ['d for đ', 'den on dap nghia', {}, 'muc-2__gach-1'],
  ['d for đ', 'thanh toan dien tu', {}, 'muc-2__gach-7'],
  ['d for đ', 'dao tao nghe cho lao dong nong thon', {}, 'muc-2__gach-4'],
  ['d for đ', 'Ban can su dang', {}, 'muc-2'],
  ['old tone marks', 'Ban Tuyên giáo Tỉnh uỷ', {}, 'muc-4'],
  ['old tone marks', 'quan hệ lao động hài hoà', {}, 'muc-2__gach-4'],
  ['new tone marks', 'quan hệ lao động hài hòa', {}, 'muc-2__gach-4'],
  ['phrase before scattered words', 'người có công', {}, 'muc-2__gach-1'],
  ['phrase before scattered words, no diacritics', 'nguoi co cong', {}, 'muc-2__gach-1'],
  ['phrase', 'đẩy mạnh tuyên truyền các chính sách xã hội đến với người dân', {}, 'muc-2__gach-5'],
  ['phrase', 'Mặt trận Tổ quốc Việt Nam', {}, 'muc-3'],
  ['phrase', 'định kỳ báo cáo Thường trực Tỉnh ủy', {}, 'muc-6'],
  ['phrase', 'thể chế hóa Nghị quyết 15', {}, 'muc-1'],
  ['expansion of an abbreviation', 'bảo hiểm y tế toàn dân', {}, 'muc-2__gach-2'],
  ['abbreviation with words', 'BHXH tự nguyện', {}, 'muc-2__gach-2'],
  ...(
    [
      ['BHYT', 'muc-2__gach-2'],
      ['BHXH', 'muc-2__gach-2'],
      ['HĐND', 'muc-5'],
      ['UBND', 'muc-2'],
      ['MTTQ', 'muc-3'],
      ['VPTU', 'chu-ky'],
      ['CVP', 'chu-ky'],
      ['PCVP', 'chu-ky'],
    ] as const
  ).flatMap(([abbr, id]): SearchCase[] => {
    // Typed four ways: as printed, in lower case, without "Đ", capitalised (and with spaces around it).
    const noD = abbr.replace(/Đ/g, 'D');
    const ways = [...new Set([abbr, abbr.toLowerCase(), noD, noD.toLowerCase(), `${abbr[0]}${abbr.slice(1).toLowerCase()}`, `  ${abbr.toLowerCase()} `])];
    return ways.slice(0, 4).map((way): SearchCase => ['abbreviation, typed four ways', way, {}, id]);
  }),
  ['area only', '', { 'linh-vuc': 'Giáo dục' }, 'muc-2__gach-3'],
  ['body only', '', { 'co-quan': 'Đảng đoàn Hội đồng nhân dân tỉnh (tỉnh Quảng Ngãi)' }, 'muc-5'],
  ['body and area', 'chinh sach', { 'co-quan': BCS, 'linh-vuc': 'Nhà ở' }, 'muc-2__gach-5'],
  ['query and area', 'nguoi dan', { 'linh-vuc': 'Nước sạch, vệ sinh' }, 'muc-2__gach-5'],
  ['document type', 'nha o', { loai: 'Công văn' }, 'muc-2__gach-5'],
];

/** Documents named by number or short name, in every printed form: the document itself comes first. */
export const NAMED_CASES: Array<[string, string]> = [
  ['KL 92', 'Kết luận số 92-KL/TW'],
  ['KL92', 'Kết luận số 92-KL/TW'],
  ['Kết luận 92', 'Kết luận số 92-KL/TW'],
  ['92-KL/TW', 'Kết luận số 92-KL/TW'],
  ['92 KL TW', 'Kết luận số 92-KL/TW'],
  ['NQ 15', 'Nghị quyết số 15-NQ/TW'],
  ['NQ15', 'Nghị quyết số 15-NQ/TW'],
  ['15-NQ/TW', 'Nghị quyết số 15-NQ/TW'],
  ['157-KH/TU', 'Kế hoạch số 157-KH/TU'],
];

/** Queries that must find nothing. */
export const NOTHING_CASES = ['xqzv', 'qqqq zzzz'];

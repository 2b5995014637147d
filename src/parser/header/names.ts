/**
 * Names of bodies as the genre writes them: the canonical casing of
 * institution names ("Ủy ban nhân dân", "Ban Chấp hành Trung ương"), the
 * names of ministries and departments (after "Bộ", "Sở", "Phòng" …,
 * including those created or renamed in the 2025 reorganisation), and the
 * level words that a place name follows ("tỉnh Lào Cai", "phường Yên Bái").
 * Used to read names printed in capitals (header, signature) and to find
 * where a department's name ends in running text.
 */
import { markKey } from '../../text/marks.js';

/** Institution names with their casing in running text, longest first where they overlap. */
export const INSTITUTIONS = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành',
  'Ban Bí thư',
  'Bộ Chính trị',
  'Ban Thường vụ',
  'Thường trực',
  'Ủy ban Kiểm tra',
  'Ban cán sự đảng',
  'Đảng đoàn',
  'Đảng ủy',
  'Đảng bộ',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Thị ủy',
  'Quận ủy',
  'Văn phòng',
  'Ban Tổ chức',
  'Ban Tuyên giáo và Dân vận',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Nội chính',
  'Ban Kinh tế',
  'Ban Chính sách, chiến lược',
  'Ban xây dựng đảng',
  'Trung ương Đảng',
  'Trung ương',
  'Đảng Cộng sản Việt Nam',
  'Chính phủ',
  'Quốc hội',
  'Thủ tướng Chính phủ',
  'Thủ tướng',
  'Kiểm toán Nhà nước',
  'Kho bạc Nhà nước',
  'Bảo hiểm xã hội',
  'Ngân hàng Chính sách xã hội',
  'Bộ Chỉ huy Quân sự',
  'Ban Chỉ huy Quân sự',
  'Ban Chỉ huy',
  'Ban Chỉ đạo',
  'Bộ đội Biên phòng',
  'Công an',
  'Thanh tra',
  'Thuế',
  'Hải quan',
  'Tòa án nhân dân',
  'Viện kiểm sát nhân dân',
  'Liên đoàn Lao động',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Đoàn TNCS Hồ Chí Minh',
  'Đoàn',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Giám đốc',
  'Bí thư',
  'Phó Bí thư',
] as const;

/**
 * Names of ministries and departments, after "Bộ", "Sở", "Phòng", "Cục",
 * "Vụ": today's (after the 2025 reorganisation) and those they replaced.
 */
export const DEPARTMENT_NAMES = [
  'Nông nghiệp và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Tài nguyên và Môi trường',
  'Tài chính',
  'Kế hoạch và Đầu tư',
  'Tài chính - Kế hoạch',
  'Kế hoạch - Tài chính',
  'Kế hoạch - Tổng hợp',
  'Kế hoạch tổng hợp',
  'Xây dựng',
  'Giao thông vận tải',
  'Công Thương',
  'Nội vụ',
  'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội',
  'Lao động Thương binh và Xã hội',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa và Thông tin',
  'Văn hóa - Thông tin',
  'Văn hóa, Khoa học và Thông tin',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Giáo dục - Đào tạo',
  'Tư pháp',
  'Ngoại vụ',
  'Ngoại giao',
  'Dân tộc và Tôn giáo',
  'Dân tộc',
  'Quốc phòng',
  'Công an',
  'Kinh tế',
  'Kinh tế - Hạ tầng',
  'Kinh tế, Hạ tầng và Đô thị',
  'Quản lý đô thị',
  'Địa chất và Khoáng sản Việt Nam',
  'Tổ chức - Nội vụ',
  'Tổ chức đảng, đảng viên',
  'Cơ sở đảng, đảng viên',
  'Tổ chức cán bộ',
  // An agency's own offices, named alike in every province (a command's, a bank branch's, a forest ranger's):
  // their lower-case words would otherwise read as what the office does ("Phòng Hậu cần …", "Phòng Quản lý bảo vệ rừng …").
  'Hậu cần - Kỹ thuật',
  'Hậu cần',
  'Kiểm tra, kiểm soát nội bộ',
  'Kế hoạch - Nghiệp vụ tín dụng',
  'Kế toán - Ngân quỹ',
  'Hành chính - Tổ chức',
  'Tổ chức - Hành chính',
  'Quản lý bảo vệ rừng và Bảo tồn thiên nhiên',
  // A ministry's departments whose names hold a comma between two lower-case duties.
  'Quản lý Khám, chữa bệnh',
  'Truyền thông và Thi đua, khen thưởng',
  'Thi đua, khen thưởng',
  'Thi đua - Khen thưởng',
  // A procuracy's offices: "Phòng Thực hành quyền công tố và kiểm sát xét xử hình sự".
  'Thực hành quyền công tố và kiểm sát xét xử hình sự',
] as const;

/** Heads that a ministry or department name follows. */
const DEPARTMENT_HEADS = new Set(['bộ', 'sở', 'phòng', 'cục', 'chi cục', 'tổng cục', 'vụ'].map(markKey));

/** Words of a level of government; a place name follows them. */
export const LEVEL_WORDS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'] as const;

/** The committee words after which a place name stands ("Tỉnh ủy Quảng Ngãi"). */
const COMMITTEES = new Set(['tỉnh ủy', 'thành ủy', 'huyện ủy', 'thị ủy', 'quận ủy', 'đảng bộ', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn'].map(markKey));

interface Phrase {
  words: string[];
  text: string[];
  kind: 'institution' | 'department' | 'level';
}

function phrases(): Phrase[] {
  const split = (text: string) => text.split(/\s+/);
  const list: Phrase[] = [
    ...INSTITUTIONS.map((text) => ({ words: split(markKey(text)), text: split(text), kind: 'institution' as const })),
    ...DEPARTMENT_NAMES.map((text) => ({ words: split(markKey(text)), text: split(text), kind: 'department' as const })),
    ...LEVEL_WORDS.map((text) => ({ words: split(markKey(text)), text: split(text), kind: 'level' as const })),
  ];
  return list.sort((a, b) => b.words.length - a.words.length);
}
const PHRASES = phrases();

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A name printed in capitals, in the case running text uses:
 * "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH" → "Ủy ban nhân dân huyện Sơn Tịnh",
 * "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" → "Đảng ủy Ủy ban nhân dân tỉnh",
 * "THÀNH UỶ HÀ NỘI" → "Thành ủy Hà Nội", "BỘ CÔNG THƯƠNG" → "Bộ Công Thương".
 * Known institution and department names take their own casing; a place
 * name after a level word or a committee keeps its capitals; other words
 * are lower case but the first; abbreviations ("UBND") stay as printed.
 */
export function readableName(upper: string): string {
  const printed = upper.trim().split(/\s+/).filter(Boolean);
  const folded = printed.map((w) => markKey(w).replace(/[.,;:]+$/, ''));
  const out: string[] = [];
  let place = false;
  let department = false;
  let partStart = false;
  for (let i = 0; i < printed.length; ) {
    const match = PHRASES.find((p) => p.words.every((w, k) => folded[i + k] === w) && (p.kind !== 'department' || department));
    if (match) {
      match.text.forEach((word, k) => {
        out.push(word + printed[i + k]!.slice(printed[i + k]!.replace(/[.,;:]+$/, '').length));
      });
      const key = match.words.join(' ');
      place = match.kind === 'level' || COMMITTEES.has(key);
      department = match.kind === 'institution' && DEPARTMENT_HEADS.has(key);
      i += match.words.length;
      partStart = false;
      continue;
    }
    const word = printed[i]!;
    const key = folded[i]!;
    if (DEPARTMENT_HEADS.has(key)) {
      out.push(capitalise(word.toLowerCase()));
      department = true;
      place = false;
      partStart = true;
    } else if (/^BCH[.,;:]?$/u.test(word) && i === 0) {
      // "BCH ĐOÀN …" heading a header's name: the Ban Chấp hành.
      out.push('Ban', 'Chấp', `hành${word.slice(3)}`);
    } else if (/^(?:UBND|HĐND|MTTQ|BCH|BTV|TW|TP|CP|VN|ĐCSVN)[.,;:]?$/u.test(word) || isAbbreviation(word)) {
      out.push(word); // an abbreviation: "CCB", "LĐLĐ", "GD&ĐT" (no syllable of the language is written without a vowel)
    } else if (place) {
      out.push(capitalise(word.toLowerCase()));
    } else if (department) {
      out.push(partStart ? capitalise(word.toLowerCase()) : word.toLowerCase());
      partStart = word === '-' || key === 'và' || word.endsWith(',');
    } else {
      out.push(out.length === 0 ? capitalise(word.toLowerCase()) : word.toLowerCase());
    }
    if (!department) partStart = false;
    i++;
  }
  if (out.length > 0) out[0] = capitalise(out[0]!);
  // "Việt Nam" is a name wherever it stands ("Ủy ban MTTQ Việt Nam tỉnh …").
  return out.join(' ').replace(/(?<!\p{L})việt nam(?!\p{L})/gu, 'Việt Nam');
}

/** Whether a sequence of words (as mark keys) starts a known department name; returns its length in words. */
export function departmentNameLength(keys: string[]): number {
  for (const p of PHRASES) {
    if (p.kind !== 'department') continue;
    if (p.words.every((w, k) => keys[k] === w)) return p.words.length;
  }
  return 0;
}

/** A word in capitals that no syllable of the language spells: no vowel ("CCB", "LĐLĐ", "TNCS"), or parts joined by "&". */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/[.,;:]+$/u, '');
  if (bare.length < 2 || bare !== bare.toUpperCase() || !/^[\p{Lu}&]+$/u.test(bare)) return false;
  return bare.includes('&') || !/[AEIOUYÀ-ỹ]/u.test(bare.normalize('NFC').replace(/Đ/gu, 'D'));
}

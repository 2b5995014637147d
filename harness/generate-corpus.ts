/**
 * A deterministic generator of synthetic directives in the genre, for
 * benchmarks: varied headers (Party two-column, state, single-column, none),
 * Kính gửi forms, numbering styles and depths, lengths, bodies of every
 * level, policy-area wording, citations (known and unknown, with defined
 * short names), Nơi nhận and signatures; hard-wrapped like PDF extraction,
 * some double-spaced with page numbers. The same seed gives the same corpus.
 */
import type { ContentSource } from '../src/corpus/load.js';

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Kon Tum', 'Gia Lai', 'Quảng Nam'];
const DISTRICTS = ['Sơn Tịnh', 'Tư Nghĩa', 'Mộ Đức', 'Đức Phổ', 'Bình Sơn', 'Nghĩa Hành', 'Ba Tơ', 'Minh Long'];
const LEVEL_BODIES = (level: string) => [
  `Ban cán sự đảng Ủy ban nhân dân ${level}`,
  `Đảng đoàn Hội đồng nhân dân ${level}`,
  `Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam ${level}`,
  `Ủy ban nhân dân ${level}`,
  `Bảo hiểm xã hội ${level}`,
  `Các đoàn thể chính trị - xã hội ${level}`,
];
const COMMITTEE_BODIES = (committee: string) => [
  `Ban Tuyên giáo ${committee}`,
  `Ban Dân vận ${committee}`,
  `Ban Tổ chức ${committee}`,
  `Văn phòng ${committee}`,
  `Ủy ban Kiểm tra ${committee}`,
  `Ban Thường vụ ${committee}`,
  `Thường trực ${committee}`,
];
const DEPARTMENTS = ['Sở Lao động - Thương binh và Xã hội', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Nông nghiệp và Phát triển nông thôn'];
const TASKS = [
  'rà soát, hoàn thiện cơ chế, chính sách xã hội phù hợp với điều kiện thực tế của địa phương',
  'thực hiện đồng bộ các chương trình giảm nghèo đa chiều, nhất là ở các xã miền núi',
  'đẩy mạnh các hoạt động đền ơn đáp nghĩa, chăm lo đời sống người có công',
  'phát triển bảo hiểm xã hội tự nguyện đối với lao động khu vực phi chính thức',
  'thực hiện bảo hiểm y tế toàn dân, nâng cao chất lượng y tế cơ sở',
  'nâng cao chất lượng giáo dục, khắc phục tình trạng học sinh bỏ học',
  'đổi mới đào tạo nghề gắn với nhu cầu của thị trường lao động',
  'bảo đảm nước sạch cho người dân nông thôn, nhất là vùng sâu, vùng xa',
  'nâng cao hiệu quả các chương trình nhà ở xã hội cho người có thu nhập thấp',
  'đẩy mạnh tuyên truyền các chính sách xã hội đến với người dân',
  'ứng dụng công nghệ thông tin, xây dựng cơ sở dữ liệu về an sinh xã hội',
  'huy động các nguồn lực xã hội cho công tác trợ giúp xã hội',
  'phát triển mạng lưới dịch vụ chăm sóc xã hội tại cộng đồng',
  'tăng cường kiểm tra, giám sát việc thực hiện chính sách ở cơ sở',
  'quan tâm hỗ trợ đồng bào dân tộc thiểu số, người di cư và lao động nữ',
  'tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và nhân dân',
];
const CLOSERS = [
  'bảo đảm kịp thời, đúng đối tượng, công khai, minh bạch',
  'gắn với nhiệm vụ phát triển kinh tế - xã hội của địa phương',
  'phấn đấu hoàn thành các chỉ tiêu đề ra trong năm',
  'không để xảy ra tình trạng lạm dụng, trục lợi chính sách',
];
const CITED = [
  ['Nghị quyết số 15-NQ/TW ngày 01/6/2012 của Hội nghị lần thứ 5 Ban Chấp hành Trung ương khóa XI', 'Nghị quyết 15'],
  ['Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị', 'Kết luận 92'],
  ['Kế hoạch số 157-KH/TU ngày 17/9/2018 của Tỉnh ủy', 'Kế hoạch 157'],
  ['Chỉ thị số 05-CT/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy', 'Chỉ thị 05'],
  ['Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII', 'Nghị quyết 42'],
] as const;
const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Quang Cường', 'Phạm Thị Dung', 'Đặng Văn Hải', 'Võ Thị Lan', 'Huỳnh Minh Tâm'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const LETTERS = 'abcdđeghik';

function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

export interface GeneratedFile {
  slug: string;
  source: string;
}

/** One directive's text. */
export function generateDirective(index: number, seed = 1): GeneratedFile {
  const rnd = random(seed * 100_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const between = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const place = pick(PLACES);
  const district = rnd() < 0.4 ? pick(DISTRICTS) : null;
  const level = district ? 'huyện' : 'tỉnh';
  const committee = district ? 'Huyện ủy' : 'Tỉnh ủy';
  const bodies = [...LEVEL_BODIES(level), ...COMMITTEE_BODIES(committee), ...(district ? [] : DEPARTMENTS)];
  const width = between(70, 80);
  const out: string[] = [];
  const number = between(1, 900);
  const year = between(2019, 2025);
  const date = `ngày ${between(1, 28)} tháng ${between(1, 12)} năm ${year}`;
  const type = pick(['Công văn', 'Kế hoạch', 'Chỉ thị'] as const);
  const header = pick(['party-merged', 'state', 'single', 'none'] as const);
  const issuerLine = district ? `HUYỆN ỦY ${district.toUpperCase()}` : `TỈNH ỦY ${place.toUpperCase()}`;
  const code = { 'Công văn': 'CV', 'Kế hoạch': 'KH', 'Chỉ thị': 'CT' }[type];
  const subject = `${pick(TASKS)} trong giai đoạn ${year} - ${year + 5}`;
  if (header === 'party-merged') {
    out.push(`${issuerLine}${' '.repeat(12)}ĐẢNG CỘNG SẢN VIỆT NAM`, '          *', `Số ${number}-${code}/${district ? 'HU' : 'TU'}${' '.repeat(10)}${district ?? place}, ${date}`);
    if (type === 'Công văn') out.push(...wrap(`V/v ${subject}`, 45));
    else out.push(type.toUpperCase(), ...wrap(subject, 60));
  } else if (header === 'state') {
    out.push(`ỦY BAN NHÂN DÂN${' '.repeat(12)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `${district ? `HUYỆN ${district.toUpperCase()}` : `TỈNH ${place.toUpperCase()}`}${' '.repeat(12)}Độc lập - Tự do - Hạnh phúc`, `Số: ${number}/${code}-UBND${' '.repeat(14)}${district ?? place}, ${date}`);
    if (type === 'Công văn') out.push(...wrap(`V/v ${subject}`, 45));
    else out.push(type.toUpperCase(), ...wrap(subject, 60));
  } else if (header === 'single') {
    out.push(issuerLine, '*', `Số ${number}-${code}/${district ? 'HU' : 'TU'}`, 'ĐẢNG CỘNG SẢN VIỆT NAM', `${district ?? place}, ${date}`, type.toUpperCase(), ...wrap(subject, 60));
  }
  out.push('');
  const addressees = Array.from({ length: between(1, 4) }, () => pick(bodies));
  if (type === 'Công văn') {
    if (addressees.length === 1) out.push(...wrap(`Kính gửi: ${addressees[0]}.`, width));
    else {
      out.push(`Kính gửi:`);
      for (const a of addressees) out.push(`- ${a},`);
    }
    out.push('');
  }
  const cited = CITED[between(0, CITED.length - 1)]!;
  out.push(...wrap(`Thực hiện ${cited[0]} (sau đây gọi tắt là ${cited[1]}), trong thời gian qua việc ${pick(TASKS)} đạt nhiều kết quả. Tuy nhiên, việc ${pick(TASKS)} còn hạn chế. Để ${pick(TASKS)}, Ban Thường vụ ${committee} yêu cầu:`, width));
  out.push('');
  const style = pick(['arabic', 'roman', 'roman', 'letters'] as const);
  const sections = between(3, 8);
  const paragraph = (subjectBody: string | null) => {
    const sentences = between(1, 4);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) {
      let sentence = `${s === 0 && subjectBody ? `${subjectBody} ` : ''}${pick(TASKS)}`;
      if (rnd() < 0.3) sentence += `; phối hợp với ${pick(bodies)}`;
      if (rnd() < 0.2) sentence += `, ${pick(CLOSERS)}`;
      if (rnd() < 0.15) sentence += `; định kỳ báo cáo ${pick(COMMITTEE_BODIES(committee).slice(5))}`;
      if (rnd() < 0.1) sentence += ` theo ${cited[1]}`;
      parts.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    }
    return parts.join(' ');
  };
  const items = (depth: number, marker: (i: number) => string) => {
    const count = between(2, 6);
    for (let i = 0; i < count; i++) {
      const m = marker(i);
      out.push(...wrap(`${m} ${paragraph(null)}`, width, depth > 1 ? '  ' : ''));
      if (depth < 3 && rnd() < 0.25) items(depth + 1, () => '+');
    }
  };
  for (let s = 0; s < sections; s++) {
    const body = pick(bodies);
    if (style === 'roman' || style === 'letters') {
      out.push(`${style === 'letters' ? String.fromCharCode(65 + s) : ROMAN[s % ROMAN.length]}. ${pick(['NHIỆM VỤ CHUNG', 'NHIỆM VỤ CỤ THỂ', 'GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN'])}`);
      const sub = between(1, 4);
      for (let k = 0; k < sub; k++) {
        if (rnd() < 0.5) {
          out.push(`${k + 1}. ${pick(bodies)}`);
          if (rnd() < 0.5) items(2, (i) => `${LETTERS[i]})`);
          else items(2, () => '-');
        } else out.push(...wrap(`${k + 1}. ${paragraph(pick(bodies))}`, width));
      }
    } else if (rnd() < 0.5) {
      out.push(`${s + 1}. ${body}`);
      items(1, () => '-');
    } else {
      out.push(...wrap(`${s + 1}. ${paragraph(body)}`, width));
    }
  }
  out.push('', 'Nơi nhận:', '- Như trên,', `- Thường trực ${committee},`, `- Lưu Văn phòng ${committee}.`, '');
  const authority = pick(['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'T/M BAN THƯỜNG VỤ'] as const);
  out.push(authority, authority === 'K/T BÍ THƯ' ? 'PHÓ BÍ THƯ THƯỜNG TRỰC' : pick(['BÍ THƯ', 'PHÓ BÍ THƯ']), '', '', pick(SIGNERS), '');
  // Like PDF extraction: some texts put a blank line after every line, with page numbers.
  let text = out.join('\n');
  if (rnd() < 0.3) {
    const lines = text.split('\n');
    const spaced: string[] = [];
    lines.forEach((line, i) => {
      spaced.push(line, '');
      if (i > 0 && i % 45 === 0 && line.trim() !== '' && !/[.:;]$/.test(line)) spaced.push(String(Math.floor(i / 45) + 1));
    });
    text = spaced.join('\n');
  }
  return { slug: `van-ban-${String(index + 1).padStart(4, '0')}`, source: `${text}\n` };
}

/** A corpus of `count` directives. */
export function generateCorpus(count: number, seed = 1): GeneratedFile[] {
  return Array.from({ length: count }, (_, i) => generateDirective(i, seed));
}

/**
 * The repository's taxonomy, registry and site settings with `count`
 * generated directives in place of content/'s own, as a ContentSource held
 * in memory: for tests that build a corpus without writing one to disk.
 */
export function generatedContent(count: number, base: ContentSource, seed = 1): ContentSource {
  const sources = new Map(generateCorpus(count, seed).map((g) => [g.slug, g.source]));
  // Under directives/, only the generated sources exist; everything else is the base's.
  const generated = (path: string) => sources.get(/^directives\/([^/]+)\/source\.txt$/.exec(path)?.[1] ?? '') ?? null;
  return {
    readText: (path) => (path.startsWith('directives/') ? generated(path) : base.readText(path)),
    readBytes: (path) => {
      if (!path.startsWith('directives/')) return base.readBytes(path);
      const text = generated(path);
      return text === null ? null : new TextEncoder().encode(text);
    },
    list: (path) => {
      if (path === 'directives') return [...sources.keys()].sort();
      if (path.startsWith('directives/')) return sources.has(path.slice('directives/'.length)) ? ['source.txt'] : [];
      return base.list(path);
    },
  };
}

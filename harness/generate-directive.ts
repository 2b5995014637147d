/**
 * Synthetic directives ("công văn" / "chỉ thị" of the Party genre) for
 * property-based tests of the parser.
 *
 * `directiveArbitrary()` produces the plain text as a PDF extraction would give
 * it (hard-wrapped lines, optional double spacing, page breaks with page-number
 * lines and a stray leading space) together with the structure a correct parser
 * must recover from it.
 *
 * Layout rules that make the expected structure unambiguous:
 * - every line is at most `width` characters (a line after a page break gets one
 *   extra leading space but still stays within `width`);
 * - every non-final line of a paragraph is at least `width - 8` characters long;
 * - the final line of every paragraph is at most 60% of `width` and ends with
 *   "." (the preamble lead-in ends with "yêu cầu:" / "đề nghị:");
 * - a continuation line never begins with something that looks like a marker;
 * - a heading is "<marker> <heading>" with no terminal punctuation, at most 50%
 *   of `width`, followed by a line starting with a capital letter or a marker;
 * - a numbered provision's first paragraph that is not a heading but is followed
 *   by more of its text or by items has two sentences at least (one short
 *   sentence there is the provision's title, as in the genre's rulebooks).
 *
 * All randomness comes from fast-check (`fc.gen()`), so generation is
 * deterministic for a given seed and values shrink.
 */
import fc from "fast-check";

export interface ExpectedProvision {
  /** marker as printed, e.g. "1.", "I.", "A-", "1.2.", "a)", "đ)", "-", "+" */
  marker: string;
  /** standalone heading line text (without marker), or null when the first paragraph is ordinary text */
  heading: string | null;
  /** the provision's own paragraphs (each a single line of text after reflow, words joined by single spaces), marker excluded */
  paragraphs: string[];
  children: ExpectedProvision[];
}

export interface GeneratedDirective {
  /** the plain text as a PDF extraction would produce it */
  text: string;
  addressees: string[]; // each addressee text without its "- " bullet
  preamble: string[]; // paragraphs before the first provision
  provisions: ExpectedProvision[];
  copiesTo: string[]; // Nơi nhận items without bullets
  signature: { authority: string; title: string; name: string };
  /** every whitespace-separated word of the text that a parser must keep, in order (i.e. all words except page-artefact lines such as page numbers) */
  words: string[];
}

export interface GenerateOptions {
  doubleSpaced?: boolean;
  pageBreaks?: boolean;
  width?: number;
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const nfc = (s: string): string => s.normalize("NFC");

/** Could this token, at the start of a line, be taken for a list marker? (deliberately conservative) */
function looksLikeMarker(token: string): boolean {
  return (
    /^[0-9]/.test(token) ||
    /^[-+–—•*(]/.test(token) ||
    /^[IVXLCDM]+[.\-)]/i.test(token) ||
    /^[\p{L}][.)-]/u.test(token)
  );
}

function capitalize(word: string): string {
  const first = word.charAt(0);
  return first.toUpperCase() + word.slice(1);
}

const SYLLABLES: readonly string[] = (() => {
  const raw = nfc(`
    triển khai thực hiện nghị quyết hội lần thứ ban chấp hành trung ương khóa một số
    vấn đề về chính sách xã giai đoạn trên địa bàn tỉnh đạt nhiều kết quả quan trọng
    nhận thức trách nhiệm của các cấp ủy đảng quyền có sự chuyển biến tích cực ngoài
    tốt đã để phù hợp với điều kiện giảm nghèo bảo hiểm thất nghiệp giải việc làm cho
    người lao động tâm bố trí nguồn lực đầu tư và đẩy mạnh huy phát triển lĩnh vực
    công tác khuyến học tài xây dựng tập rộng khắp vệ chăm sóc sức khỏe nhân dân được
    coi đời sống vật chất tinh thần đồng bào tộc thiểu cải thiện góp phần ổn định tuy
    nhiên bên cạnh còn những hạn chế bất cập bao phủ hết nhóm đối tượng thiếu bộ nối
    hoặc chậm chưa hiệu mức trợ thấp phận cư khó khăn nhất là hộ thu nhập hệ thống
    quản lý vẫn tượng lạm dụng trục lợi tuyên truyền quán triệt thể hóa tình hình tế
    từng cơ quan phương đơn nâng cao đứng mục tiêu nhiệm vụ pháp xác rõ lo chiến lược
    thường xuyên nhà nước ngành tổ chức cá toàn con vào bền vững gắn liền tiến bằng
    truyền thống văn đẹp đoàn kết tập trung rà soát hoàn đáp ứng kịp thời nhu cầu yếu
    thế cộng rủi ro thiên tai dịch bệnh ưu tiên hơn nữa sâu xa biên giới hải đảo miền
    núi chịu khí hậu chương trình án đa huyện đền ơn nghĩa hoạt an sinh đào tạo nghề
    doanh nghiệp trường sở giáo dục chất lượng đổi mới mạng lưới kiểm tra giám sát đôn
    đốc báo cáo kỳ theo dõi vốn ngân sách tăng cường lãnh đạo chỉ phối chủ trì thông
    tin sạch nước dịch vụ đội ngũ
  `);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of raw.split(/\s+/)) {
    if (w.length < 2 || seen.has(w)) continue;
    if (/^[ivxlcdm]+$/i.test(w)) continue; // "vi", "di", "mi" … could pass for roman numerals
    if (looksLikeMarker(w) || looksLikeMarker(`${w}.`) || looksLikeMarker(`${capitalize(w)}.`)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
})();

/** SYLLABLES_UP_TO[n] = syllables of length ≤ n (n ≥ 2) */
const SYLLABLES_UP_TO: readonly (readonly string[])[] = Array.from({ length: 12 }, (_, n) =>
  SYLLABLES.filter((w) => w.length <= n),
);

/** multi-token units used inside sentences */
const PHRASES: readonly (readonly string[])[] = [
  "chính sách xã hội",
  "cấp ủy, tổ chức đảng",
  "Ban Thường vụ Tỉnh ủy",
  "Thường trực Tỉnh ủy",
  "Ủy ban nhân dân tỉnh",
  "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
  "Nghị quyết số 15-NQ/TW ngày 01/6/2012",
  "Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị",
  "giai đoạn 2012 – 2020",
  "Nghị quyết 15",
  "Kết luận 92",
  "BHXH, BHYT",
  "người có công",
  "vùng sâu, vùng xa",
  "“tương thân, tương ái”",
  "(sau đây viết tắt là Kết luận 92 và Nghị quyết 15)",
  "Kế hoạch số 157-KH/TU",
  "đồng bào dân tộc thiểu số",
  "các tầng lớp nhân dân",
  "Tỉnh uỷ",
  "chính trị - xã hội",
  "đảng viên",
].map((p) => nfc(p).split(" "));

/** phrases that may open a sentence (they start with a letter) */
const START_PHRASES = PHRASES.filter((p) => /^\p{L}/u.test(p[0] ?? ""));

const HEADINGS: readonly string[] = [
  "Cấp ủy, tổ chức đảng, chính quyền",
  "Ban cán sự đảng Ủy ban nhân dân tỉnh",
  "Ban Tuyên giáo Tỉnh ủy",
  "Đảng đoàn Hội đồng nhân dân tỉnh",
  "Các cơ quan chuyên trách tham mưu",
  "Nhiệm vụ và giải pháp chủ yếu",
  "Về công tác tuyên truyền",
  "Về thực hiện chính sách xã hội",
  "Tổ chức thực hiện",
  "Mục tiêu",
  "Quan điểm chỉ đạo",
  "Đối với Ủy ban Mặt trận Tổ quốc tỉnh",
  "Đảng ủy Khối các cơ quan tỉnh",
  "Nhiệm vụ trọng tâm",
].map(nfc);

const ADDRESSEES: readonly string[] = [
  "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,",
  "Các ban cán sự đảng, đảng đoàn,",
  "Đảng đoàn Ủy ban Mặt trận Tổ quốc tỉnh,",
  "Ban thường vụ các huyện ủy, thị ủy, thành ủy,",
  "Các đảng ủy trực thuộc Tỉnh ủy,",
  "Các sở, ban, ngành tỉnh,",
  "Ủy ban nhân dân các huyện, thị xã, thành phố,",
  "Các đoàn thể chính trị - xã hội tỉnh,",
  "Đảng ủy Khối các cơ quan tỉnh,",
  "Đảng ủy Quân sự tỉnh,",
  "Ban Tuyên giáo Tỉnh ủy,",
  "Ban Dân vận Tỉnh ủy,",
].map(nfc);

const COPIES_MIDDLE: readonly string[] = [
  "Ban Bí thư (báo cáo),",
  "Bộ Chính trị (báo cáo),",
  "Văn phòng Trung ương Đảng (báo cáo),",
  "Ban Kinh tế Trung ương (báo cáo),",
  "Thường trực Tỉnh ủy,",
  "Các đồng chí Tỉnh ủy viên,",
  "VPTU: CVP, PCVP; Phòng Tổng hợp,",
  "Ủy ban nhân dân tỉnh,",
].map(nfc);

const COPIES_LAST: readonly string[] = ["Lưu Văn phòng Tỉnh uỷ.", "Lưu Văn phòng Tỉnh ủy.", "Lưu VT."].map(nfc);

interface SignatureKind {
  authority: string;
  titles: readonly string[];
  /** subject of the preamble lead-in ("… Ban Thường vụ Tỉnh ủy yêu cầu:") */
  subjects: readonly string[];
}

const SIGNATURES: readonly SignatureKind[] = [
  {
    authority: nfc("T/M BAN THƯỜNG VỤ"),
    titles: [nfc("PHÓ BÍ THƯ"), nfc("BÍ THƯ")],
    subjects: [nfc("Ban Thường vụ Tỉnh ủy"), nfc("Ban Thường vụ Huyện ủy")],
  },
  {
    authority: nfc("K/T BÍ THƯ"),
    titles: [nfc("PHÓ BÍ THƯ")],
    subjects: [nfc("Thường trực Tỉnh ủy"), nfc("Ban Thường vụ Tỉnh ủy")],
  },
  {
    authority: nfc("TM. ỦY BAN NHÂN DÂN"),
    titles: [nfc("CHỦ TỊCH")],
    subjects: [nfc("Ủy ban nhân dân tỉnh")],
  },
];

const FAMILY_NAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương"
  .split(" ")
  .map(nfc);
const MIDDLE_NAMES = "Văn Thị Ngọc Minh Hữu Đức Thanh Quốc Xuân Thu Công Đình Kim".split(" ").map(nfc);
const GIVEN_NAMES = "An Bình Cường Dũng Hà Hải Huy Hùng Lan Long Nam Phong Quang Sơn Tâm Thắng Trung Tuấn Việt Đạt Định Hạnh Nga"
  .split(" ")
  .map(nfc);

const VI_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"].map(nfc);
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
/** upper-case letters follow the Vietnamese alphabet order, like the lower-case ones */
const UPPER = ["A", "B", "C", "D", "Đ", "E", "G", "H"].map(nfc);
const LEAD_VERBS: readonly (readonly string[])[] = [
  ["yêu", "cầu:"],
  ["đề", "nghị:"],
].map((v) => v.map(nfc));

// ---------------------------------------------------------------------------
// Random source (fast-check only)
// ---------------------------------------------------------------------------

const unbiasedInt = (min: number, max: number): fc.Arbitrary<number> => fc.noBias(fc.integer({ min, max }));

class Rand {
  constructor(private readonly g: fc.GeneratorValue) {}

  /** uniform integer in [min, max] (shrinks towards min) */
  int(min: number, max: number): number {
    if (max <= min) return min;
    return this.g(unbiasedInt, min, max);
  }

  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from empty list");
    return xs[this.int(0, xs.length - 1)] as T;
  }

  /** distinct elements of xs, in random order */
  pickDistinct<T>(xs: readonly T[], n: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) {
      const i = this.int(0, pool.length - 1);
      out.push(pool[i] as T);
      pool.splice(i, 1);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// Paragraph layout
// ---------------------------------------------------------------------------

interface LayoutState {
  /** completed lines */
  lines: string[];
  /** current (last) line; the first line starts with the prefix (indent + marker) */
  cur: string;
}

/** Greedy placement of tokens; null when it would break a layout rule. */
function simulate(st: LayoutState, tokens: readonly string[], width: number): LayoutState | null {
  const lines = st.lines.slice();
  let cur = st.cur;
  for (const t of tokens) {
    if (cur === "") {
      if (lines.length > 0 && looksLikeMarker(t)) return null;
      cur = t;
    } else if (cur.length + 1 + t.length <= width) {
      cur += ` ${t}`;
    } else {
      if (cur.length < width - 8) return null; // non-final line too short
      if (looksLikeMarker(t)) return null; // continuation would look like a marker
      lines.push(cur);
      cur = t;
    }
    if (cur.length > width) return null;
  }
  return { lines, cur };
}

class ParagraphBuilder {
  st: LayoutState;
  readonly tokens: string[] = [];

  constructor(
    private readonly r: Rand,
    private readonly width: number,
    prefix: string,
  ) {
    this.st = { lines: [], cur: prefix };
  }

  apply(st: LayoutState, tokens: readonly string[]): void {
    this.st = st;
    this.tokens.push(...tokens);
  }

  tryPlace(tokens: readonly string[]): boolean {
    const s = simulate(this.st, tokens, this.width);
    if (s === null) return false;
    this.apply(s, tokens);
    return true;
  }

  /** place one vocabulary word (always succeeds) */
  word(cap: boolean, suffix: string): void {
    const deco = (w: string): string => (cap ? capitalize(w) : w) + suffix;
    if (this.tryPlace([deco(this.r.pick(SYLLABLES))])) return;
    const avail = Math.min(11, this.width - this.st.cur.length - 1 - suffix.length);
    const pool = SYLLABLES_UP_TO[Math.max(2, avail)] ?? SYLLABLES;
    if (this.tryPlace([deco(this.r.pick(pool))])) return;
    throw new Error("generate-directive: could not place a word");
  }

  result(): { lines: string[]; text: string } {
    return { lines: [...this.st.lines, this.st.cur], text: this.tokens.join(" ") };
  }
}

interface ParagraphSpec {
  sentences: number;
  /** make this paragraph a lead-in ending with "<subject> yêu cầu:" */
  leadIn?: { subject: readonly string[]; verb: readonly string[] };
  minLines?: number;
  /** keep the final line this many characters below the 60% limit */
  finalSlack?: number;
}

function lastChar(tokens: readonly string[]): string {
  const t = tokens[tokens.length - 1] ?? "";
  return t.charAt(t.length - 1);
}

function genUnit(r: Rand, start: boolean): string[] {
  if (r.chance(8)) {
    const p = [...r.pick(start ? START_PHRASES : PHRASES)];
    if (start) p[0] = capitalize(p[0] ?? "");
    return p;
  }
  const w = r.pick(SYLLABLES);
  return [start ? capitalize(w) : w];
}

/**
 * Generate and lay out one paragraph. `prefix` is the start of its first line
 * (indent + marker, or "" for an unmarked paragraph).
 */
function genParagraph(r: Rand, width: number, prefix: string, spec: ParagraphSpec): { lines: string[]; text: string } {
  const b = new ParagraphBuilder(r, width, prefix);
  const maxFinal = Math.floor(width * 0.6) - (spec.finalSlack ?? 0);
  let finalMin = r.int(0, Math.max(0, maxFinal - 14));
  const minLines = spec.minLines ?? 1;
  for (let s = 0; s < spec.sentences; s++) {
    const last = s === spec.sentences - 1;
    const leadIn = last ? spec.leadIn : undefined;
    const target = r.int(leadIn ? 5 : 3, 16);
    let count = 0;
    if (leadIn) {
      if (!b.tryPlace([nfc("Để")])) b.word(true, "");
      count++;
    }
    let attempts = 0;
    for (;;) {
      if (count >= target) {
        if (!last) {
          b.word(false, ".");
          break;
        }
        let ending: string[];
        if (leadIn) {
          ending = [`${r.pick(SYLLABLES)},`, ...(attempts < 300 ? leadIn.subject : []), ...leadIn.verb];
        } else {
          ending = [`${r.pick(SYLLABLES)}.`];
        }
        const res = simulate(b.st, ending, width);
        if (
          res !== null &&
          res.cur.length <= maxFinal &&
          res.cur.length >= finalMin &&
          res.lines.length >= minLines - 1
        ) {
          b.apply(res, ending);
          break;
        }
        attempts++;
        if (attempts > 40) finalMin = 0;
        if (attempts > 5000) throw new Error("generate-directive: paragraph layout did not converge");
        b.word(false, r.chance(6) && !leadIn ? "," : "");
        count++;
        continue;
      }
      const unit = genUnit(r, count === 0);
      if (count + unit.length < target && r.chance(12) && !/[,.;:)”]/.test(lastChar(unit))) {
        unit[unit.length - 1] += r.chance(85) ? "," : ";";
      }
      if (b.tryPlace(unit)) count += unit.length;
      else {
        b.word(count === 0, "");
        count++;
      }
    }
  }
  return b.result();
}

function genHeading(r: Rand, maxLen: number): string {
  if (r.chance(60)) {
    const fitting = HEADINGS.filter((h) => h.length <= maxLen);
    if (fitting.length > 0) return r.pick(fitting);
  }
  const words = [capitalize(r.pick(SYLLABLES))];
  const n = r.int(1, 6);
  for (let i = 0; i < n; i++) {
    const w = r.pick(SYLLABLES);
    if (words.join(" ").length + 1 + w.length > maxLen) break;
    words.push(w);
  }
  // A title never ends on a word that needs a complement ("… của", "… và", "… cho"): the genre's headings do not.
  while (words.length > 1 && HEADING_ENDERS.test(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}

const HEADING_ENDERS = /^(?:và|của|theo|với|cho|trong|các|những|về|để|là|tại|từ|đến|hoặc|hay|mà|thì|nếu|khi|do|bởi|trên|dưới|giữa|nhằm|như|đối|thuộc|gồm|cùng)$/u;

// ---------------------------------------------------------------------------
// Numbering
// ---------------------------------------------------------------------------

type LevelKind = "upper" | "roman" | "arabic" | "decimal" | "lower" | "dash" | "plus";

interface Level {
  kind: LevelKind;
  sep: "." | "-";
}

function markerFor(level: Level, index: number, parentOrdinal: number): string {
  switch (level.kind) {
    case "upper":
      return (UPPER[index] ?? "?") + level.sep;
    case "roman":
      return (ROMAN[index] ?? "?") + level.sep;
    case "arabic":
      return String(index + 1) + level.sep;
    case "decimal":
      return `${parentOrdinal}.${index + 1}.`;
    case "lower":
      return `${VI_LETTERS[index] ?? "?"})`;
    case "dash":
      return "-";
    case "plus":
      return "+";
  }
}

/** levels from the top down; length = depth */
function genLevels(r: Rand, depth: number): Level[] {
  const sep = (): "." | "-" => (r.chance(50) ? "." : "-");
  const style = r.int(0, 2);
  const fixed: Level[] =
    style === 0
      ? [{ kind: "arabic", sep: sep() }]
      : style === 1
        ? [
            { kind: "roman", sep: sep() },
            { kind: "arabic", sep: sep() },
          ]
        : [
            { kind: "upper", sep: sep() },
            { kind: "roman", sep: sep() },
            { kind: "arabic", sep: sep() },
          ];
  if (depth <= fixed.length) return fixed.slice(0, depth);
  // choose (depth - fixed.length) of the optional lower levels, keeping their order
  const optional: LevelKind[] = ["decimal", "lower", "dash", "plus"];
  const need = depth - fixed.length;
  const chosen = new Set<number>();
  while (chosen.size < need) chosen.add(r.int(0, optional.length - 1));
  const lower = [...chosen].sort((a, b) => a - b).map((i): Level => ({ kind: optional[i] as LevelKind, sep: "." }));
  return [...fixed, ...lower];
}

// ---------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------

interface Block {
  lines: string[];
  /** blank lines ("" or whitespace only) inserted before this block, beyond the mode's own spacing */
  extraBlanks: string[];
  /** a paragraph: page breaks may fall between its lines */
  paragraph: boolean;
}

type Spacing = "double" | "separated" | "tight";

function blanks(r: Rand, min: number, max: number): string[] {
  const n = r.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.chance(30) ? " " : "");
  return out;
}

function buildDirective(r: Rand, options: GenerateOptions): GeneratedDirective {
  const width = options.width ?? 76;
  if (!Number.isInteger(width) || width < 40 || width > 200) {
    throw new RangeError(`generate-directive: width must be an integer in [40, 200], got ${width}`);
  }
  const doubleSpaced = options.doubleSpaced ?? r.chance(50);
  const pageBreaks = options.pageBreaks ?? r.chance(50);
  const spacing: Spacing = doubleSpaced ? "double" : r.chance(50) ? "separated" : "tight";
  const blocks: Block[] = [];

  // --- Kính gửi ---------------------------------------------------------------
  const kinhGuiIndent = " ".repeat(r.int(0, 5));
  const firstPrefix = `${kinhGuiIndent}${nfc("Kính gửi:")} - `;
  const firstFitting = ADDRESSEES.filter((a) => firstPrefix.length + a.length <= width);
  const first = r.pick(firstFitting);
  const others = r.pickDistinct(
    ADDRESSEES.filter((a) => a !== first && 2 + a.length <= width),
    r.int(0, 5),
  );
  const addressees = [first, ...others];
  blocks.push({
    lines: [firstPrefix + first, ...others.map((a) => `- ${a}`)],
    extraBlanks: [],
    paragraph: false,
  });

  // --- signature kind (chosen early so the lead-in subject matches) ------------
  const sig = r.pick(SIGNATURES);
  const title = r.pick(sig.titles);

  // --- preamble ----------------------------------------------------------------
  const preamble: string[] = [];
  const ordinary = r.int(0, 3);
  for (let i = 0; i <= ordinary; i++) {
    const isLead = i === ordinary;
    const spec: ParagraphSpec = isLead
      ? {
          sentences: r.int(1, 2),
          leadIn: { subject: nfc(r.pick(sig.subjects)).split(" "), verb: r.pick(LEAD_VERBS) },
        }
      : { sentences: r.int(1, 4) };
    if (i === 0) {
      // guarantees somewhere to put a page break: a continuation line that can take the stray space
      spec.minLines = 2;
      spec.finalSlack = 1;
    }
    const p = genParagraph(r, width, "", spec);
    preamble.push(p.text);
    // "blank line(s)" after the addressees: at least one in every spacing mode
    const extra = i === 0 ? (spacing === "tight" ? blanks(r, 1, 2) : blanks(r, 0, 1)) : [];
    blocks.push({ lines: p.lines, extraBlanks: extra, paragraph: true });
  }

  // --- provisions ---------------------------------------------------------------
  const depth = r.int(1, 5);
  const levels = genLevels(r, depth);
  let budget = 40;

  const genProvisions = (levelIdx: number, count: number, parentOrdinal: number, spine: boolean): ExpectedProvision[] => {
    const level = levels[levelIdx];
    if (level === undefined) return [];
    const out: ExpectedProvision[] = [];
    for (let i = 0; i < count; i++) {
      const marker = markerFor(level, i, parentOrdinal);
      const onSpine = spine && i === 0;
      let childCount = 0;
      if (levelIdx < levels.length - 1) {
        if (onSpine) childCount = Math.min(r.int(1, 8), Math.max(1, budget));
        else if (budget > 0 && r.chance(40 - levelIdx * 6)) childCount = Math.min(r.int(1, 8), budget);
        budget -= childCount;
      }
      const headingAllowed = level.kind !== "dash" && level.kind !== "plus";
      const hasHeading = headingAllowed && r.chance(childCount > 0 ? 55 : 25);
      const paragraphCount =
        childCount > 0 ? (hasHeading ? r.int(0, 2) : r.int(1, 2)) : r.chance(70) ? 1 : r.int(2, 3);
      const indent = " ".repeat(r.int(0, 4));
      const prefix = indent + marker;
      let heading: string | null = null;
      if (hasHeading) {
        heading = genHeading(r, Math.floor(width * 0.5));
        blocks.push({ lines: [`${prefix} ${heading}`], extraBlanks: [], paragraph: false });
      }
      const paragraphs: string[] = [];
      for (let k = 0; k < paragraphCount; k++) {
        // A numbered provision's first paragraph of one short sentence, followed by more of its own text
        // or by items, reads as its title ("1.2. Về trình độ học vấn." / the rule): text that is no title has two sentences at least.
        const followed = childCount > 0 || paragraphCount > 1;
        const minSentences = !hasHeading && k === 0 && followed && headingAllowed ? 2 : 1;
        const p = genParagraph(r, width, !hasHeading && k === 0 ? prefix : "", { sentences: r.int(minSentences, 4) });
        paragraphs.push(p.text);
        blocks.push({ lines: p.lines, extraBlanks: [], paragraph: true });
      }
      const children = genProvisions(levelIdx + 1, childCount, i + 1, onSpine);
      out.push({ marker, heading, paragraphs, children });
    }
    return out;
  };
  const topCount = r.int(1, 8);
  budget -= topCount;
  const provisions = genProvisions(0, topCount, 0, true);

  // --- Nơi nhận -----------------------------------------------------------------
  const copiesTo: string[] = [];
  if (r.chance(70)) copiesTo.push(nfc("Như trên,"));
  copiesTo.push(...r.pickDistinct(COPIES_MIDDLE.filter((c) => 2 + c.length <= width), r.int(0, 5)));
  copiesTo.push(r.pick(COPIES_LAST));
  blocks.push({
    lines: [nfc("Nơi nhận:"), ...copiesTo.map((c) => `- ${c}`)],
    extraBlanks: blanks(r, 0, 1),
    paragraph: false,
  });

  // --- signature ------------------------------------------------------------------
  const nameParts = [r.pick(FAMILY_NAMES), ...r.pickDistinct(MIDDLE_NAMES, r.int(0, 2)), r.pick(GIVEN_NAMES)];
  const name = nameParts.join(" ");
  blocks.push({ lines: [sig.authority, title], extraBlanks: blanks(r, 0, 1), paragraph: false });
  blocks.push({ lines: [name], extraBlanks: blanks(r, 2, 5), paragraph: false });

  // --- page breaks ------------------------------------------------------------------
  const breaks = new Map<number, Set<number>>();
  if (pageBreaks) {
    const slots: [number, number][] = [];
    blocks.forEach((blk, bi) => {
      if (!blk.paragraph) return;
      blk.lines.forEach((line, li) => {
        // the line after the break gets one more leading space: keep it within the limits
        const limit = li === blk.lines.length - 1 ? Math.floor(width * 0.6) : width;
        if (li > 0 && line.length < limit) slots.push([bi, li]);
      });
    });
    for (const [bi, li] of r.pickDistinct(slots, r.int(1, 3))) {
      const set = breaks.get(bi) ?? new Set<number>();
      set.add(li);
      breaks.set(bi, set);
    }
  }
  const dashedPageNumbers = r.chance(50);

  // --- rendering ------------------------------------------------------------------
  const out: string[] = [];
  const words: string[] = [];
  let page = 1;
  const pushText = (line: string): void => {
    out.push(line);
    for (const w of line.split(/\s+/)) if (w !== "") words.push(w);
  };
  blocks.forEach((blk, bi) => {
    if (bi > 0 && spacing === "separated") out.push("");
    out.push(...blk.extraBlanks);
    blk.lines.forEach((line, li) => {
      if (breaks.get(bi)?.has(li) === true) {
        page++;
        out.push(dashedPageNumbers ? `- ${page} -` : String(page)); // not part of `words`
        pushText(` ${line}`);
      } else {
        pushText(line);
      }
      if (spacing === "double") out.push("");
    });
  });

  return {
    text: `${out.join("\n")}\n`,
    addressees,
    preamble,
    provisions,
    copiesTo,
    signature: { authority: sig.authority, title, name },
    words,
  };
}

/** Arbitrary synthetic directive with the structure a correct parser must recover. */
export function directiveArbitrary(options: GenerateOptions = {}): fc.Arbitrary<GeneratedDirective> {
  return fc.gen().map((g) => buildDirective(new Rand(g), options));
}

/** One deterministic example (handy for fixtures and debugging). */
export function renderExample(seed: number): GeneratedDirective {
  const example = fc.sample(directiveArbitrary(), { seed, numRuns: 1 })[0];
  if (example === undefined) throw new Error("generate-directive: fc.sample returned nothing");
  return example;
}

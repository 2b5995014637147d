import { z } from 'zod';
import { Evidence, IsoDate, Slug, SourcePoint, SourceSpan } from './common.js';
import { BodyKind } from './taxonomy.js';

/** Where a metadata value comes from. */
export const Provenance = z.strictObject({
  /**
   * `text`: printed in the document's header; `inferred`: read from elsewhere
   * in the text (the signature, a self-reference); `metadata`: supplied by an
   * editor in meta.yaml; `editorial`: our own description, not the document's.
   */
  from: z.enum(['text', 'inferred', 'metadata', 'editorial']),
  evidence: Evidence.optional(),
  /** The page of the original (a PDF or a scan) the evidence stands on. */
  page: z.number().int().positive().optional(),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/** The file a directive was read from, when it is a PDF or a Word file: offered to readers as it is. */
export const Original = z.strictObject({
  /** Its name in the directive's folder: "source.pdf", "source.docx". */
  file: z.string().regex(/^source\.(?:pdf|docx)$/),
  format: z.enum(['pdf', 'docx']),
  mediaType: z.string(),
  /**
   * How its text was read: `text-layer` (the PDF's own text), `ocr` (every
   * page recognised from its image: a scan), `text-layer-and-ocr` (some
   * pages each way), `word` (the Word file's paragraphs and tables).
   */
  read: z.enum(['text-layer', 'ocr', 'text-layer-and-ocr', 'word']),
  /** Pages of a PDF; null for a Word file (its pages depend on who prints it). */
  pages: z.number().int().positive().nullable(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Original = z.infer<typeof Original>;

/** Whether a document is in force, as an editor has checked it (never guessed from the text). */
export const DocumentStatus = z.strictObject({
  state: z.enum(['in-force', 'replaced', 'expired']),
  /** Number of the replacing document ("Nghị quyết số 42-NQ/TW"). */
  by: z.string().min(1).optional(),
  date: IsoDate.optional(),
  note: z.string().min(1).optional(),
});
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** The document's identity. Unknown values are null, never guessed. */
export const DocumentMeta = z.strictObject({
  documentType: z.string().nullable(),
  number: z.string().nullable(),
  date: IsoDate.nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** A body tagged on a provision, with the words that tagged it. */
export const BodyTag = z.strictObject({
  id: Slug,
  /** The body's id before its jurisdiction qualified it: the taxonomy's id for a known body ("ban-tuyen-giao-tinh-uy"). */
  baseId: Slug,
  name: z.string(),
  kind: BodyKind.nullable(),
  /** For coordinating bodies: `phoi-hop` (works with) or `chi-dao` (is directed by the responsible body). */
  relation: z.enum(['chu-tri', 'phoi-hop', 'chi-dao', 'bao-cao']),
  /** True when the tag comes from an enclosing provision. */
  inherited: z.boolean(),
  /**
   * `phoi-hop` only: the body that works with this one, when it is not the
   * provision's responsible body ("X chỉ đạo Y phối hợp với Z": Z works
   * with Y).
   */
  partnerOf: Slug.optional(),
  /**
   * Where the body belongs, as running text names it ("tỉnh Lào Cai",
   * "huyện Sơn Tịnh, tỉnh Quảng Ngãi", "Trung ương"): the document's
   * jurisdiction, qualifying names such as "Tỉnh ủy" or "Sở Tài chính". Null
   * when the document does not say where it was issued.
   */
  jurisdiction: z.string().nullable(),
  evidence: z.array(Evidence).min(1),
  /** `editorial`: added by an editor's correction (corrections.yaml), not read by the parser. */
  provenance: z.literal('editorial').optional(),
  /** The editor's note, for readers. */
  note: z.string().optional(),
});
export type BodyTag = z.infer<typeof BodyTag>;

/** A policy area or beneficiary group tagged on a provision. */
export const TermTag = z.strictObject({
  id: Slug,
  label: z.string(),
  evidence: z.array(Evidence).min(1),
});
export type TermTag = z.infer<typeof TermTag>;

/** A policy-area tag, with the Nghị quyết 15 group of the area. */
export const AreaTag = TermTag.extend({ group: Slug.nullable() });
export type AreaTag = z.infer<typeof AreaTag>;

/** A citation of another document (or of the document itself). */
export const Citation = z.strictObject({
  /** Registry id of the cited document; `self` for "Công văn này"; null when unknown. */
  target: z.string().nullable(),
  /** The cited document's number ("15-NQ/TW"), when known. */
  number: z.string().nullable(),
  /** The words of the citation as written. */
  text: z.string(),
  /** The cited document's date as the citation gives it ("ngày 05/11/2020"), or null. */
  date: IsoDate.nullable(),
  /** How it was recognised. */
  form: z.enum(['number', 'short-name', 'descriptive', 'defined-short-name', 'self']),
  resolved: z.boolean(),
  /** The document of the corpus it names (its slug), when exactly one could be meant. */
  document: Slug.optional(),
  /** The provision of that document the words before it name ("tại mục 2 …"), by id. */
  provision: z.string().regex(/^[a-z0-9_-]+$/).optional(),
  /** How it was linked: by the whole number, or by the rest of it where the document's number is printed blank. */
  linkedBy: z.enum(['number', 'code']).optional(),
  /** A document cited by number that is neither in the corpus nor in the registry: the id of its page (number and year). */
  cited: Slug.optional(),
  ...SourcePoint.shape,
});
export type Citation = z.infer<typeof Citation>;

/**
 * A deadline the words set (src/parser/tags/deadlines.ts), normalised as the
 * development set's README describes: its words as printed, its kind, and
 * the date, period, day, span or event it gives.
 */
export const Deadline = z.strictObject({
  text: z.string(),
  kind: z.enum(['by', 'during', 'within', 'every', 'ongoing', 'at', 'before-event']),
  date: IsoDate.optional(),
  /** `month:YYYY-MM`, `quarter:YYYY-Qn`, `year:YYYY`, `range:YYYY-YYYY`; for `every`: `weekly`, `monthly`, `quarterly`, `6-monthly`, `yearly`. */
  period: z.string().optional(),
  /** For `during` a span of days ("từ ngày 01/10 đến ngày 15/10/2026"): its last day, where it is printed in full. */
  ends: IsoDate.optional(),
  /** For `every`: the day in the year, `MM-DD`. */
  day: z.string().regex(/^\d{2}-\d{2}$/).optional(),
  /**
   * For `every`, where the words give it: the day in the month ("trước ngày
   * 25 hằng tháng"), the month of a quarter it falls in (1–3; 4: the first
   * month of the next quarter, "tháng đầu quý sau"), or the weekday (1 =
   * Monday … 7 = Sunday, "thứ Hai hằng tuần").
   */
  on: z
    .strictObject({
      monthDay: z.number().int().min(1).max(31).optional(),
      quarterMonth: z.number().int().min(1).max(4).optional(),
      weekday: z.number().int().min(1).max(7).optional(),
    })
    .optional(),
  amount: z.number().int().positive().optional(),
  unit: z.enum(['hour', 'day', 'working-day', 'month']).optional(),
  /** For `within`: the event the span runs from, as printed. */
  from: z.string().optional(),
  /** The year is not printed: the document's was taken. */
  yearInferred: z.literal(true).optional(),
  /**
   * For `within` from the document's own day ("trong 10 ngày kể từ ngày ký"),
   * when that day is known: the day it falls on, worked out — counting
   * calendar days or months, or working days as Monday to Friday (public
   * holidays are not taken off, so such a day may come a little later).
   */
  resolved: z.strictObject({ date: IsoDate, counting: z.enum(['calendar', 'weekdays']) }).optional(),
  /** Set by the enclosing provision (its items follow it unless they set their own). */
  inherited: z.boolean(),
  ...SourcePoint.shape,
});
export type Deadline = z.infer<typeof Deadline>;

/** A Nghị quyết 15 policy group a provision is linked to through its areas. */
export const GroupLink = z.strictObject({
  reference: Slug,
  part: Slug,
  label: z.string(),
});

/**
 * A row of a plan's task table (src/parser/tags/task-rows.ts): a duty of its
 * own, with its number as printed, its task, the bodies its cells name by
 * relation and the deadline its cell sets.
 */
export const TaskRow = z.strictObject({
  /** Unique in the document: "phu-luc-1-dong-8", "muc-ii-dong-3". */
  id: Slug,
  /** The row's number as printed ("8"). */
  number: z.string(),
  /** How a reader cites it: "dòng 8, Phụ lục 1", "dòng 3, bảng ở Mục II". */
  label: z.string(),
  /** Ready-to-paste citation naming the document: "Dòng 8, Phụ lục 1 Kế hoạch số 27/KH-UBND …". */
  citation: z.string(),
  task: z.string(),
  /** Its cells after the number, each under its column's head, as printed ("Cơ quan chủ trì" — "Sở Y tế"). */
  cells: z.array(z.strictObject({ head: z.string(), text: z.string() })),
  responsible: z.array(BodyTag),
  coordinating: z.array(BodyTag),
  deadlines: z.array(Deadline),
  /** The row's line in the source. */
  line: z.number().int().positive(),
});
export type TaskRow = z.infer<typeof TaskRow>;

/** A table written one cell a line, laid out again: the lines (or a provision's paragraphs) [from, to) it spans, its head and rows. */
export const CellTable = z.strictObject({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative(), head: z.array(z.string()), rows: z.array(z.array(z.string())) });

const provisionShape = {
  /** Stable ASCII id derived from the numbering, e.g. "muc-2__gach-3". */
  id: z.string().regex(/^[a-z0-9_-]+$/),
  /** The number as printed ("2", "II", "1.3", "a", "thứ nhất", "-", "+", "*"). */
  number: z.string(),
  /** The marker as printed, punctuation included ("2.", "a)", "-"). */
  marker: z.string(),
  /** The numbering style. */
  style: z.enum(['part', 'chapter', 'section', 'article', 'upper', 'roman', 'arabic', 'decimal', 'lower', 'paren', 'step', 'question', 'ordinal', 'period', 'dash', 'plus', 'star']),
  /** Position among the siblings, from 1. */
  ordinal: z.number().int().positive(),
  /** Vietnamese label, outermost first: "Mục 2, gạch đầu dòng thứ ba". */
  label: z.string(),
  /** Ready-to-paste citation naming the document. */
  citation: z.string(),
  /** A heading on a line of its own, or null. */
  heading: z.string().nullable(),
  /** The provision's own text (without its children), paragraphs joined by a newline. */
  text: z.string(),
  paragraphs: z.array(z.string()),
  responsible: z.array(BodyTag),
  coordinating: z.array(BodyTag),
  reportsTo: z.array(BodyTag),
  beneficiaries: z.array(TermTag),
  areas: z.array(AreaTag),
  references: z.array(Citation),
  groups: z.array(GroupLink),
  /** When the provision's words say it must be done: its own, or (inherited) its parent's. */
  deadlines: z.array(Deadline),
  source: SourceSpan,
  /** `editorial`: an editor's correction (corrections.yaml) changed how the provision was read; absent when the parser read it alone. */
  provenance: z.literal('editorial').optional(),
  /** What the corrections changed: where it starts, quoted text in it, its heading, its bodies. */
  corrected: z.array(z.enum(['provision', 'quoted', 'closing', 'heading', 'bodies', 'footnote'])).optional(),
  /** The editor's notes, for readers. */
  editorNotes: z.array(z.string()).optional(),
  /** A task table the provision holds, a cell a line: the paragraphs [from, to) it spans, laid out again; absent when it holds none. */
  tables: z.array(CellTable).optional(),
  /** Its rows, each a duty of its own; absent when the provision holds no task table. */
  tasks: z.array(TaskRow).optional(),
};

/** A numbered or bulleted provision, with its children. */
export interface Provision extends z.infer<z.ZodObject<typeof provisionShape>> {
  children: Provision[];
}
export const Provision: z.ZodType<Provision> = z.strictObject({
  ...provisionShape,
  get children() {
    return z.array(Provision);
  },
});

/** A list entry (addressee or copy recipient) with the bodies it names. */
export const ListEntry = z.strictObject({
  text: z.string(),
  bodies: z.array(z.strictObject({ id: Slug, name: z.string(), jurisdiction: z.string().nullable() })),
  source: SourceSpan,
});
export type ListEntry = z.infer<typeof ListEntry>;

/** A paragraph before the first provision. */
export const PreambleParagraph = z.strictObject({
  text: z.string(),
  /** The sentence that introduces the provisions ("… yêu cầu:"). */
  leadIn: z.boolean(),
  references: z.array(Citation),
  deadlines: z.array(Deadline),
  source: SourceSpan,
});

/** A paragraph after the last provision and before Nơi nhận ("Trên đây là …", "Căn cứ …, đề nghị … thực hiện./."). */
export const ClosingParagraph = z.strictObject({
  text: z.string(),
  references: z.array(Citation),
  deadlines: z.array(Deadline),
  /** Bodies the closing gives a duty ("Giao Công an tỉnh theo dõi, đôn đốc …"), with whom, reporting to whom. */
  responsible: z.array(BodyTag),
  coordinating: z.array(BodyTag),
  reportsTo: z.array(BodyTag),
  source: SourceSpan,
  /** `editorial`: an editor's correction set where the closing starts or what it tags. */
  provenance: z.literal('editorial').optional(),
  editorNote: z.string().optional(),
});
export type ClosingParagraph = z.infer<typeof ClosingParagraph>;

/** A footnote: its mark, its text, and where the mark stands in the text. */
export const Footnote = z.strictObject({
  /** The mark as printed ("1", "2", "*"). */
  mark: z.string(),
  text: z.string(),
  /** Where the mark stands in the text, and the provision it stands in (null: outside the provisions, or not found). */
  references: z.array(z.strictObject({ ...SourcePoint.shape, provision: z.string().nullable() })),
  source: SourceSpan,
});
export type Footnote = z.infer<typeof Footnote>;


/** An appendix (Phụ lục) after the body or the signature. */
export const Appendix = z.strictObject({
  /** The header an attached document repeats above its title (issuer, national motto); usually none. */
  header: z.array(z.string()),
  /** "PHỤ LỤC 1", "Phụ lục"; the type line of an attached document ("QUY CHẾ"). */
  title: z.string(),
  /** The lines under the title that name it ("CÁC CHỈ TIÊU CHỦ YẾU …", "(Kèm theo Kế hoạch số …)"). */
  subtitle: z.array(z.string()),
  /** Its text, a line of the source per entry (tables read row by row or cell by cell). */
  lines: z.array(z.string()),
  /** Table rows, where the text shows them as columns (cells split at wide gaps). */
  rows: z.array(z.array(z.string())),
  /** For each row, which entry of `lines` it is (0-based): where the page lays the table out. */
  rowLines: z.array(z.number().int().nonnegative()),
  /** The rows of its task tables, each a duty. */
  tasks: z.array(TaskRow),
  /** Tables written one cell a line (a Word table read cell by cell), laid out again: the lines [from, to) each spans, its head and rows. */
  cellTables: z.array(CellTable),
  source: SourceSpan,
});
export type Appendix = z.infer<typeof Appendix>;

/** Page furniture and other text that is not the document's, set aside and reported. */
export const Artefact = z.strictObject({
  /**
   * `page-number`: a page number where a page ends or begins; `running-header`
   * / `running-footer`: the same text at the top / foot of three or more pages;
   * `page-marker`: an OCR page marker ("===== Trang 2 ====="); `file-note`: a
   * note by whoever made the file ("# …", "[OCR] …"); `set-aside`: a line an
   * editor's correction says is not the document's words (a seal's); `signature-stamp`: the
   * text a digital signature prints (the signer, a time).
   */
  kind: z.enum(['page-number', 'running-header', 'running-footer', 'page-marker', 'file-note', 'signature-stamp', 'set-aside']),
  line: z.number().int().positive(),
  text: z.string(),
});
export type Artefact = z.infer<typeof Artefact>;

/** The signature block. */
export const Signature = z.strictObject({
  /** "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH" … */
  authority: z.string().nullable(),
  /** The signer's title(s), e.g. "PHÓ BÍ THƯ". */
  title: z.string().nullable(),
  name: z.string().nullable(),
  /** Every line of the block as written, in order. */
  lines: z.array(z.string()),
  source: SourceSpan,
});
export type Signature = z.infer<typeof Signature>;

/** A diagnostic the parser reported. */
export const Diagnostic = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  ruleId: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  /** The file the line and column are in, when it is not the source (an editor's corrections.yaml). */
  file: z.string().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/**
 * Something the parser is unsure of, for an editor to look at: its rule,
 * where in the source, a reason in Vietnamese, and the provision or field it
 * concerns. An editor clears it by checking the reading (corrections.yaml
 * `checked`), or by correcting it.
 */
export const Doubt = z.strictObject({
  rule: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  /** The page of the original the line stands on (a PDF or a scan). */
  page: z.number().int().positive().optional(),
  message: z.string(),
  /** The provision's id, when the doubt is about one. */
  provision: z.string().nullable(),
  /** The header field or part of the document it is about: number, date, issuer, subject, documentType, signature, copiesTo, closing, text. */
  field: z.string().nullable(),
  /** An editor checked the reading there. */
  cleared: z.boolean(),
});
export type Doubt = z.infer<typeof Doubt>;

/** One parsed directive. */
export const DirectiveDocument = z.strictObject({
  /** The folder name under content/directives/. */
  slug: Slug,
  meta: DocumentMeta,
  /** Where each known metadata value comes from. */
  provenance: z.record(z.string(), Provenance),
  /**
   * The latest date of a document this one cites (it was issued on or after
   * that day), with the citation that shows it; null when nothing is cited.
   */
  issuedAfter: z
    .strictObject({ date: IsoDate, citation: z.string(), ...SourcePoint.shape })
    .nullable(),
  /** Header lines as printed (issuing body, motto, number, date …), in order. */
  header: z.array(z.strictObject({ role: z.string(), text: z.string(), line: z.number().int().positive() })),
  addressees: z.array(ListEntry),
  preamble: z.array(PreambleParagraph),
  provisions: z.array(Provision),
  /** The closing paragraphs, after the last provision and before Nơi nhận. */
  closing: z.array(ClosingParagraph),
  copiesTo: z.array(ListEntry),
  signature: Signature.nullable(),
  /** A joint document's other signatures, left to right, beside the first. */
  otherSignatures: z.array(Signature),
  footnotes: z.array(Footnote),
  appendices: z.array(Appendix),
  /** Page furniture and file notes left out of the text, each with its line. */
  artefacts: z.array(Artefact),
  /** Text after the signature, kept as printed (paragraphs). */
  trailer: z.array(z.string()),
  /** Every document cited anywhere in the text, once, in order of first citation. */
  cites: z.array(
    z.strictObject({
      target: z.string().nullable(),
      number: z.string().nullable(),
      text: z.string(),
      count: z.number().int().positive(),
      /** The document of the corpus it names, when linked (src/corpus/links.ts). */
      document: Slug.optional(),
    }),
  ),
  notes: z.array(z.string()),
  /** SHA-256 of the source file's bytes, hex. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** The PDF or Word file the text was read from (its SHA-256 is `sourceSha256`); null for a text source. */
  original: Original.nullable(),
  /** Whether it is in force, as an editor has checked (meta.yaml `status`); null when nobody has. */
  status: DocumentStatus.nullable(),
  diagnostics: z.array(Diagnostic),
  /** The document's field (Lĩnh vực), from its words or an editor's meta.yaml; null when neither says it clearly. */
  field: z
    .strictObject({
      id: Slug,
      label: z.string(),
      from: z.enum(['text', 'metadata']),
      /** The words that pointed to it most, as printed. */
      words: z.array(z.string()),
    })
    .nullable(),
  /** What the parser is unsure of, in source order. */
  doubts: z.array(Doubt),
  /**
   * The number and date the source prints but could not be read (a blank
   * "Số:" a digital signature stamps, say): "không đọc được". A null field
   * not listed here is one the source leaves out: "không ghi".
   */
  unread: z.array(z.enum(['number', 'date'])),
  /** The editor's corrections applied (corrections.yaml); null when there are none. */
  corrections: z
    .strictObject({
      /** How many corrections were applied. */
      count: z.number().int().nonnegative(),
      note: z.string().nullable(),
      /** The editor checked the whole reading. */
      checked: z.boolean(),
    })
    .nullable(),
});
export type DirectiveDocument = z.infer<typeof DirectiveDocument>;

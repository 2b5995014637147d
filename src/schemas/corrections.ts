import { z } from 'zod';

/**
 * `content/directives/<slug>/corrections.yaml`: an editor's corrections of
 * the parser's reading, kept beside the source, which stays as received.
 *
 * Each correction names a line of the source and quotes its first words, so
 * that a correction whose source has changed is refused, never applied to
 * the wrong line. For a PDF or a scan the line may be given on its page
 * (`page` and the line's place among the page's printed lines), as the
 * review report shows it.
 */

/** How a body stands to a provision: chủ trì, phối hợp, báo cáo (reports to), chỉ đạo (is directed). */
export const BodyRelation = z.enum(['chu-tri', 'phoi-hop', 'bao-cao', 'chi-dao']);
export type BodyRelation = z.infer<typeof BodyRelation>;

const AddedBody = z.strictObject({
  /** The body's name, as the text prints it or in full ("Sở Tài chính"). */
  body: z.string().trim().min(2),
  relation: BodyRelation,
});

const RemovedBody = z.strictObject({
  /** The body's name, or the words that tagged it. */
  body: z.string().trim().min(2),
  /** Only this relation; every relation when left out. */
  relation: BodyRelation.optional(),
});

export const Correction = z
  .strictObject({
    /** The line: of the text, or, with `page`, among the printed lines of that page of the original. */
    line: z.number().int().positive(),
    page: z.number().int().positive().optional(),
    /** The line's first words, as printed (spaces and case aside); a line of one character ("1") quotes it whole. */
    quote: z.string().trim().min(1),
    /** The line starts a provision (with this mark, at this level: 1 is the top), or (false) it does not. */
    provision: z
      .union([
        z.literal(false),
        z.strictObject({
          /** The mark as printed at the line's start ("3.", "c)", "Nội dung 2:"); by default the one the line starts with (or its first word). */
          marker: z.string().trim().min(1).optional(),
          level: z.number().int().min(1).max(10).optional(),
          /** Every line from this one through this line that starts with a mark of the same shape ("2", "3" … after "1") starts a provision too, at the same level. */
          through: z.number().int().positive().optional(),
        }),
      ])
      .optional(),
    /** The lines from this one to `to` are text the provision above quotes (another document's, a sample): not its provisions. */
    quoted: z.strictObject({ to: z.number().int().positive() }).optional(),
    /** The closing sentences start here (true), or at these words of the line ({ starts: "Ủy ban nhân dân huyện yêu cầu" }: glued onto the last item), or the parser's closing does not start here and the text stays with the provisions (false). */
    closing: z.union([z.boolean(), z.strictObject({ starts: z.string().trim().min(2) })]).optional(),
    /** The heading of the provision this line is in ends with this line, or after these words of it ({ ends: "Chế độ báo cáo" }), or the provision has none. */
    heading: z.union([z.enum(['ends-here', 'none']), z.strictObject({ ends: z.string().trim().min(1) })]).optional(),
    /** Bodies to add to the provision this line is in. */
    add: z.array(AddedBody).min(1).optional(),
    /** Bodies to take off the provision this line is in. */
    remove: z.array(RemovedBody).min(1).optional(),
    /** The mark of the footnote whose mark stands in this line; or (false) this line is no footnote's (a table row read as one). */
    footnote: z.union([z.string().trim().min(1).max(4), z.literal(false)]).optional(),
    /** The lines from this one to the end of the header (here: this line) belong to the header: the preamble starts after it. */
    header: z.literal(true).optional(),
    /** An appendix, or a document attached after the signature, starts at this line. */
    appendix: z.literal(true).optional(),
    /** The line is not the document's words (a seal's or a stamp's, a scanner's note): set aside as page furniture, and reported. */
    aside: z.literal(true).optional(),
    /** The line is an entry of the Kính gửi list (true), or holds entries parted by this mark ({ split: "," }). */
    addressee: z.union([z.literal(true), z.strictObject({ split: z.string().min(1).max(3) })]).optional(),
    /**
     * The line's words are the signature's, with this role (authority, title, name, other) — or only the
     * words of its cell that starts so ({ role, cell: "GIÁM ĐỐC" }); `first` / { first: "Vi Văn Quảng" }:
     * the signature this line (or the cell with these words) is in is the document's first.
     */
    signature: z
      .union([
        z.enum(['authority', 'title', 'name', 'other', 'first']),
        z.strictObject({ role: z.enum(['authority', 'title', 'name', 'other']), cell: z.string().trim().min(1) }),
        z.strictObject({ first: z.string().trim().min(1) }),
      ])
      .optional(),
    /** An editor has checked the reading here: the parser's doubts about this line's provision are cleared. */
    checked: z.literal(true).optional(),
    /** Why, for readers (in Vietnamese): shown on hover and in print beside "đã hiệu đính". */
    note: z.string().trim().min(1).optional(),
  })
  .refine(
    (c) => ['provision', 'quoted', 'closing', 'heading', 'add', 'remove', 'footnote', 'header', 'appendix', 'aside', 'addressee', 'signature', 'checked'].some((key) => c[key as keyof typeof c] !== undefined),
    'says nothing to do: give one of provision, quoted, closing, heading, add, remove, footnote, header, appendix, aside, addressee, signature, checked',
  )
  .refine((c) => !c.quoted || c.quoted.to >= c.line, { message: 'quoted.to must be this line or a later one', path: ['quoted', 'to'] });
export type Correction = z.infer<typeof Correction>;

export const CorrectionsFile = z.strictObject({
  /** Who corrected, and from what (for readers, in Vietnamese): "Văn phòng Tỉnh ủy, đối chiếu bản gốc". */
  note: z.string().trim().min(1).optional(),
  /** The editor has checked the whole reading: the parser's remaining doubts are cleared. */
  checked: z.boolean().default(false),
  /** At most 2,000: an editor's corrections are a few per document, and each is looked for in the whole text (bounded work per document). */
  corrections: z.array(Correction).max(2000, 'more than 2,000 corrections: correct the source\'s reading in parts, or give the document a better text').default([]),
});
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;

/** A corrections file as the parser takes it: where each correction stands in the file, for messages. */
export interface LoadedCorrections {
  /** The file's path, as messages name it. */
  path: string;
  file: CorrectionsFile;
  /** For each correction, its line and column in the file. */
  at: Array<{ line: number; column: number }>;
}

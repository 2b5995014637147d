/**
 * The gold standard of one real document (`gold.json`): what a correct
 * parse says, written by reading the document. The format is described in
 * the development set's README; unknown keys are ignored so that newer gold
 * files still load.
 */
import { z } from 'zod';

const Text = z.string();
const NullableText = z.string().nullable();

/** A provision's path: 0-based indexes joined by "." ("0.2" = third child of the first provision). */
const Path = z.string().regex(/^\d+(?:\.\d+)*$/);

export const GoldMeta = z.object({
  documentType: NullableText,
  number: NullableText,
  date: NullableText,
  place: NullableText,
  issuer: NullableText,
  /** Other defensible names of the issuer. */
  issuerAlternatives: z.array(Text).optional(),
  subject: NullableText,
});
export type GoldMeta = z.infer<typeof GoldMeta>;

export const Gold = z.object({
  /** How the text was extracted: "pdf-layout", "pdf-reading-order", "docx", "ocr", "text-layer", "scan". */
  form: z.string().optional(),
  meta: GoldMeta,
  addressees: z.array(Text).default([]),
  preambleStartsWith: NullableText.default(null),
  top: z.number().int().nonnegative(),
  children: z.array(z.number().int().nonnegative()).default([]),
  headings: z.record(Path, Text).default({}),
  markers: z.record(Path, Text).default({}),
  responsible: z.record(Path, z.array(Text)).default({}),
  coordinating: z.record(Path, z.array(Text)).default({}),
  closing: NullableText.default(null),
  footnotes: z.number().int().nonnegative().default(0),
  appendices: z.number().int().nonnegative().default(0),
  copiesTo: z.number().int().nonnegative().default(0),
  signature: z
    .object({ authority: NullableText, title: NullableText, name: NullableText })
    .nullable()
    .default(null),
  /** A joint document's other signatures, left to right (scored like the first). */
  otherSignatures: z.array(z.object({ authority: NullableText, title: NullableText, name: NullableText })).default([]),
  /**
   * A plan's task tables, row by row (blind round 11's key): the table
   * ("appendix:N", or a provision's path for a table in the body), the row's
   * number as printed, its lead and supporting bodies as printed.
   */
  taskRows: z
    .array(z.object({ table: z.string(), row: z.string(), lead: z.array(z.string()).default([]), support: z.array(z.string()).default([]) }).passthrough())
    .default([]),
  /** The deadlines the words set, by provision path (or `preamble`, `closing`): see the development set's README. Null: a scan not read. */
  deadlines: z
    .record(
      z.string(),
      z.array(
        z.object({
          text: z.string(),
          kind: z.string(),
          date: z.string().optional(),
          period: z.string().optional(),
          day: z.string().optional(),
          amount: z.number().optional(),
          unit: z.string().optional(),
        }),
      ),
    )
    .nullable()
    .optional(),
  /**
   * Values the text layer cannot carry (stamped digits, a footnote the
   * extraction drops): a parser that reads only the text may give these.
   */
  textLayer: z
    .object({
      meta: GoldMeta.partial().optional(),
      footnotes: z.number().int().nonnegative().optional(),
    })
    .passthrough()
    .optional(),
  /** For documents that can be scored only in part (a scan): the fields scored. */
  scoreOnly: z.array(z.string()).optional(),
  notes: z.string().optional(),
});
export type Gold = z.infer<typeof Gold>;

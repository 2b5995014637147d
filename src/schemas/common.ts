import { z } from 'zod';

/** A stable ASCII identifier: lower-case letters, digits and single hyphens. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'dùng chữ thường không dấu, số và dấu gạch nối (ví dụ: nghi-quyet-15)');

/** A calendar date in ISO form (YYYY-MM-DD). YAML dates are accepted too. */
/** A web address a reader may follow: http or https only (never javascript:, data:, file:). */
export const WebAddress = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//u.test(value), 'địa chỉ phải bắt đầu bằng http:// hoặc https://');

export const IsoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ message: 'ngày phải có dạng YYYY-MM-DD' }),
);

/** A place in the source text: 1-based line and column. */
export const SourcePoint = z.strictObject({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type SourcePoint = z.infer<typeof SourcePoint>;

/** The lines of the source a part of the document was read from (inclusive). */
export const SourceSpan = z.strictObject({
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** The pages of the original (a PDF or a scan) the lines stood on. */
  startPage: z.number().int().positive().optional(),
  endPage: z.number().int().positive().optional(),
});
export type SourceSpan = z.infer<typeof SourceSpan>;

/** The words in the source that made the parser draw a conclusion, and where they are. */
export const Evidence = z.strictObject({
  /** The words exactly as written in the source. */
  text: z.string().min(1),
  ...SourcePoint.shape,
});
export type Evidence = z.infer<typeof Evidence>;

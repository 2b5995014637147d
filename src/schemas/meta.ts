import { z } from 'zod';
import { IsoDate, WebAddress } from './common.js';
import { DocumentStatus } from './document.js';

/**
 * A metadata value with its provenance. A plain value is a fact someone
 * learnt about the document; `editorial: true` marks an addition of ours
 * (say, a descriptive title) that must never pass for the document's own.
 */
function annotated<T extends z.ZodType>(value: T) {
  return z.union([
    value,
    z.strictObject({
      value,
      /** True when the value is our description, not the document's own words. */
      editorial: z.boolean().default(false),
      /** Where the value comes from, in Vietnamese. */
      note: z.string().min(1).optional(),
    }),
  ]);
}

/**
 * `content/directives/<slug>/meta.yaml`: only what the source text lacks or
 * gets wrong. Every field is optional; unknown keys are rejected.
 */
export const DirectiveMetaFile = z.strictObject({
  /** Công văn, Chỉ thị, Kế hoạch … */
  documentType: annotated(z.string().min(1)).optional(),
  /** As printed: "123-CV/TU" or "12/KH-UBND". */
  number: annotated(z.string().min(1)).optional(),
  date: annotated(IsoDate).optional(),
  place: annotated(z.string().min(1)).optional(),
  issuer: annotated(z.string().min(1)).optional(),
  subject: annotated(z.string().min(1)).optional(),
  /** Where the text came from. */
  source: z
    .strictObject({
      received: z.string().min(1).optional(),
      url: WebAddress.optional(),
    })
    .optional(),
  /** The document's field (Lĩnh vực), by its id in taxonomy/fields.yaml, where its words do not say it clearly. */
  field: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
  /** Whether the document is in force, as an editor has checked it. */
  status: DocumentStatus.optional(),
  /** Editors' notes for readers, in Vietnamese. */
  notes: z.array(z.string().min(1)).default([]),
});
export type DirectiveMetaFile = z.infer<typeof DirectiveMetaFile>;
export type DirectiveMetaFileInput = z.input<typeof DirectiveMetaFile>;

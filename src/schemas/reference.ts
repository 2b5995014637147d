import { z } from 'zod';
import { IsoDate, Slug } from './common.js';

/** Fields of a cited document that can be marked verified. */
export const ReferenceField = z.enum(['number', 'date', 'issuer', 'subject', 'status', 'parts']);

/** A linkable part of a cited document (for Nghị quyết 15: its policy groups). */
export const ReferencePart = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  /** The part this one belongs to. */
  parent: Slug.optional(),
});
export type ReferencePart = z.infer<typeof ReferencePart>;

/** A document that directives cite: one file of content/references/. */
export const Reference = z.strictObject({
  id: Slug,
  /** Nghị quyết, Kết luận, Kế hoạch … */
  documentType: z.string().min(1),
  /** As printed, e.g. "15-NQ/TW". */
  number: z.string().min(1),
  date: IsoDate.nullable(),
  issuer: z.string().min(1).nullable(),
  subject: z.string().min(1).nullable(),
  /** The name texts use once they have introduced it, e.g. "Nghị quyết 15". */
  shortName: z.string().min(1),
  /** Fields confirmed in at least one public source; every other field is unverified. */
  verified: z.array(ReferenceField).default([]),
  /** Notes for readers, in Vietnamese: provenance, discrepancies between sources. */
  notes: z.array(z.string().min(1)).default([]),
  status: z
    .strictObject({
      state: z.enum(['in-force', 'replaced', 'expired']),
      /** Number of the replacing document. */
      by: z.string().min(1).optional(),
      date: IsoDate.optional(),
      note: z.string().min(1).optional(),
    })
    .optional(),
  /** Ways texts cite it: number forms, short names, descriptive names. */
  citedAs: z.array(z.string().min(1)).min(1),
  parts: z.array(ReferencePart).default([]),
});
export type Reference = z.infer<typeof Reference>;

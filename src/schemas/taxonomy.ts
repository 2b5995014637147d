import { z } from 'zod';
import { Slug } from './common.js';

/** A policy area (domain brief §3): one entry of content/taxonomy/areas.yaml. */
export const Area = z.strictObject({
  id: Slug,
  /** What readers see. */
  label: z.string().min(1),
  /** The Nghị quyết 15 policy group this area belongs to, or null for implementation strands. */
  group: Slug.nullable(),
  /** Words that identify the area; matched case-, accent- and tone-placement-insensitively. */
  terms: z.array(z.string().min(1)).min(1),
});
export type Area = z.infer<typeof Area>;

/** A beneficiary group: one entry of content/taxonomy/beneficiaries.yaml. */
export const Beneficiary = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  terms: z.array(z.string().min(1)).min(1),
});
export type Beneficiary = z.infer<typeof Beneficiary>;

/** What kind of organisation a body is. */
export const BodyKind = z.enum(['party', 'state', 'front', 'collective']);
export type BodyKind = z.infer<typeof BodyKind>;

/** A known body: one entry of content/taxonomy/bodies.yaml. */
export const Body = z.strictObject({
  id: Slug,
  /** The full name as directives write it. */
  name: z.string().min(1),
  kind: BodyKind,
  /** Other ways texts write it, abbreviations included. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * For a class of bodies ("Các cơ quan chuyên trách tham mưu, giúp việc
   * Tỉnh ủy"): the bodies that are of it, by id before jurisdiction
   * ("ban-tuyen-giao-tinh-uy"); a trailing "*" takes every id that begins so
   * ("ban-thuong-vu-*"). A duty of the class binds each of them, in the
   * class's jurisdiction.
   */
  members: z.array(z.string().regex(/^[a-z0-9-]+\*?$/u, 'mã cơ quan (chữ thường không dấu, số, gạch nối), có thể kết thúc bằng *')).default([]),
  /** For a class of bodies: every body of these kinds is of it ("Tổ chức đảng các cấp": every Party body). */
  memberKinds: z.array(BodyKind).default([]),
});
export type Body = z.infer<typeof Body>;

/** An abbreviation and its expansion: one entry of content/taxonomy/abbreviations.yaml. */
export const Abbreviation = z.strictObject({
  abbr: z.string().min(1),
  expansion: z.string().min(1),
  /** The body this abbreviation names, if it names one. */
  body: Slug.optional(),
});
export type Abbreviation = z.infer<typeof Abbreviation>;

/** The whole tag vocabulary. */
/** A field (Lĩnh vực) of a whole document, as the legal portals list them: one entry of content/taxonomy/fields.yaml. */
export const Field = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  /** Words that show a document is about the field; matched like the areas'. */
  terms: z.array(z.string().min(1)).min(1),
});
export type Field = z.infer<typeof Field>;

export const Taxonomy = z.strictObject({
  areas: z.array(Area),
  beneficiaries: z.array(Beneficiary),
  bodies: z.array(Body),
  abbreviations: z.array(Abbreviation),
  /** Fields of whole documents (optional file: none where the content has no fields.yaml). */
  fields: z.array(Field).default([]),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

/**
 * How the genre names a document by its type and number, in one place (the
 * site, the search, the diagrams).
 */

/** A document named by its type and number, as the genre cites it: "Nghị quyết số 15-NQ/TW" ("Văn bản số …" when the type is not known). */
export function numberedName(type: string | null | undefined, number: string): string {
  return `${type ?? 'Văn bản'} số ${number}`;
}

/**
 * A record's word pairs (pairs.ts) are for the index only: Pagefind indexes
 * a custom record's content and also stores it whole in the record's
 * fragment, the file a reader downloads for every result. The pairs are a
 * third of a fragment's bytes and no reader sees them (the page shows the
 * text of the parts, before the pairs), so once Pagefind has written its
 * files the fragments are written again with the content cut where the
 * record's parts end. The index still holds the pairs; Pagefind's own
 * excerpt, which the page does not use, is clamped to the shorter content.
 *
 * Pure on bytes; Pagefind 1.6's fragment format: gzip of "pagefind_dcd"
 * followed by the fragment's JSON.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { PAIR_MARK } from './pairs.js';
import type { PartTuple } from './parts.js';

const SIGNATURE = 'pagefind_dcd';

/** Why a fragment could not be read: it is not in the shape this code was written for. */
export class FragmentShapeError extends Error {}

/**
 * The fragment without the pairs after its parts' text, or null when it has
 * none (it is kept as Pagefind wrote it).
 */
export function shedPairs(compressed: Uint8Array): Buffer | null {
  let raw: Buffer;
  try {
    raw = gunzipSync(compressed);
  } catch {
    throw new FragmentShapeError('not gzip');
  }
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new FragmentShapeError(`no "${SIGNATURE}" signature`);
  let fragment: { content?: unknown; meta?: { parts?: unknown } };
  try {
    fragment = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8'));
  } catch {
    throw new FragmentShapeError('its JSON does not parse');
  }
  const { content, meta } = fragment;
  if (typeof content !== 'string' || typeof meta?.parts !== 'string') throw new FragmentShapeError('no content, or no map of parts in its meta');
  const parts = JSON.parse(meta.parts) as PartTuple[];
  const end = parts.reduce((n, part) => Math.max(n, part[3]), 0);
  if (end >= content.length) return null;
  // What follows the parts must be the pairs, and nothing else: else the map and the content disagree.
  const rest = content.slice(end);
  if (!rest.startsWith(` ${PAIR_MARK}`) || rest.slice(1).split(' ').some((token) => !token.startsWith(PAIR_MARK))) {
    throw new FragmentShapeError(`its content goes on after its parts (at ${end} of ${content.length} characters) with more than word pairs`);
  }
  const shed = Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), Buffer.from(JSON.stringify({ ...fragment, content: content.slice(0, end) }), 'utf8')]);
  // Level 9 and no timestamp: the same fragment gives the same bytes.
  return gzipSync(shed, { level: 9 });
}

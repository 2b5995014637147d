/**
 * Decoding a source file's bytes. Directives arrive as UTF-8 text; legacy
 * Vietnamese files are often UTF-16 (Word's "Unicode text") or Windows-1258
 * or TCVN3 (ABC). Rather than guess an encoding and risk silently wrong
 * letters, anything that is not UTF-8 is refused with one sentence that says
 * what the file is and how to convert it.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find control characters
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

/** Decode UTF-8 bytes (a BOM is allowed), or explain why the bytes are not a directive's text. */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) {
    return { ok: false, reason: 'is empty (0 bytes): there is no text to parse; check that the directive was exported with its content' };
  }
  const signature = knownBinary(bytes);
  if (signature) return { ok: false, reason: `is ${signature}, not plain text: export the directive's text as UTF-8 and parse that file` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    const order = bytes[0] === 0xfe ? 'big-endian' : 'little-endian';
    return {
      ok: false,
      reason: `is UTF-16 text (${order}), not UTF-8: save it again as "UTF-8" (for example \`iconv -f UTF-16 -t UTF-8\`) and parse the new file`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const nul = bytes.indexOf(0);
    if (nul !== -1) return binary();
    const at = firstInvalidUtf8(bytes);
    const where = at === -1 ? '' : ` (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at})`;
    return {
      ok: false,
      reason: `is not valid UTF-8${where}; legacy Vietnamese files are often Windows-1258 or TCVN3: convert it to UTF-8, for example \`iconv -f WINDOWS-1258 -t UTF-8\`, and parse the new file`,
    };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(8, text.length / 100)) return binary();
  if (text.trim() === '') {
    return { ok: false, reason: 'has no text, only white space: check that the directive was exported with its content' };
  }
  return { ok: true, text };
}

function binary(): DecodeResult {
  return { ok: false, reason: 'is not a text file (it contains binary data): export the directive as plain text in UTF-8 and parse that file' };
}

/** UTF-16 without a BOM: Latin text then has a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const half = sample.length / 2;
  return evenNul > half * 0.3 !== oddNul > half * 0.3 && Math.max(evenNul, oddNul) > half * 0.3;
}

/** File formats that arrive instead of text, by their first bytes. */
function knownBinary(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF file';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive (a .docx or .odt document is one)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'a Word 97–2003 (.doc) document';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'an RTF document';
  return null;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * ZIP archives of the offline copy, with well-kept libraries: yazl writes
 * (ZIP64 where needed, so a site of more than 65,535 files fits; fixed dates
 * and modes, so the same files make the same zip), yauzl reads (streaming,
 * one entry at a time; names checked; every entry's inflation bounded by its
 * declared size). Ours are the limits around them: a cap on what the whole
 * archive may inflate to, entries that must not overlap or repeat, and one
 * sentence for each way an archive can be bad.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { printable } from '../text/printable.js';

/** 1 January 2026, 00:00 UTC: every entry's date. */
export const ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

/** An entry to write: its name in the archive, and its bytes, asked for only when its turn comes. */
export interface ZipSource {
  name: string;
  data: () => Promise<Buffer | Readable>;
}

/**
 * Write the entries to `out`, in the order given. Each entry's data is asked
 * for when yazl reaches it, so one file at a time is in memory.
 */
export async function writeZip(entries: Iterable<ZipSource>, out: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const written = finished(zip.outputStream.pipe(createWriteStream(out)));
  for (const { name, data } of entries) {
    zip.addReadStreamLazy(name, { mtime: ZIP_DATE, mode: 0o100644, compressionLevel: 9 }, (done) => {
      data().then(
        (bytes) => done(null, Buffer.isBuffer(bytes) ? Readable.from([bytes], { objectMode: false }) : bytes),
        (error: Error) => done(error, undefined as never),
      );
    });
  }
  zip.end();
  await written;
}

export interface ZipLimits {
  /** At most this many entries. */
  entries: number;
  /** The whole archive inflates to at most this many bytes… */
  total: number;
  /** …and to at most this many times its own size. */
  ratio: number;
}

/** Generous for a site (HTML and JSON deflate 5–10×; Pagefind's files are compressed already), far below a bomb. */
export const DEFAULT_LIMITS: ZipLimits = { entries: 2_000_000, total: 64 * 1024 ** 3, ratio: 200 };

/** What is wrong with an archive, in one sentence (Vietnamese: the reader of `npm run verify` sees it). */
export class ZipError extends Error {}

function explain(error: Error): ZipError {
  const message = error.message;
  const name = /(?:invalid (?:relative path|characters in fileName|path)|absolute path): (.*)$/.exec(message)?.[1];
  if (name !== undefined) return new ZipError(`tệp nén có mục tên “${printable(name)}” trỏ ra ngoài thư mục hoặc không hợp lệ`);
  if (/end of central directory record signature not found|unexpected EOF|Invalid central directory|truncated|beyond end of file|not enough bytes/i.test(message)) {
    return new ZipError('tệp nén bị cắt cụt hoặc hỏng (không đọc được mục lục của nó)');
  }
  if (/too many bytes in the stream|too few bytes|expected \d+ bytes/i.test(message)) return new ZipError('một mục của tệp nén bung ra khác với kích thước nó khai: tệp nén đã bị sửa hoặc cố ý làm hỏng');
  if (/invalid local file header signature|unsupported compression method|encrypted/i.test(message)) return new ZipError(`tệp nén có mục không đọc được (${message})`);
  return new ZipError(`không đọc được tệp nén (${message})`);
}

/**
 * Read every file entry of the archive at `path`, in order, handing each to
 * `onEntry` as a stream (folders are skipped). Throws a ZipError, one
 * sentence, if the archive is damaged, names a path out of its folder,
 * repeats or overlaps an entry, or would inflate past the limits.
 */
export async function readZip(path: string, onEntry: (name: string, data: Readable) => Promise<void>, limits: ZipLimits = DEFAULT_LIMITS): Promise<void> {
  const size = (await stat(path)).size;
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, decodeStrings: true, autoClose: false }, (error, file) => (error ? reject(error) : resolve(file))),
    );
  } catch (error) {
    throw explain(error as Error);
  }
  try {
    if (zip.entryCount > limits.entries) throw new ZipError(`tệp nén có ${zip.entryCount} mục, quá giới hạn ${limits.entries}`);
    // First the directory alone: names, sizes and places, checked before a byte is inflated.
    const entries: yauzl.Entry[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', () => resolve());
        zip.on('entry', (entry: yauzl.Entry) => {
          entries.push(entry);
          zip.readEntry();
        });
        zip.readEntry();
      });
    } catch (error) {
      throw explain(error as Error);
    }
    const cap = Math.min(limits.total, Math.max(64 * 1024 ** 2, size * limits.ratio));
    let declared = 0;
    const names = new Set<string>();
    for (const entry of entries) {
      if (names.has(entry.fileName)) throw new ZipError(`tệp nén có hai mục cùng tên “${printable(entry.fileName)}”`);
      names.add(entry.fileName);
      declared += entry.uncompressedSize;
      if (declared > cap) throw new ZipError(`tệp nén bung ra hơn ${Math.round(cap / 1024 ** 2)} MB (${limits.ratio} lần cỡ của nó): một kiểu bom nén, không đọc`);
    }
    // An entry that starts inside another's data shares its bytes: the overlapping kind of bomb.
    const byPlace = [...entries].sort((x, y) => x.relativeOffsetOfLocalHeader - y.relativeOffsetOfLocalHeader);
    for (let i = 1; i < byPlace.length; i++) {
      const before = byPlace[i - 1]!;
      const end = before.relativeOffsetOfLocalHeader + 30 + before.fileNameLength + before.compressedSize;
      if (byPlace[i]!.relativeOffsetOfLocalHeader < end) throw new ZipError(`các mục của tệp nén chồng lên nhau (ở mục “${printable(byPlace[i]!.fileName)}”): một kiểu bom nén, không đọc`);
    }
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      let stream: Readable;
      try {
        stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))));
      } catch (error) {
        throw explain(error as Error);
      }
      try {
        await onEntry(entry.fileName, stream);
      } catch (error) {
        stream.destroy();
        throw error instanceof ZipError ? error : explain(error as Error);
      }
    }
  } finally {
    zip.close();
  }
}

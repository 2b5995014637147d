/**
 * Hand-made ZIP archives for tests of what a hostile archive may hold:
 * names out of the folder, sizes that lie, entries that share their bytes.
 * (Writers that check their input, as yazl does, cannot make them.)
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface CraftedEntry {
  name: string;
  data: Buffer;
  /** Store the data deflated (default) or as is. */
  deflate?: boolean;
  /** The uncompressed size to declare, if not the true one. */
  declaredSize?: number;
  /** Point this entry's directory record at the local header of entry number `sameAs`. */
  sameAs?: number;
}

export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.deflate === false ? 0 : 8;
    const body = method === 8 ? deflateRawSync(entry.data) : entry.data;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    // The fields a local header and its directory record share, from `at` in each.
    const header = (signature: number, length: number, at: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, at); // version needed
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(method, at + 4);
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(body.length, at + 14);
      b.writeUInt32LE(size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
      return b;
    };
    if (entry.sameAs === undefined) {
      offsets.push(offset);
      locals.push(header(0x04034b50, 30, 4), name, body);
      offset += 30 + name.length + body.length;
    } else offsets.push(offsets[entry.sameAs]!);
    const central = header(0x02014b50, 46, 6);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt32LE(offsets.at(-1)!, 42);
    centrals.push(central, name);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

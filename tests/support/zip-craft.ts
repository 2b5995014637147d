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
    const header = (signature: number, length: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    if (entry.sameAs === undefined) {
      const local = header(0x04034b50, 30);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      offsets.push(offset);
      locals.push(local, name, body);
      offset += 30 + name.length + body.length;
    } else offsets.push(offsets[entry.sameAs]!);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
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

import { deflateRawSync, crc32 } from "node:zlib";
import { buildZip as buildStoredZip } from "../../../sandbox/files/zip";

/**
 * ZIP files for tests that the sandbox's builder cannot make: deflated entries, sizes that lie
 * (zip-bomb fixtures) and streaming-writer data descriptors. The archive itself is written by the
 * sandbox's `buildZip` (sandbox/files/zip.ts, the one ZIP writer); this only rewrites the header
 * fields those options change, and inserts the data descriptors.
 */
export type ZipEntry = {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
  /** Lie about the uncompressed size in the headers (zip-bomb fixtures). */
  declaredSize?: number;
  /** Set the data-descriptor flag and zero the sizes in the local header, as streaming writers do. */
  dataDescriptor?: boolean;
};

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

export function buildZip(entries: ZipEntry[]): Uint8Array {
  const raws = entries.map((entry) => Buffer.from(entry.data));
  const bodies = entries.map((entry, i) => (entry.deflate ? deflateRawSync(raws[i]!) : raws[i]!));
  const stored = buildStoredZip(entries.map((entry, i) => ({ name: entry.name, data: bodies[i]! })));

  const end = Buffer.from(stored.subarray(stored.length - END_RECORD));
  const directoryOffset = end.readUInt32LE(16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let localAt = 0;
  let centralAt = directoryOffset;
  let offset = 0;
  entries.forEach((entry, i) => {
    const nameLength = Buffer.byteLength(entry.name);
    const body = bodies[i]!;
    const record = Buffer.from(stored.subarray(localAt, localAt + LOCAL_HEADER + nameLength + body.length));
    const central = Buffer.from(stored.subarray(centralAt, centralAt + CENTRAL_HEADER + nameLength));
    localAt += record.length;
    centralAt += central.length;

    const crc = crc32(raws[i]!) >>> 0;
    const size = entry.declaredSize ?? raws[i]!.length;
    const method = entry.deflate ? 8 : 0;
    const flags = entry.dataDescriptor ? 0x8 : 0;
    record.writeUInt16LE(flags, 6);
    record.writeUInt16LE(method, 8);
    record.writeUInt32LE(entry.dataDescriptor ? 0 : crc, 14);
    record.writeUInt32LE(entry.dataDescriptor ? 0 : body.length, 18);
    record.writeUInt32LE(entry.dataDescriptor ? 0 : size, 22);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(size, 24);
    central.writeUInt32LE(offset, 42);

    const descriptor = Buffer.alloc(entry.dataDescriptor ? 16 : 0);
    if (entry.dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    locals.push(record, descriptor);
    centrals.push(central);
    offset += record.length + descriptor.length;
  });
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

import { open } from 'node:fs/promises';

export interface Mp4Info {
  width: number;
  height: number;
  durationMs: number | null;
}

interface Box {
  type: string;
  /** Offset of the payload (after the header). */
  start: number;
  /** Offset just past the box. */
  end: number;
}

interface Reader {
  read(offset: number, length: number): Promise<Buffer>;
  size: number;
}

const MAX_BOXES = 10_000;

/**
 * Reads an MP4's dimensions and duration from its boxes (moov/mvhd, moov/trak/tkhd), reading only
 * box headers and the few boxes it needs, so a 500 MB file costs a handful of small reads. `moov`
 * may sit after `mdat` (not "fast-start"); that is handled. Returns null when the file is not a
 * well-formed MP4 with a video track.
 */
export async function probeMp4(path: string): Promise<Mp4Info | null> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const reader: Reader = {
      size,
      async read(offset, length) {
        const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        if (buf.length) await handle.read(buf, 0, buf.length, offset);
        return buf;
      },
    };
    return await probeWith(reader);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Same as probeMp4, over bytes already in memory (tests, small files). */
export async function probeMp4Buffer(data: Buffer): Promise<Mp4Info | null> {
  try {
    return await probeWith({ size: data.length, read: async (o, l) => data.subarray(o, o + l) });
  } catch {
    return null;
  }
}

async function probeWith(reader: Reader): Promise<Mp4Info | null> {
  const top = await children(reader, 0, reader.size);
  if (top[0]?.type !== 'ftyp') return null;
  const moov = top.find((b) => b.type === 'moov');
  if (!moov) return null;
  let durationMs: number | null = null;
  let width = 0;
  let height = 0;
  for (const box of await children(reader, moov.start, moov.end)) {
    if (box.type === 'mvhd') durationMs = await readMvhd(reader, box);
    if (box.type !== 'trak') continue;
    const tkhd = (await children(reader, box.start, box.end)).find((b) => b.type === 'tkhd');
    if (!tkhd) continue;
    const dims = await readTkhd(reader, tkhd);
    // The first track with a picture is the video; audio tracks have 0x0.
    if (dims && dims.width > 0 && dims.height > 0 && !width) ({ width, height } = dims);
  }
  if (!width || !height) return null;
  return { width, height, durationMs };
}

async function children(reader: Reader, start: number, end: number): Promise<Box[]> {
  const boxes: Box[] = [];
  let offset = start;
  while (offset + 8 <= end && boxes.length < MAX_BOXES) {
    const header = await reader.read(offset, 16);
    let size = header.readUInt32BE(0);
    const type = header.subarray(4, 8).toString('latin1');
    let headerSize = 8;
    if (size === 1) {
      if (header.length < 16) throw new Error('truncated box header');
      size = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < headerSize || offset + size > end) throw new Error(`box ${type} overruns its parent`);
    boxes.push({ type, start: offset + headerSize, end: offset + size });
    offset += size;
  }
  return boxes;
}

async function readMvhd(reader: Reader, box: Box): Promise<number | null> {
  const b = await reader.read(box.start, 32);
  const version = b[0];
  const timescale = version === 1 ? b.readUInt32BE(20) : b.readUInt32BE(12);
  const duration = version === 1 ? Number(b.readBigUInt64BE(24)) : b.readUInt32BE(16);
  if (!timescale) return null;
  return Math.round((duration / timescale) * 1000);
}

async function readTkhd(reader: Reader, box: Box): Promise<{ width: number; height: number } | null> {
  const b = await reader.read(box.start, box.end - box.start);
  const version = b[0];
  // version + flags (4), times and ids (20 or 32), reserved (8), layer/group/volume/reserved (8), matrix (36).
  const at = 4 + (version === 1 ? 32 : 20) + 8 + 8 + 36;
  if (b.length < at + 8) return null;
  // 16.16 fixed point.
  return { width: b.readUInt32BE(at) >>> 16, height: b.readUInt32BE(at + 4) >>> 16 };
}

import { probeMp4Buffer } from './mp4-probe';

function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(body.length + 8, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

function tkhd(version: 0 | 1, width: number, height: number): Buffer {
  const b = Buffer.alloc(version === 1 ? 96 : 84);
  b[0] = version;
  const at = 4 + (version === 1 ? 32 : 20) + 52;
  b.writeUInt32BE(width * 65536, at);
  b.writeUInt32BE(height * 65536, at + 4);
  return box('tkhd', b);
}

function mvhd(version: 0 | 1, timescale: number, duration: number): Buffer {
  const b = Buffer.alloc(version === 1 ? 112 : 100);
  b[0] = version;
  if (version === 1) {
    b.writeUInt32BE(timescale, 20);
    b.writeBigUInt64BE(BigInt(duration), 24);
  } else {
    b.writeUInt32BE(timescale, 12);
    b.writeUInt32BE(duration, 16);
  }
  return box('mvhd', b);
}

const ftyp = box('ftyp', Buffer.from('isom'), Buffer.alloc(4), Buffer.from('isommp41'));

describe('probeMp4Buffer', () => {
  it('reads the first picture track and the movie duration, moov after mdat', async () => {
    const file = Buffer.concat([
      ftyp,
      box('mdat', Buffer.alloc(1000)),
      box('moov', mvhd(0, 600, 9000), box('trak', tkhd(0, 0, 0)), box('trak', tkhd(0, 1080, 1920))),
    ]);
    expect(await probeMp4Buffer(file)).toEqual({ width: 1080, height: 1920, durationMs: 15000 });
  });

  it('handles version-1 (64-bit) headers and fast-start files', async () => {
    const file = Buffer.concat([
      ftyp,
      box('moov', mvhd(1, 1000, 2500), box('trak', tkhd(1, 640, 360))),
      box('mdat'),
    ]);
    expect(await probeMp4Buffer(file)).toEqual({ width: 640, height: 360, durationMs: 2500 });
  });

  it.each([
    ['no moov', Buffer.concat([ftyp, box('mdat', Buffer.alloc(64))])],
    ['only an audio track', Buffer.concat([ftyp, box('moov', mvhd(0, 1000, 1), box('trak', tkhd(0, 0, 0)))])],
    [
      'a box that overruns the file',
      Buffer.concat([ftyp, Buffer.from([0, 0, 0x10, 0]), Buffer.from('moov')]),
    ],
    ['moov before ftyp', Buffer.concat([box('moov', box('trak', tkhd(0, 10, 10))), ftyp])],
    ['random bytes', Buffer.from('ftyp but not really an mp4 at all')],
  ])('returns null for %s', async (_name, file) => {
    expect(await probeMp4Buffer(file)).toBeNull();
  });
});

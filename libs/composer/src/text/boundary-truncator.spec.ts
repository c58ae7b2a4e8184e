import { hardTruncate, truncateToFit } from './boundary-truncator';
import { protectedSpans } from './protected-spans';
import { weightedLength } from './tweet-length';

const within = (limit: number) => (text: string) => weightedLength(text) <= limit;

describe('truncateToFit', () => {
  it('prefers a clause boundary and drops the comma before the ellipsis', () => {
    const text =
      'Rutan Bengkulu menggelar kegiatan penguatan kapasitas, yang dihadiri seluruh jajaran pengelola humas';
    const cut = truncateToFit(text, within(70));
    expect(cut).toEqual({
      text: 'Rutan Bengkulu menggelar kegiatan penguatan kapasitas…',
      cutAt: 54,
      boundary: 'clause',
    });
  });

  it('falls back to a word boundary when the clause would lose too much', () => {
    const text = 'Rutan, menggelar kegiatan penguatan kapasitas keprotokolan dan kehumasan pemasyarakatan';
    const cut = truncateToFit(text, within(60));
    expect(cut?.boundary).toBe('word');
    expect(cut?.text).toBe('Rutan, menggelar kegiatan penguatan kapasitas keprotokolan…');
  });

  it('counts the ellipsis as two weighted characters', () => {
    const cut = truncateToFit('aaaa bbbb cccc', within(11));
    expect(cut?.text).toBe('aaaa bbbb…');
    expect(weightedLength(cut?.text ?? '')).toBe(11);
  });

  it('never ends on a connector word', () => {
    const cut = truncateToFit('Kegiatan ini dihadiri pejabat dan seluruh pegawai rutan', within(38));
    expect(cut?.text).toBe('Kegiatan ini dihadiri pejabat…');
  });

  it('never cuts inside a quote, a name or a number', () => {
    const text =
      'Hadir Kepala Divisi Teguh Wibowo dengan bantuan Rp 1.250.000 “untuk semua warga binaan di sini” kemarin';
    const spans = protectedSpans(text);
    for (let limit = 10; limit < weightedLength(text); limit += 3) {
      const cut = truncateToFit(text, within(limit), { protectedSpans: spans });
      if (!cut) continue;
      const kept = cut.text.slice(0, -1);
      expect(kept).not.toMatch(/Teguh$|Rp$|1\.250$|“[^”]*$/);
      expect(weightedLength(cut.text)).toBeLessThanOrEqual(limit);
    }
  });

  it('returns null when nothing fits', () => {
    expect(truncateToFit('Supercalifragilistic word', within(5))).toBeNull();
  });
});

describe('hardTruncate', () => {
  it('cuts by whole code points (never half an emoji)', () => {
    const cut = hardTruncate('😀😀😀😀😀😀', within(9));
    expect(cut?.text).toBe('😀😀😀…');
  });
});

import { extractFacts } from './fact-extractor';
import { factCheck } from './fact-checker';

const release = {
  title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
  body:
    'BENGKULU - Rutan Kelas IIB Bengkulu menggelar kegiatan, Selasa (15/10/2024) pukul 09.00 WIB. ' +
    'Kepala Divisi, Dr. Teguh Wibowo, S.H., menyerahkan bantuan Rp 1.250.000 dan menaikkan target 2,5 persen. ' +
    'Informasi: 0736-21234 atau kemenkumham.go.id/berita.',
  link: 'https://bengkulu.kemenkumham.go.id/berita/123',
};

describe('extractFacts', () => {
  it('finds each kind with positions, most specific first', () => {
    const text =
      'Selasa (15/10) pukul 09.00 WIB, Rp 1.250.000, telp 0736-21234, lihat kemenkumham.go.id. Teguh Wibowo hadir.';
    const facts = extractFacts(text).map((f) => [f.kind, f.value, text.slice(f.start, f.end)]);
    expect(facts).toEqual([
      ['date', '15/10', '15/10'],
      ['time', '09.00 WIB', '09.00 WIB'],
      ['number', '1.250.000', '1.250.000'],
      ['phone', '0736-21234', '0736-21234'],
      ['url', 'kemenkumham.go.id', 'kemenkumham.go.id'],
      ['name', 'Teguh Wibowo', 'Teguh Wibowo'],
    ]);
  });

  it('ignores hashtags and mentions', () => {
    expect(extractFacts('#HUT79 @Kemenkumham_RI #RutanBengkulu')).toEqual([]);
  });
});

describe('factCheck', () => {
  it('finds nothing when the variant only reuses the release', () => {
    const variant =
      'Rutan Kelas IIB Bengkulu menggelar kegiatan, Selasa (15/10) pukul 09.00 WIB. Dr. Teguh Wibowo menyerahkan ' +
      'Rp1.250.000 (target 2,5%). Info 0736 21234, https://bengkulu.kemenkumham.go.id/berita/123 #Humas';
    expect(factCheck(release, variant)).toEqual({ consistent: true, differences: [] });
  });

  it('accepts the same date written another way', () => {
    expect(factCheck(release, 'Kegiatan pada 15 Oktober 2024.').consistent).toBe(true);
    expect(factCheck(release, 'Kegiatan pada 15 Oktober.').consistent).toBe(true);
  });

  it('reports every changed number, date, time, phone, link and name with its position', () => {
    const variant =
      'Pada 16/10 pukul 10.00 WIB, Budi Santoso menyerahkan Rp 1.350.000. Hubungi 0812-3456-7890 atau kemenkumham.go.id/lain.';
    const { consistent, differences } = factCheck(release, variant);
    expect(consistent).toBe(false);
    expect(differences.map((d) => [d.kind, d.value])).toEqual([
      ['date', '16/10'],
      ['time', '10.00 WIB'],
      ['name', 'Budi Santoso'],
      ['number', '1.350.000'],
      ['phone', '0812-3456-7890'],
      ['url', 'kemenkumham.go.id/lain'],
    ]);
    for (const d of differences) expect(variant.slice(d.start, d.end)).toBe(d.value);
  });

  it('does not flag a capitalised common word that merely opens a sentence', () => {
    expect(
      factCheck(release, 'Selanjutnya Teguh Wibowo hadir. Acara Rutan Bengkulu selesai.').consistent,
    ).toBe(true);
  });

  it('does not let a short number hide inside a longer one', () => {
    expect(factCheck(release, 'Sebanyak 25 peserta hadir.').differences.map((d) => d.value)).toEqual(['25']);
  });
});

describe('factCheck: the short forms Indonesian releases use', () => {
  const seed = {
    title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
    body:
      'BENGKULU - Rutan Kelas IIB Bengkulu menggelar kegiatan, Selasa (15/10). Acara ini dihadiri oleh Kepala ' +
      'Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Bengkulu, Teguh ' +
      'Wibowo beserta jajaran. Kepala Lembaga Pemasyarakatan Kelas IIA Curup, Budi Santoso, menyerahkan 25 paket ' +
      'kepada Warga Binaan Pemasyarakatan.',
  };
  const flagged = (text: string) => factCheck(seed, text).differences.map((d) => d.value);

  it('accepts Kanwil, Kadiv, Kalapas and WBP short forms of names the release spells out', () => {
    expect(flagged('Kanwil Bengkulu hadir.')).toEqual([]);
    expect(flagged('Turut hadir Kadiv Pemasyarakatan Teguh Wibowo.')).toEqual([]);
    expect(flagged('Turut hadir Kadiv Pemasyarakatan Kanwil Kemenkumham Bengkulu, Teguh Wibowo.')).toEqual(
      [],
    );
    expect(flagged('Turut hadir Kalapas Curup Budi Santoso dengan 25 paket untuk WBP.')).toEqual([]);
    expect(flagged('Turut hadir Kalapas Kelas IIA Curup.')).toEqual([]);
  });

  it('still flags a changed name, place, number or date', () => {
    expect(flagged('Kanwil Jambi hadir.')).toEqual(['Kanwil Jambi']);
    expect(flagged('Turut hadir Kadiv Pemasyarakatan Teguh Santoso.')).toEqual([
      'Kadiv Pemasyarakatan Teguh Santoso',
    ]);
    expect(flagged('Turut hadir Kalapas Curup Teguh Wibowo.')).toEqual(['Kalapas Curup Teguh Wibowo']);
    expect(flagged('Kalapas Curup menyerahkan 52 paket, Rabu (16/10).')).toEqual(['52', '16/10']);
  });
});

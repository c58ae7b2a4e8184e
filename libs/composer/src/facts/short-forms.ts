/**
 * The short forms Indonesian humas releases use for offices and posts, and the looser naming they
 * allow ("Kanwil Bengkulu" for "Kanwil Kemenkumham Bengkulu"). The fact check reads names through
 * these rules so an editor who writes what every release writes is not told a fact has changed;
 * a different person, place or office is still a difference.
 */

// Long form -> the short form it is written as. Longest first, so "kepala kantor wilayah" wins
// over "kantor wilayah". Lower case; matched on whole words.
// prettier-ignore
const LONG_TO_SHORT: Array<[string, string]> = [
  ['kementerian hukum dan hak asasi manusia', 'kemenkumham'],
  ['kementerian hukum dan ham', 'kemenkumham'],
  ['kementerian imigrasi dan pemasyarakatan', 'kemenimipas'],
  ['direktorat jenderal pemasyarakatan', 'ditjenpas'],
  ['direktorat jenderal imigrasi', 'ditjenim'],
  ['kepala kantor wilayah', 'kakanwil'],
  ['kepala kantor imigrasi', 'kakanim'],
  ['kepala lembaga pemasyarakatan', 'kalapas'],
  ['kepala rumah tahanan negara', 'karutan'],
  ['kepala rumah tahanan', 'karutan'],
  ['kepala balai pemasyarakatan', 'kabapas'],
  ['kepala sub bagian', 'kasubbag'],
  ['kepala subbagian', 'kasubbag'],
  ['kepala sub seksi', 'kasubsi'],
  ['kepala subseksi', 'kasubsi'],
  ['kepala seksi', 'kasi'],
  ['kepala bidang', 'kabid'],
  ['kepala bagian', 'kabag'],
  ['kepala divisi', 'kadiv'],
  ['kepala lapas', 'kalapas'],
  ['kepala rutan', 'karutan'],
  ['kepala bapas', 'kabapas'],
  ['kepala kanim', 'kakanim'],
  ['kepala kanwil', 'kakanwil'],
  ['kantor wilayah', 'kanwil'],
  ['kantor imigrasi', 'kanim'],
  ['lembaga pemasyarakatan', 'lapas'],
  ['rumah tahanan negara', 'rutan'],
  ['rumah tahanan', 'rutan'],
  ['balai pemasyarakatan', 'bapas'],
  ['warga binaan pemasyarakatan', 'wbp'],
  ['unit pelaksana teknis', 'upt'],
];

// Words a short name may leave out between the words it keeps ("Kanwil [Kemenkumham] Bengkulu",
// "Kadiv Pemasyarakatan [Kanwil Kemenkumham Bengkulu,] Teguh Wibowo"): offices, ministries, class
// designations. A person's or place's name is never skipped, so "Kanwil Jambi" or "Teguh Santoso"
// stays a difference.
// prettier-ignore
const SKIPPABLE = new Set([
  'kemenkumham', 'kemenimipas', 'ditjenpas', 'ditjenim', 'kanwil', 'kanim', 'kelas', 'i', 'ii', 'iii',
  'iia', 'iib', 'iiia', 'iiib', 'ia', 'ib', 'tpi', 'non', 'pemasyarakatan', 'imigrasi', 'divisi',
  'republik', 'indonesia', 'ri', 'provinsi', 'prov', 'kota', 'kabupaten', 'kab', 'dan', 'ham', 'hukum',
  'negara', 'perempuan', 'anak', 'narkotika', 'khusus', 'terbuka', 'upt', 'jajaran',
]);

// An office word may carry its place along when skipped: "Kadiv Pemasyarakatan [Kanwil Kemenkumham
// Bengkulu,] Teguh Wibowo" leaves out the whole office, place included.
const OFFICES = new Set([
  'kemenkumham',
  'kemenimipas',
  'ditjenpas',
  'ditjenim',
  'kanwil',
  'kanim',
  'lapas',
  'rutan',
  'bapas',
]);

const MAX_SKIPPED = 8;

/** Lower-case words of `text` with long forms replaced by their short forms; a full stop ends a sentence. */
export function shortFormWords(text: string): string[] {
  let lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}.!?]+/gu, ' ')} `;
  lower = lower.replace(/([.!?])(?=\s)/g, ' $1');
  for (const [long, short] of LONG_TO_SHORT) lower = lower.split(` ${long} `).join(` ${short} `);
  return lower.split(' ').filter((w) => w.length > 0);
}

/**
 * True when the words of `name` (short forms applied) occur in `source` in order, inside one
 * sentence, with only office and ministry words left out between them. `sourceWords` comes from
 * `shortFormWords` of the release.
 */
export function isShortFormOf(name: string, sourceWords: readonly string[]): boolean {
  const words = shortFormWords(name).filter((w) => !/^[.!?]$/.test(w));
  if (words.length === 0) return false;
  for (let i = 0; i < sourceWords.length; i++) {
    if (sourceWords[i] !== words[0]) continue;
    if (matchesFrom(sourceWords, i + 1, words, 1)) return true;
  }
  return false;
}

function matchesFrom(source: readonly string[], at: number, words: string[], next: number): boolean {
  let skipped = 0;
  let i = at;
  for (let w = next; w < words.length; w++) {
    while (i < source.length && source[i] !== words[w]) {
      const carriedPlace = OFFICES.has(source[i - 1]) && i - 1 >= at && !/^[.!?]$/.test(source[i]);
      if (!(SKIPPABLE.has(source[i]) || OFFICES.has(source[i]) || carriedPlace)) return false;
      if (++skipped > MAX_SKIPPED) return false;
      i++;
    }
    if (i >= source.length) return false;
    i++;
  }
  return true;
}

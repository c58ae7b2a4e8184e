import { splitSentences } from './sentence-splitter';

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets that slice back to the text', () => {
    const input = 'Kegiatan dimulai pagi. Peserta hadir tepat waktu! Apakah acara selesai? Ya.';
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual([
      'Kegiatan dimulai pagi.',
      'Peserta hadir tepat waktu!',
      'Apakah acara selesai?',
      'Ya.',
    ]);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  describe('academic degrees after names', () => {
    it.each([
      ['S.H., M.H.', 'Kepala Rutan, Budi Santoso, S.H., M.H., membuka acara. Kegiatan berlangsung lancar.'],
      ['S.E.', 'Materi dibawakan oleh Rina, S.E., selaku narasumber. Peserta antusias.'],
      ['S.Pd.', 'Guru pendamping, Ani, S.Pd. dan rekan hadir. Acara ditutup siang.'],
      ['A.Md.', 'Petugas registrasi, Dedi, A.Md. mencatat kehadiran. Semua peserta terdaftar.'],
    ])('does not split inside or after %s when the sentence continues', (_degree, input) => {
      expect(texts(input)).toHaveLength(2);
    });

    it('ends the sentence after a degree when a new capitalised sentence follows', () => {
      expect(texts('Acara dibuka oleh Kakanwil, Dr. Budi, S.H., M.H. Kegiatan berlangsung lancar.')).toEqual([
        'Acara dibuka oleh Kakanwil, Dr. Budi, S.H., M.H.',
        'Kegiatan berlangsung lancar.',
      ]);
    });

    it('treats a run of degrees without commas as one name', () => {
      expect(texts('Hadir pula Andi S.H. M.H. dari Kanwil. Acara dimulai.')).toEqual([
        'Hadir pula Andi S.H. M.H. dari Kanwil.',
        'Acara dimulai.',
      ]);
    });
  });

  describe('titles before names', () => {
    it.each(['Dr.', 'Prof.', 'Ir.', 'Drs.', 'H.', 'Hj.'])('never splits after %s', (title) => {
      expect(texts(`Sambutan disampaikan oleh ${title} Ahmad Fauzi. Acara berjalan baik.`)).toEqual([
        `Sambutan disampaikan oleh ${title} Ahmad Fauzi.`,
        'Acara berjalan baik.',
      ]);
    });

    it('handles stacked titles and initials', () => {
      expect(texts('Hadir Prof. Dr. H. M. Yusuf dan Drs. Ir. Budi S. Hartono. Selesai.')).toHaveLength(2);
    });
  });

  describe('references and addresses', () => {
    it.each([
      ['No.', 'Sesuai surat No. 12 tahun ini, acara digelar. Semua hadir.'],
      ['Jl.', 'Lokasi di Jl. Sudirman Bengkulu. Semua hadir.'],
      ['Kab.', 'Peserta dari Kab. Seluma dan Kota Bengkulu. Semua hadir.'],
      ['Kec.', 'Peserta dari Kec. Selebar hadir. Semua senang.'],
      ['Kel.', 'Warga Kel. Pagar Dewa hadir. Semua senang.'],
      ['a.n.', 'Surat ditandatangani a.n. Kepala Kantor Wilayah. Semua hadir.'],
      ['Rp.', 'Bantuan senilai Rp. 1.250.000 diserahkan. Semua hadir.'],
    ])('does not split after %s', (_abbr, input) => {
      expect(texts(input)).toHaveLength(2);
    });
  });

  describe('enumerations (dll., dsb.)', () => {
    it('continues after dll. when the sentence goes on in lower case', () => {
      expect(texts('Peserta membawa alat tulis, buku, dll. yang diperlukan. Acara dimulai.')).toHaveLength(2);
    });

    it('ends the sentence after dsb. when a new sentence starts', () => {
      expect(texts('Bantuan berupa beras, minyak, dsb. Penyerahan dilakukan siang hari.')).toEqual([
        'Bantuan berupa beras, minyak, dsb.',
        'Penyerahan dilakukan siang hari.',
      ]);
    });
  });

  describe('acronyms without full stops', () => {
    it('keeps Kanwil, Kemenkumham and WBK/WBBM inside sentences and splits after them at a real end', () => {
      expect(
        texts('Kanwil Kemenkumham Bengkulu menuju predikat WBK/WBBM. Kemenkumham mendukung penuh.'),
      ).toEqual(['Kanwil Kemenkumham Bengkulu menuju predikat WBK/WBBM.', 'Kemenkumham mendukung penuh.']);
    });
  });

  describe('dates, times and numbers', () => {
    it('splits after a date in brackets, not inside it', () => {
      expect(texts('Rutan menggelar kegiatan, Selasa (15/10). Acara dihadiri pejabat.')).toEqual([
        'Rutan menggelar kegiatan, Selasa (15/10).',
        'Acara dihadiri pejabat.',
      ]);
    });

    it('never splits numbers with dots or commas, times or dotted dates', () => {
      const input =
        'Dana Rp 1.250.000 dan kenaikan 2,5 persen dibahas pukul 09.00 WIB pada 15.10.2024 lalu. Rapat selesai.';
      expect(texts(input)).toEqual([
        'Dana Rp 1.250.000 dan kenaikan 2,5 persen dibahas pukul 09.00 WIB pada 15.10.2024 lalu.',
        'Rapat selesai.',
      ]);
    });

    it('splits after a number that ends a sentence', () => {
      expect(texts('Jumlah peserta mencapai 25. Semua hadir.')).toHaveLength(2);
    });

    it('keeps a numbered list item marker with its item', () => {
      expect(texts('1. Pembukaan acara\n2. Sambutan')).toEqual(['1. Pembukaan acara', '2. Sambutan']);
    });
  });

  describe('quotations', () => {
    it('never splits inside curly quotes, and ends after the attribution', () => {
      const input = '“Kami siap. Kami bekerja keras. Terima kasih,” ujar Teguh. Acara ditutup.';
      expect(texts(input)).toEqual([
        '“Kami siap. Kami bekerja keras. Terima kasih,” ujar Teguh.',
        'Acara ditutup.',
      ]);
    });

    it('never splits inside straight quotes', () => {
      const input = 'Ia berkata, "Kami siap. Kami bekerja." Acara ditutup.';
      expect(texts(input)).toEqual(['Ia berkata, "Kami siap. Kami bekerja."', 'Acara ditutup.']);
    });

    it('ignores an unclosed quote so the rest of the paragraph still splits', () => {
      expect(texts('Ia berkata, “Kami siap. Acara ditutup. Semua pulang.')).toHaveLength(3);
    });
  });

  it('numbers paragraphs by blank lines', () => {
    const sentences = splitSentences('Satu. Dua.\n\nTiga.\nEmpat.');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Satu.', 0],
      ['Dua.', 0],
      ['Tiga.', 1],
      ['Empat.', 1],
    ]);
  });

  it('keeps a dateline with the first sentence and recognises ellipses', () => {
    expect(texts('BENGKULU - Rutan menggelar acara... Semua hadir.')).toEqual([
      'BENGKULU - Rutan menggelar acara...',
      'Semua hadir.',
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});

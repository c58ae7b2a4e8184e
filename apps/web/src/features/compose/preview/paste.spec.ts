import { pastedText } from './paste';

describe('pastedText', () => {
  it("keeps Word's paragraphs and joins the lines Word wraps inside one", () => {
    const html = `<html><head><style>p.MsoNormal{margin:0}</style></head><body>
      <p class=MsoNormal>BENGKULU - Rutan Kelas IIB Bengkulu menggelar
      kegiatan penguatan kehumasan.<o:p></o:p></p>
      <p class=MsoNormal><o:p>&nbsp;</o:p></p>
      <p class=MsoNormal>“Kegiatan ini penting,” ujar Teguh.<o:p></o:p></p></body></html>`;
    expect(pastedText(html, 'ignored')).toBe(
      'BENGKULU - Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kehumasan.\n\n“Kegiatan ini penting,” ujar Teguh.',
    );
  });

  it('makes each CRLF line of plain text a paragraph', () => {
    expect(pastedText('', 'Paragraf satu.\r\nParagraf dua.\r\n')).toBe('Paragraf satu.\n\nParagraf dua.');
  });

  it('keeps text already in paragraphs, collapsing extra blank lines', () => {
    expect(pastedText(null, 'Satu.\r\n\r\n\r\n\r\nDua,\r\nbaris kedua.')).toBe('Satu.\n\nDua,\nbaris kedua.');
  });
});

import { clampLines, escapeXml, estimateWidthEm, wrapText } from './svg-text';
import { buildTitleCardSvg, layoutTitle, textColourOn } from './title-card.svg';

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<b>"Rutan" & 'Lapas'</b>\u0007`)).toBe(
      '&lt;b&gt;&quot;Rutan&quot; &amp; &apos;Lapas&apos;&lt;/b&gt;',
    );
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('Rutan Bengkulu Gelar Penguatan Kapasitas Keprotokolan dan Kehumasan', 14);
    expect(lines.join(' ')).toBe('Rutan Bengkulu Gelar Penguatan Kapasitas Keprotokolan dan Kehumasan');
    for (const line of lines) expect(estimateWidthEm(line)).toBeLessThanOrEqual(14);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapText('A'.repeat(40), 10);
    expect(lines.join('')).toBe('A'.repeat(40));
    for (const line of lines) expect(estimateWidthEm(line)).toBeLessThanOrEqual(10);
  });

  it('clamps to a number of lines with an ellipsis', () => {
    expect(clampLines(['satu dua', 'tiga empat', 'lima enam'], 2, 20)).toEqual(['satu dua', 'tiga empat…']);
  });
});

describe('title card layout', () => {
  it('uses a smaller font for a longer title and never more lines than fit', () => {
    const short = layoutTitle('Rutan Bengkulu Gelar Bakti Sosial', 1080);
    const long = layoutTitle(
      'Bersama Jajaran UPT Pemasyarakatan, Rutan Bengkulu Gelar Penguatan Kapasitas Keprotokolan dan Kehumasan '.repeat(
        3,
      ),
      1080,
    );
    expect(short.fontSize).toBeGreaterThan(long.fontSize);
    expect(long.lines.length * long.fontSize * 1.22).toBeLessThanOrEqual(800);
    expect(long.lines[long.lines.length - 1].endsWith('…')).toBe(true);
  });

  it('picks readable ink for dark and light brand colours', () => {
    expect(textColourOn('#0B2E59')).toBe('#FFFFFF');
    expect(textColourOn('#F5D76E')).toBe('#111111');
    expect(textColourOn('#fff')).toBe('#111111');
  });

  it('escapes every text in the SVG and ignores unsafe colours', () => {
    const svg = buildTitleCardSvg({
      kind: 'title_card',
      width: 1080,
      height: 1350,
      unitName: 'Rutan <Kelas> IIB',
      title: 'Judul & "kutipan"</text><script>alert(1)</script>',
      dateLabel: 'Selasa, 15 Oktober 2024',
      brand: { primary: 'url(javascript:x)', secondary: '#C9A227' },
      altText: 'x',
    });
    expect(svg).not.toMatch(/<script|<\/text><scr/);
    expect(svg).toContain('&quot;kutipan&quot;&lt;/text&gt;');
    expect(svg).toContain('RUTAN &lt;KELAS&gt; IIB');
    expect(svg).toContain('fill="#0B2E59"');
    expect(svg).not.toContain('javascript');
  });
});

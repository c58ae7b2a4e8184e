import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting, keeps numbers plain, writes an unknown figure as —, and defuses formulas', () => {
    const out = toCsv(
      [
        { header: 'name', value: (r: { name: string; n: number | null }) => r.name },
        { header: 'n', value: (r) => r.n },
      ],
      [
        { name: 'Rutan "Kelas IIB", Bengkulu', n: -3 },
        { name: 'baris\nbaru', n: null },
        { name: '=1+1', n: 0.25 },
        { name: 'Lapas Perempuan', n: 7 },
      ],
    );
    expect(out).toBe(
      '\uFEFFname,n\r\n"Rutan ""Kelas IIB"", Bengkulu",-3\r\n"baris\nbaru",—\r\n\'=1+1,0.25\r\nLapas Perempuan,7\r\n',
    );
  });
});

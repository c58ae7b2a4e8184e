import { composeRelease } from '../compose-release';
import { rutanBengkuluInput } from '../__fixtures__/rutan-bengkulu.input';
import { readEventDate } from './event-date';

const Z = 'Asia/Jakarta';

describe('readEventDate', () => {
  it('reads the date the opening names, the year from the weekday or the release date', () => {
    const story = 'Rutan Kelas IIB Bengkulu menggelar kegiatan, Selasa (15/10). Acara dihadiri Kadiv.';
    // 15/10 was a Tuesday in 2024: that is the year, even for a release typed in December 2026.
    expect(readEventDate(story, '2026-12-05T10:00:00+07:00', Z)).toBe('2024-10-15');
    expect(readEventDate('Kegiatan digelar (3/2) di aula.', '2026-01-20', Z)).toBeNull();
    expect(readEventDate('Lapas menggelar donor darah pada 3 Februari lalu.', '2026-02-10', Z)).toBe(
      '2026-02-03',
    );
    expect(readEventDate('Kanim menggelar sosialisasi, Kamis (4/12/2025).', '2026-01-02', Z)).toBe(
      '2025-12-04',
    );
    expect(readEventDate('Tanpa tanggal apa pun.', '2026-01-02', Z)).toBeNull();
    expect(readEventDate('Acara, Senin (31/2).', '2026-03-01', Z)).toBeNull();
  });

  it('puts the event date, not the day the release was created, on the title card', () => {
    const input = {
      ...rutanBengkuluInput,
      release: { ...rutanBengkuluInput.release, publishedAt: '2026-12-05T03:00:00Z' },
      platforms: ['instagram' as const],
    };
    const card = composeRelease(input, 'id').variants[0].media[0];
    expect(card).toMatchObject({ kind: 'title_card', dateLabel: 'Selasa, 15 Oktober 2024' });
    const edited = composeRelease({ ...input, release: { ...input.release, eventDate: '2024-10-16' } }, 'id')
      .variants[0].media[0];
    expect(edited).toMatchObject({ dateLabel: 'Rabu, 16 Oktober 2024' });
  });
});

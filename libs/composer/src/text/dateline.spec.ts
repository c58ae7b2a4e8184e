import { detectDateline, stripDateline } from './dateline';

describe('detectDateline', () => {
  it.each([
    ['BENGKULU - Rutan Kelas IIB', 'BENGKULU', 'Rutan Kelas IIB'],
    ['BENGKULU, INFO_PAS - Rutan Kelas IIB', 'BENGKULU, INFO_PAS', 'Rutan Kelas IIB'],
    ['Bengkulu – Kegiatan ini', 'Bengkulu', 'Kegiatan ini'],
    ['JAKARTA (15/10) - Menteri', 'JAKARTA (15/10)', 'Menteri'],
    ['Bengkulu, 15 Oktober 2024 — Rutan', 'Bengkulu, 15 Oktober 2024', 'Rutan'],
    ['KOTA BENGKULU—Rutan', 'KOTA BENGKULU', 'Rutan'],
  ])('recognises %j', (body, dateline, story) => {
    expect(detectDateline(body)?.text).toBe(dateline);
    expect(stripDateline(body)).toBe(story);
  });

  it.each([
    'Rutan Kelas IIB Bengkulu menggelar kegiatan',
    'Covid-19 tidak menghalangi kegiatan',
    'Kepala Rutan Bengkulu - menyampaikan sambutan',
    'kegiatan - Rutan',
  ])('leaves %j alone', (body) => {
    expect(detectDateline(body)).toBeNull();
    expect(stripDateline(body)).toBe(body);
  });
});

import { formatDateLabel } from './date-label';

describe('formatDateLabel', () => {
  it('formats a calendar date in Indonesian or English', () => {
    expect(formatDateLabel('2024-10-15', 'Asia/Jakarta', 'id')).toBe('Selasa, 15 Oktober 2024');
    expect(formatDateLabel('2024-10-15', 'Asia/Jakarta', 'en')).toBe('Tuesday, 15 October 2024');
  });

  it('reads a timestamp in the node’s zone, not the process zone', () => {
    expect(formatDateLabel('2024-10-15T18:30:00Z', 'Asia/Jakarta', 'id')).toBe('Rabu, 16 Oktober 2024');
    expect(formatDateLabel('2024-10-15T18:30:00Z', 'Asia/Jayapura', 'id')).toBe('Rabu, 16 Oktober 2024');
    expect(formatDateLabel('2024-10-15T16:30:00Z', 'Asia/Jakarta', 'id')).toBe('Selasa, 15 Oktober 2024');
  });

  it('gives nothing for a missing or unreadable date', () => {
    expect(formatDateLabel(undefined, 'Asia/Jakarta', 'id')).toBeUndefined();
    expect(formatDateLabel('kemarin', 'Asia/Jakarta', 'id')).toBeUndefined();
  });
});

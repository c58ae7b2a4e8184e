import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../../../../test/render';
import type { PostState } from '../api/types';
import { item } from './calendar-item.fixture';
import { CalendarLegend } from './CalendarLegend';
import { GROUP_COLORS, LEGEND, monthEvents, STATE_GROUP, toEvent } from './calendar-events';

describe('calendar events', () => {
  it.each<[PostState, string]>([
    ['scheduled', '#1864ab'],
    ['queued', '#0b7285'],
    ['sending', '#0b7285'],
    ['published', '#2b6d36'],
    ['needs_review', '#ffd8a8'],
    ['unknown', '#ffd8a8'],
    ['failed', '#c92a2a'],
    ['cancelled', '#f1f3f5'],
  ])('a %s post is coloured %s and links to the post', (state, colour) => {
    const e = toEvent(item({ state }), { canSchedule: true });
    expect(e.backgroundColor).toBe(colour);
    expect(e.url).toBe('/posts/p-1');
    expect(e.start).toBe('2026-12-07T08:00:00.000+07:00');
  });

  it('only a SCHEDULED post can be dragged, and only by someone who may schedule', () => {
    expect(toEvent(item({ state: 'scheduled' }), { canSchedule: true }).startEditable).toBe(true);
    expect(toEvent(item({ state: 'queued' }), { canSchedule: true }).startEditable).toBe(false);
    expect(toEvent(item({ state: 'published' }), { canSchedule: true }).startEditable).toBe(false);
    expect(toEvent(item({ state: 'scheduled' }), { canSchedule: false }).startEditable).toBe(false);
    expect(toEvent(item(), { canSchedule: true }).durationEditable).toBe(false);
  });

  it('the legend names every colour in words, in the colour the events carry', () => {
    renderWithApp(<CalendarLegend />);
    const legend = screen.getByRole('list', { name: 'Arti warna' });
    const words = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(words).toEqual([
      'Terjadwal',
      'Sedang diproses',
      'Terbit',
      'Perlu perhatian',
      'Gagal',
      'Dibatalkan',
      'Draf',
    ]);
    for (const li of within(legend).getAllByRole('listitem')) {
      const group = li.getAttribute('data-group') as (typeof LEGEND)[number];
      expect(li).toHaveStyle({ background: GROUP_COLORS[group].background });
    }
    // Every state belongs to a group the legend explains.
    for (const group of Object.values(STATE_GROUP)) expect(LEGEND).toContain(group);
  });

  it('a busy day in the month view draws three posts and one "+N" for the rest, days counted in the unit\'s zone', () => {
    const busy = Array.from({ length: 7 }, (_, i) =>
      item({ id: `p-${i}`, at: `2026-12-07T0${i + 1}:00:00.000+07:00` }),
    );
    // 23:30 WIB on the 8th is 16:30 UTC: still the 8th for the unit.
    const late = item({ id: 'late', at: '2026-12-08T16:30:00.000Z' });
    const events = monthEvents([...busy, late], { canSchedule: true, zone: 'Asia/Jakarta' });
    expect(events.map((e) => e.id)).toEqual(['p-0', 'p-1', 'p-2', 'more:2026-12-07', 'late']);
    expect(events[3]).toMatchObject({ extendedProps: { more: 4, date: '2026-12-07' }, startEditable: false });
  });
});

import { mockApi } from '../../../../test/mock-api';
import type { CalendarItem } from '../api/types';
import { reschedulePost } from '../api/use-reschedule-post';
import { item } from '../components/calendar-item.fixture';
import { handleDrop, type DropDeps } from './drop-handler';

afterEach(() => jest.restoreAllMocks());

function drop(it: CalendarItem, newStart: string | null = '2026-12-08T10:15:00+07:00') {
  const revert = jest.fn();
  const notify = jest.fn();
  const deps: DropDeps = {
    reschedule: reschedulePost,
    notify,
    messages: {
      moved: (iso) => `Dipindah ke ${iso}`,
      failed: 'Gagal memindah',
      notDraggable: 'Hanya yang terjadwal',
    },
  };
  return { revert, notify, run: () => handleDrop({ item: it, newStart, revert }, deps) };
}

describe('dragging a post on the calendar', () => {
  it('reschedules at the new time with the version the calendar read, and keeps it there', async () => {
    const calls = mockApi({
      'POST /api/v1/posts/:id/schedule': [200, { id: 'p-1', state: 'scheduled', version: 4 }],
    });
    const d = drop(item({ version: 3 }));
    await expect(d.run()).resolves.toBe(true);
    expect(calls).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/posts/p-1/schedule',
        body: { mode: 'at', publishAt: '2026-12-08T10:15:00+07:00', version: 3 },
      }),
    ]);
    expect(d.revert).not.toHaveBeenCalled();
    expect(d.notify).toHaveBeenCalledWith('success', 'Dipindah ke 2026-12-08T10:15:00+07:00');
  });

  it.each([
    [409, 'POST_VERSION_CONFLICT', 'Postingan sudah diubah orang lain. Muat ulang lalu coba lagi.'],
    [403, 'FORBIDDEN', 'Anda tidak memiliki izin untuk menjadwalkan postingan ini.'],
    [422, 'RELEASE_NOT_APPROVED', 'Rilis belum disetujui.'],
  ])(
    'a %i answer puts the post back where it was and shows the api’s message',
    async (status, code, message) => {
      mockApi({
        'POST /api/v1/posts/:id/schedule': [status, { error: { code, message }, requestId: 'req-1' }],
      });
      const d = drop(item());
      await expect(d.run()).resolves.toBe(false);
      expect(d.revert).toHaveBeenCalledTimes(1);
      expect(d.notify).toHaveBeenCalledWith('error', message);
    },
  );

  it('a network failure puts it back too, with a plain message', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const d = drop(item());
    await d.run();
    expect(d.revert).toHaveBeenCalledTimes(1);
    expect(d.notify).toHaveBeenCalledWith('error', 'Gagal memindah');
  });

  it('a post that is no longer SCHEDULED is put back without asking the api', async () => {
    const calls = mockApi({});
    const d = drop(item({ state: 'queued' }));
    await d.run();
    expect(calls).toEqual([]);
    expect(d.revert).toHaveBeenCalledTimes(1);
    expect(d.notify).toHaveBeenCalledWith('error', 'Hanya yang terjadwal');
  });
});

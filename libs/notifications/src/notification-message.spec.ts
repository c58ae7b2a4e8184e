import { MESSAGES } from '@warta/core';
import { renderNotification } from './notification-message';

describe('renderNotification', () => {
  it('renders a failed post in Indonesian by default shape and in English, from kind, reason and params', () => {
    const n = {
      kind: 'post_failed' as const,
      reason: 'validation',
      params: {
        platform: 'x',
        handle: 'rutanbengkulu',
        releaseTitle: 'Bakti Sosial',
        error: 'Text too long',
      },
    };
    expect(renderNotification(n, 'id')).toEqual({
      title: 'Postingan gagal terbit',
      body:
        'Postingan X @rutanbengkulu gagal diterbitkan. Platform menolak isi postingan; perbaiki teks atau medianya lalu jadwalkan ulang. ' +
        'Rilis: "Bakti Sosial". Pesan dari platform: Text too long',
    });
    expect(renderNotification(n, 'en')).toEqual({
      title: 'A post failed to publish',
      body:
        'The X post @rutanbengkulu failed to publish. The platform refused the content; fix the text or media and schedule it again. ' +
        'Release: "Bakti Sosial". The platform said: Text too long',
    });
  });

  it('leaves no placeholder behind when params are missing, and names an unknown reason by its code', () => {
    const r = renderNotification({ kind: 'post_needs_review', reason: 'mystery_code', params: {} }, 'en');
    expect(r.body).toBe(
      'The post needs a person to check it before anything else happens. Reason: mystery_code.',
    );
    expect(r.body).not.toMatch(/[{}]/);
  });

  it('renders an account to reconnect (Facebook pages have no @)', () => {
    const r = renderNotification(
      {
        kind: 'account_needs_reconnect',
        reason: 'auth_revoked',
        params: { platform: 'facebook', handle: 'Rutan Bengkulu' },
      },
      'id',
    );
    expect(r.title).toBe('Akun perlu dihubungkan kembali');
    expect(r.body).toBe(
      'Akun Facebook Rutan Bengkulu tidak dapat dipakai lagi sampai dihubungkan kembali oleh admin. Akses ke akun dicabut atau kedaluwarsa; hubungkan kembali akunnya.',
    );
  });

  it('a follow-up failure says the post went out, not that it failed', () => {
    const r = renderNotification(
      {
        kind: 'post_failed',
        reason: 'follow_up_failed',
        params: { platform: 'x', handle: 'rutan', part: 'thread_part' },
      },
      'en',
    );
    expect(r).toEqual({
      title: 'Part of a post failed to publish',
      body: 'The X post @rutan went out, but not all of it. A thread part or its first comment could not be sent.',
    });
  });

  it('has advice in both languages for every reason the publishing engine and accounts report', () => {
    const reasons = [
      'too_late',
      'validation',
      'permission',
      'not_found',
      'duplicate',
      'transient',
      'unknown_outcome',
      'rate_limited',
      'quota',
      'auth_expired',
      'auth_revoked',
      'not_ready',
      'no_send_record',
      'ambiguous_match',
      'unreadable',
      'follow_up_failed',
      'unexpected',
    ];
    for (const reason of reasons) {
      expect([reason, MESSAGES[`notification.reason.${reason}`]]).toEqual([
        reason,
        { id: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) },
      ]);
      const en = renderNotification({ kind: 'post_failed', reason, params: {} }, 'en');
      expect(en.body).not.toContain('Reason:');
    }
  });
});

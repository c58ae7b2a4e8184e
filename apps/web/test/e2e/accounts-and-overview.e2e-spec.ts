import { startDemoStack, type DemoStack } from '@warta/testing';
import type { Browser, Page } from 'playwright-core';
import { checkScreen, launchChromium, newContext, signIn, type A11yFindings } from './browser';

jest.setTimeout(420_000);

const a11y: A11yFindings = {};
const DIRECTORATE = 'Direktorat Jenderal Pemasyarakatan';

/** The h1 of the screen the page is on. */
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * The screens around the editor's day, as their users meet them: an admin connects an X account
 * through the platform's own consent page (the sandbox's, in the demo), gives it posting times and
 * disconnects it; the editor finds their releases, their unit's accounts and their notifications; a
 * Kanwil supervisor sees the region's calendar and queue; and the app reads in English on request.
 */
describe('web app: accounts, releases, notifications, the Kanwil, English (browser)', () => {
  let stack: DemoStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startDemoStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('an admin connects X through the consent page, sets its posting times, then disconnects it', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, stack.url, 'admin@warta.local');
    await page.getByRole('link', { name: 'Akun media sosial' }).click();
    await heading(page).filter({ hasText: 'Akun media sosial' }).waitFor();

    // The OAuth round trip: Warta -> the platform's consent page -> back to the accounts screen.
    await page.getByRole('button', { name: `Hubungkan X untuk ${DIRECTORATE}` }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/oauth2/authorize'));
    await page.getByRole('button', { name: /@humas_kanwil/ }).click();
    await page.waitForURL(/\/accounts\?connected=x$/);
    const outcome = page.getByRole('status').filter({ hasText: 'Akun terhubung' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Akun X (Twitter) berhasil dihubungkan');
    await checkScreen(page, '11-akun-terhubung', a11y, { fullPage: false });

    // Posting times, in the unit's zone, for "the next free slot".
    await page.getByRole('button', { name: 'Ubah jam tayang X (Twitter) Humas Kanwil Demo' }).click();
    const slots = page.getByRole('dialog', { name: 'Jam tayang Humas Kanwil Demo' });
    await slots.waitFor();
    // A first time is offered; the browser's time field takes only real times.
    await expect(slots.getByLabel('Jam ke-1 (WIB)').inputValue()).resolves.toBe('08:00');
    await slots.getByRole('button', { name: 'Tambah jam' }).click();
    await slots.getByLabel('Jam ke-2 (WIB)').fill('15:30');
    await checkScreen(page, '12-jam-tayang', a11y, { fullPage: false });
    await slots.getByRole('button', { name: 'Simpan jam tayang' }).click();
    await slots.waitFor({ state: 'hidden' });
    await page.getByText('Jam tayang: 08.00, 15.30 WIB').waitFor();

    // Disconnect asks first, says what happens to scheduled posts, and can be cancelled.
    await page.getByRole('button', { name: 'Putuskan X (Twitter) Humas Kanwil Demo' }).click();
    const confirm = page.getByRole('dialog', { name: 'Putuskan X (Twitter) Humas Kanwil Demo?' });
    await confirm.getByText('Postingan yang belum terbit dari akun ini tidak akan dikirim').waitFor();
    await checkScreen(page, '13-putuskan-akun', a11y, { fullPage: false });
    await confirm.getByLabel('Alasan (tidak wajib)').fill('Uji: ganti admin akun');
    await confirm.getByRole('button', { name: 'Ya, putuskan' }).click();
    await page.getByText('Humas Kanwil Demo sudah diputus.').waitFor();
    // The card stays, marked disconnected, with nothing left to disconnect.
    await page.getByText('Terputus', { exact: true }).first().waitFor();
    await page
      .getByRole('button', { name: 'Putuskan X (Twitter) Humas Kanwil Demo' })
      .waitFor({ state: 'detached' });
    await ctx.close();
  });

  it("the editor finds their releases, their unit's accounts (read only) and their notifications", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, stack.url, 'editor.rutan@warta.local');

    await page.getByRole('link', { name: 'Rilis', exact: true }).click();
    await page.waitForURL(/\/releases$/);
    await heading(page).waitFor();
    await page.getByRole('link', { name: 'Tulis rilis' }).first().waitFor();
    await checkScreen(page, '14-daftar-rilis', a11y);

    await page.getByRole('link', { name: 'Akun media sosial' }).click();
    await heading(page).filter({ hasText: 'Akun media sosial' }).waitFor();
    await page.getByText('Anda dapat melihat kondisi akun.').waitFor();
    await page.getByText('@rutan_bengkulu').first().waitFor();
    // Another unit's accounts are not the editor's to see, and an editor connects nothing.
    expect(await page.getByText('@lapas_medan').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Hubungkan X/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Putuskan/ }).count()).toBe(0);
    await checkScreen(page, '15-akun-unit', a11y);

    await page.getByRole('link', { name: 'Notifikasi' }).click();
    await heading(page).filter({ hasText: 'Notifikasi' }).waitFor();
    await page
      .getByRole('radiogroup', { name: 'Tampilkan' })
      .or(page.getByText('Tampilkan'))
      .first()
      .waitFor();
    await checkScreen(page, '16-notifikasi', a11y);
    await ctx.close();
  });

  it("a Kanwil supervisor sees the region's calendar, its units named, and the approvals queue", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, stack.url, 'supervisor.bengkulu@warta.local');
    await page.getByRole('link', { name: 'Kalender' }).click();
    await heading(page).filter({ hasText: 'Kalender' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /postingan pada rentang ini|Tidak ada postingan/ })
      .waitFor();
    await page
      .getByRole('button', { name: 'Daftar' })
      .or(page.getByRole('button', { name: /list/i }))
      .first()
      .click();
    await page.waitForLoadState('networkidle');
    await checkScreen(page, '17-kalender-kanwil', a11y);

    await page.getByRole('link', { name: 'Persetujuan' }).click();
    await heading(page).filter({ hasText: 'Persetujuan' }).waitFor();
    await checkScreen(page, '18-persetujuan-kanwil', a11y, { screenshot: false });
    await ctx.close();
  });

  it('reads in English after the switch, on every screen of the menu, and remembers it', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, stack.url, 'editor.rutan@warta.local');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    const screens: [string, string][] = [
      ['Write a release', 'compose'],
      ['Releases', 'releases'],
      ['Calendar', 'calendar'],
      ['Posts', 'posts'],
      ['Social accounts', 'accounts'],
      ['Notifications', 'notifications'],
    ];
    for (const [link, name] of screens) {
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: link }).click();
      await page.waitForURL(new RegExp(`/${name}$`));
      await heading(page).waitFor();
      await checkScreen(page, `en-${name}`, a11y, { screenshot: false });
      // No Indonesian label left on an English screen.
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/\b(Memuat|Belum ada|Simpan|Hubungkan|Tulis rilis|Terjadwal|Jam tayang)\b/);
    }
    await page.reload();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await ctx.close();
  });

  it('no screen here has a serious or critical axe violation', () => {
    expect(a11y).toEqual({});
  });
});

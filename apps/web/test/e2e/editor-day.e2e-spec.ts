import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoStack, type DemoStack } from '@warta/testing';
import { DateTime } from 'luxon';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import {
  checkScreen as checkScreenIn,
  launchChromium,
  newContext,
  signIn,
  type A11yFindings,
} from './browser';

jest.setTimeout(420_000);

const SEED = JSON.parse(
  readFileSync(
    join(__dirname, '../../../../../shared/fixtures/releases/rutan-bengkulu-kehumasan.json'),
    'utf8',
  ),
) as { title: string; body: string };

/** Serious or critical axe violations per screen, asserted empty at the end of each journey. */
const a11y: A11yFindings = {};
const checkScreen = (page: Page, name: string) => checkScreenIn(page, name, a11y);

/**
 * The humas day of issue 17, in the browser, on the seed release: the Rutan editor pastes it, sees
 * three previews within limits, saves and submits; the approver approves from the queue; the editor
 * schedules it a minute or two ahead; the calendar shows the posts; they turn published with links
 * that open the sandbox feed; the cancelled one never goes out; the Medan editor sees none of it.
 */
describe('web app: an editor and an approver, one release (browser)', () => {
  let stack: DemoStack;
  let browser: Browser;
  const title = `${SEED.title} (uji ${Date.now().toString(36)})`;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startDemoStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('goes from a pasted release to published posts, approved and on the calendar', async () => {
    const editorCtx = await newContext(browser);
    await editorCtx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
    const editor = await editorCtx.newPage();
    await signIn(editor, stack.url, 'editor.rutan@warta.local');

    // Compose: paste the release as it comes from Word (paragraphs kept), three previews within limits.
    await editor.getByRole('textbox', { name: 'Judul rilis' }).fill(title);
    await editor.getByRole('textbox', { name: 'Isi rilis' }).click();
    await editor.evaluate((text) => navigator.clipboard.writeText(text), SEED.body);
    await editor.keyboard.press('Control+V');
    await expect(editor.getByRole('textbox', { name: 'Isi rilis' }).inputValue()).resolves.toContain(
      'BENGKULU',
    );
    const previews = editor.getByRole('region', { name: 'Pratinjau' });
    for (const platform of ['X (Twitter)', 'Facebook', 'Instagram']) {
      await previews
        .getByRole('heading', { name: new RegExp(`Pratinjau ${platform.replace(/[()]/g, '\\$&')}`) })
        .first()
        .waitFor();
    }
    await previews
      .getByRole('img', { name: /dari 280 karakter, sisa/ })
      .first()
      .waitFor();
    expect(await previews.getByRole('img', { name: /dari 280 karakter, lebih/ }).count()).toBe(0);
    await checkScreen(editor, '02-tulis-rilis');

    await editor.getByRole('button', { name: 'Simpan rilis' }).click();
    await editor.waitForURL(/\/releases\/[0-9a-f-]{36}$/);
    const releaseUrl = editor.url();
    await editor.getByRole('heading', { name: 'Draf per akun' }).waitFor();
    await checkScreen(editor, '03-rilis-dan-draf');
    await editor.getByRole('button', { name: 'Ajukan persetujuan' }).click();
    await editor.getByText('Menunggu keputusan penyetuju').first().waitFor();
    // An editor never sees approve buttons on their own work.
    expect(await editor.getByRole('button', { name: /^Setujui/ }).count()).toBe(0);

    // The approver: the queue, the release with its posts, approve.
    const approverCtx = await newContext(browser);
    const approver = await approverCtx.newPage();
    await signIn(approver, stack.url, 'approver.rutan@warta.local');
    await approver.getByRole('link', { name: 'Persetujuan' }).click();
    await approver.getByRole('heading', { name: 'Persetujuan' }).waitFor();
    await approver.getByText(title).first().waitFor();
    await checkScreen(approver, '04-antrean-persetujuan');
    await approver.getByRole('link', { name: `Tinjau rilis: ${title}` }).click();
    await approver.getByRole('heading', { name: 'Postingan yang akan terbit' }).waitFor();
    await checkScreen(approver, '05-tinjau-rilis');
    await approver
      .getByRole('button', { name: /^Setujui/ })
      .first()
      .click();
    const confirm = approver.getByRole('dialog');
    if (await confirm.count()) await confirm.getByRole('button', { name: /^Setujui|Ya/ }).click();
    await approver
      .getByText(/disetujui/i)
      .first()
      .waitFor();
    await approverCtx.close();

    // The editor schedules it a minute or two ahead, in the unit's zone (WIB).
    await editor.goto(releaseUrl);
    await editor.getByText('Rilis sudah disetujui dan dapat dijadwalkan.').waitFor();
    const at = DateTime.now().setZone('Asia/Jakarta').plus({ minutes: 2 }).startOf('minute');
    await editor.getByLabel('Pada tanggal dan jam tertentu').check();
    const date = editor.getByRole('textbox', { name: 'Tanggal' });
    await date.click();
    await date.fill(at.toFormat('dd/MM/yyyy'));
    await editor.keyboard.press('Escape');
    await editor.getByLabel(/^Jam \(WIB\)/).fill(at.toFormat('HH:mm'));
    await checkScreen(editor, '06-jadwalkan');
    await editor.getByRole('button', { name: 'Jadwalkan' }).click();
    await editor.getByText('3 postingan dijadwalkan.').first().waitFor();

    // Cancel the Facebook post before its minute: it must never reach the platform.
    await editor
      .getByRole('link', { name: /^Facebook/ })
      .first()
      .click();
    await editor.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    const cancelledUrl = editor.url();
    await editor.getByRole('button', { name: 'Batalkan postingan' }).click();
    await checkScreen(editor, '07-batalkan-postingan');
    await editor.getByRole('button', { name: 'Ya, batalkan' }).click();
    await editor.getByText('Dibatalkan').first().waitFor();

    // The calendar shows the release's posts, coloured by state.
    await editor.getByRole('link', { name: 'Kalender' }).click();
    await editor.locator('.fc').waitFor();
    await editor.getByText(title.slice(0, 30)).first().waitFor();
    await checkScreen(editor, '08-kalender');

    // They go out at their minute: the post list turns published, each with a link to the sandbox feed.
    await editor.getByRole('link', { name: 'Postingan' }).click();
    const until = at.plus({ minutes: 2 }).toMillis();
    let published = 0;
    while (Date.now() < until) {
      await editor.goto(`${stack.url}/posts`);
      await editor
        .getByRole('heading', { name: 'Postingan', exact: true })
        .waitFor()
        .catch(async (e) => {
          await editor.screenshot({ path: '/tmp/journey-fail.png' });
          throw e;
        });
      published = await editor
        .getByRole('row')
        .filter({ hasText: /Terbit/ })
        .filter({ hasText: title.slice(0, 20) })
        .count();
      if (published >= 2) break;
      await editor.waitForTimeout(3000);
    }
    await checkScreen(editor, '09-daftar-postingan');
    const xRow = editor
      .getByRole('row')
      .filter({ hasText: /Terbit/ })
      .filter({ hasText: title.slice(0, 20) })
      .filter({ hasText: '@rutan_bengkulu' })
      .first();
    await xRow.getByRole('link').first().click();
    await editor.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    const permalink = editor.getByRole('link', { name: /Lihat postingan di/ });
    for (let i = 0; i < 20 && !(await permalink.count()); i++) {
      await editor.waitForTimeout(3000);
      await editor.reload();
      await editor
        .getByRole('heading', { name: /^Postingan/ })
        .first()
        .waitFor();
    }
    await permalink.waitFor();
    await checkScreen(editor, '10-detail-postingan');
    const href = (await permalink.getAttribute('href'))!;
    expect((await fetch(href)).status).toBe(200);

    // The cancelled one never went out.
    await editor.goto(cancelledUrl);
    await editor.getByText('Dibatalkan').first().waitFor();
    expect(await editor.getByRole('link', { name: /Lihat postingan di/ }).count()).toBe(0);
    await editorCtx.close();

    // Another region's editor sees none of it: not in their posts, not by its address.
    const medanCtx = await newContext(browser);
    const medan = await medanCtx.newPage();
    await signIn(medan, stack.url, 'editor.medan@warta.local');
    await medan.goto(`${stack.url}/posts`);
    await medan.getByRole('heading', { name: 'Postingan' }).waitFor();
    await medan.waitForLoadState('networkidle');
    expect(await medan.getByText(title.slice(0, 20)).count()).toBe(0);
    await medan.goto(cancelledUrl);
    await medan.getByRole('alert').or(medan.getByText('Halaman tidak ditemukan')).first().waitFor();
    expect(await medan.getByText(title.slice(0, 20)).count()).toBe(0);
    await medanCtx.close();
    expect(a11y).toEqual({});
  });

  it('uploads a photo with its description, refuses a wrong file before upload, and the three previews show the photo', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, stack.url, 'editor.rutan@warta.local');
    await page
      .getByRole('textbox', { name: 'Judul rilis' })
      .fill(`Senam pagi bersama (uji foto ${Date.now().toString(36)})`);
    await page
      .getByRole('textbox', { name: 'Isi rilis' })
      .fill(
        'BENGKULU - Rutan Kelas IIB Bengkulu menggelar senam pagi bersama warga binaan, Jumat (4/12). Kegiatan diikuti 120 warga binaan dan petugas.',
      );
    const photo = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: { r: 30, g: 110, b: 60 } },
    })
      .png()
      .toBuffer();
    const input = page.locator('input[type=file]');
    // A text file is refused in the browser, with the reason, before anything is sent.
    await input.setInputFiles({
      name: 'catatan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('bukan gambar'),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'catatan.txt: jenis berkas ini tidak didukung' })
      .waitFor();
    await input.setInputFiles({ name: 'senam-pagi.png', mimeType: 'image/png', buffer: photo });
    const alt = page.getByRole('textbox', { name: 'Keterangan gambar 1' });
    await alt.waitFor();
    await alt.fill('Petugas dan warga binaan senam pagi di lapangan Rutan');
    const previews = page.getByRole('region', { name: 'Pratinjau' });
    await previews
      .getByRole('img', { name: 'Petugas dan warga binaan senam pagi di lapangan Rutan' })
      .first()
      .waitFor();
    // Drawn, not a broken image: the thumbnail and the X, Facebook and Instagram previews.
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll('img')].filter((i) => i.src.startsWith('blob:'));
      return imgs.length >= 4 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    });
    await checkScreen(page, '18-unggah-foto');
    await page.getByRole('button', { name: 'Simpan rilis' }).click();
    await page.waitForURL(/\/releases\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Draf per akun' }).waitFor();
    // The saved Instagram draft carries the uploaded photo and its description, not the title card.
    await page
      .getByRole('img', { name: 'Petugas dan warga binaan senam pagi di lapangan Rutan' })
      .first()
      .waitFor();
    await page.waitForFunction(
      (alt) =>
        [...document.querySelectorAll('img')].some((i) => i.alt === alt && i.complete && i.naturalWidth > 0),
      'Petugas dan warga binaan senam pagi di lapangan Rutan',
    );
    await ctx.close();
    expect(a11y).toEqual({});
  });

  it('composes and submits a release with the keyboard only', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, stack.url, 'editor.rutan@warta.local');
    await page.getByRole('textbox', { name: 'Judul rilis' }).focus();
    await page.keyboard.type('Rutan Bengkulu Gelar Senam Pagi Bersama Warga Binaan');
    await page.keyboard.press('Tab');
    // Tab until the body field has the focus (hints and helpers may sit between the fields).
    for (
      let i = 0;
      i < 5 &&
      !(await page
        .getByRole('textbox', { name: 'Isi rilis' })
        .evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(
      'BENGKULU - Rutan Kelas IIB Bengkulu menggelar senam pagi bersama warga binaan, Jumat (4/12). Kegiatan diikuti 120 warga binaan dan petugas.',
    );
    let saved = false;
    for (let i = 0; i < 40 && !saved; i++) {
      await page.keyboard.press('Tab');
      saved = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Simpan rilis');
    }
    expect(saved).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/releases\/[0-9a-f-]{36}$/);
    let submit = false;
    for (let i = 0; i < 60 && !submit; i++) {
      await page.keyboard.press('Tab');
      submit = await page.evaluate(
        () => document.activeElement?.textContent?.trim() === 'Ajukan persetujuan',
      );
    }
    expect(submit).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Menunggu keputusan penyetuju').first().waitFor();
    await ctx.close();
  });
});

import { startDemoStack, type DemoStack } from '@warta/testing';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext, screenshot, seriousA11yViolations, signIn } from './browser';

jest.setTimeout(240_000);

/** The web app as a humas editor first meets it: served by the api, sign-in, the shell, the language. */
describe('web app: sign-in and shell (browser)', () => {
  let stack: DemoStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startDemoStack(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('is served by the api at /, signs in, survives a reload and signs out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.url}/`);
    await page.getByRole('heading', { name: 'Masuk ke Warta' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '01-masuk');

    // A wrong password: the api's own message, in Indonesian, and no way in.
    await page.getByLabel('Email').fill('editor.rutan@warta.local');
    await page.getByLabel('Kata sandi').fill('salah-sandi');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah' }).waitFor();

    await signIn(page, stack.url, 'editor.rutan@warta.local');
    await page.getByText('Rutan Kelas IIB Bengkulu').first().waitFor();
    // An editor has no approvals menu.
    expect(await page.getByRole('link', { name: 'Persetujuan' }).count()).toBe(0);

    // A reload keeps the session (the refresh cookie renews it silently).
    await page.reload();
    await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();

    // A page address opened directly is served the app, not a 404.
    await page.goto(`${stack.url}/calendar`);
    await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();

    await page.getByRole('button', { name: 'Menu pengguna' }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke Warta' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Masuk ke Warta' }).waitFor();
    await context.close();
  });

  it('speaks English on request and remembers it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${stack.url}/`);
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in to Warta' }).waitFor();
    await page.getByLabel('Email').fill('nobody@warta.local');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The api answers in the language chosen in the app.
    await page
      .getByRole('alert')
      .filter({ hasText: /incorrect|wrong|invalid/i })
      .waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Warta' }).waitFor();
    await context.close();
  });

  it('lets a user with several roles pick the node they work on', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, stack.url, 'supervisor.bengkulu@warta.local');
    await page.getByText('Kanwil Ditjenpas Bengkulu').first().waitFor();
    expect(await page.getByRole('link', { name: 'Persetujuan' }).count()).toBe(1);
    await context.close();
  });
});

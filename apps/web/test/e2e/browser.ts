import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const SCREENS_DIR = join(__dirname, '../../../../docs/screens');
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

/** Debian's Chromium, headless, as the machine notes say it runs here (no network but loopback). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile in Indonesian, sized like a humas office laptop. */
export function newContext(browser: Browser, lang: 'id' | 'en' = 'id'): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: lang === 'id' ? 'id-ID' : 'en-GB',
    timezoneId: 'Asia/Jakarta',
  });
}

export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = 'warta-demo',
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now: the serious and critical violations (an empty list passes). */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
}

/** A screenshot for docs/screens (shown in the README); full page so a reviewer sees the whole screen. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  // From the top: a page scrolled by a focused field would draw the sticky header mid-picture.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage, animations: 'disabled' });
}

/** Serious or critical axe violations by screen name: assert it empty at the end of a journey. */
export type A11yFindings = Record<string, AxeViolation[]>;

/**
 * The screen as it is: axe (violations kept in `findings` under `name`), then its screenshot for
 * docs/screens (`opts.screenshot` false for a screen that is checked but not shown in the README;
 * `opts.fullPage` false for a dialog, which covers the window only).
 */
export async function checkScreen(
  page: Page,
  name: string,
  findings: A11yFindings,
  opts: { screenshot?: boolean; fullPage?: boolean } = {},
): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The pointer off whatever it last clicked: axe judges the screen at rest, not a hover state.
  await page.mouse.move(1360, 890);
  await page.waitForTimeout(250);
  const violations = await seriousA11yViolations(page);
  if (violations.length) findings[name] = violations;
  if (opts.screenshot !== false) await screenshot(page, name, opts.fullPage ?? true);
}

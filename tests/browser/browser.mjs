// Debian's Chromium driven by playwright-core (never a downloaded browser), and the demo
// served on 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { after, before } from 'node:test';

import { chromium } from 'playwright-core';

import { serve } from '../../demo/serve.mjs';
import { buildDir } from '../node/helpers.mjs';

export const demoDir = join(buildDir, 'demo');
export const screenshotDir = join(buildDir, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

/** Launches Chromium with a fresh profile in `profile` (a new directory); returns the context. */
export async function launch(profile, options = {}) {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
    ...options,
  });
}

/** Serves the built demo; resolves to { url, close }. */
export function serveDemo(opts = {}) {
  return serve({ root: demoDir, ...opts });
}

/** Records every request a page makes. */
export function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Replaces the demo's input with text, as a paste would, and waits for the result. */
export async function paste(page, text) {
  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Number of article cards the reader shows once its status settles. */
export async function articleCount(page) {
  await page.waitForFunction(() => {
    const r = document.getElementById('reader');
    return r?.getAttribute('aria-busy') === 'false' && /article/.test(r.shadowRoot.querySelector('.status').textContent);
  }, null, { timeout: 20000 });
  return page.evaluate(() => document.getElementById('reader').shadowRoot.querySelectorAll('article').length);
}

/**
 * Starts the demo server and Chromium before the file's tests and stops them after;
 * returns an object whose server and context are set once they run.
 */
export function useDemoBrowser() {
  const env = { server: null, context: null };
  const profile = mkdtempSync(join(tmpdir(), 'galley-chromium-'));
  before(async () => {
    env.server = await serveDemo();
    env.context = await launch(profile);
  });
  after(async () => {
    await env.context?.close();
    await env.server?.close();
    // (Once the browser has exited: it writes its profile until then.)
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  });
  return env;
}

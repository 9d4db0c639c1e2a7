// The CMS recipe in a real editor (TinyMCE from npm): paste scan text, insert an article.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { recordRequests, useDemoBrowser } from './browser.mjs';

const env = useDemoBrowser();

test('the CMS example inserts a clean article into the editor', async () => {
  const page = await env.context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${env.server.url}cms.html`);
  await page.waitForFunction(() => globalThis.tinymce?.activeEditor?.initialized, null, { timeout: 20000 });
  await page.getByRole('button', { name: 'Paste scan text' }).click();
  const scan = '秋季蔬菜喜获丰收\n\n本报记者 周明\n\n连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。\n\n<img src=x onerror="window.__xss=1">今年蔬菜亩产提高一成。\n';
  await page.fill('#scan-text', scan);
  const insert = page.locator('#insert-list button').first();
  await insert.waitFor({ timeout: 20000 });
  await insert.click();
  const html = await page.evaluate(() => globalThis.tinymce.activeEditor.getContent());
  assert.match(html, /<h2>秋季蔬菜喜获丰收<\/h2>/);
  assert.match(html, /<p>连日来，城郊多个蔬菜基地迎来采收高峰，菜农们忙着采摘白菜和萝卜。<\/p>/);
  assert.match(html, /&lt;img src=x onerror=/);   // pasted markup stays text
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  for (const url of requests) assert.ok(url.startsWith(env.server.url) || url.startsWith('data:') || url.startsWith('blob:'), `request left the page: ${url}`);
  await page.close();
});

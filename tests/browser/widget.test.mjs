// Real-browser test of the "get help now" widget as a partner embeds it: headless Chromium
// opens the partner page (its own origin), which loads widget.js from Haven, which adds
// the panel's iframe. Run through scripts/test-browser.sh, which starts both servers and sets
// HAVEN_URL, HOST_URL, SCREENSHOT_DIR (and CHROMIUM_PATH if not /usr/bin/chromium).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const HAVEN_URL = required('HAVEN_URL');
const HOST_URL = required('HOST_URL');
const SHOTS = process.env.SCREENSHOT_DIR || path.resolve('screenshots');
const HAVEN = new URL(HAVEN_URL).origin;
const ALLOWED_ORIGINS = new Set([HAVEN, new URL(HOST_URL).origin]);
const LINK_HREF = /^(tel:|sms:|mailto:|https?:)/;

let browser;
const requests = []; // every request any page or frame made, for the privacy check
const consoleErrors = [];
const consoleWarnings = []; // the embed script's messages to the partner's developer
const setCookies = []; // Set-Cookie headers seen (Chromium may drop third-party cookies silently)

function required(name) {
  if (!process.env[name]) throw new Error(`${name} is not set: run scripts/test-browser.sh`);
  return process.env[name];
}

async function waitFor(check, message, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) assert.fail(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function shot(target, name, options = {}) {
  const file = path.join(SHOTS, name);
  // Chromium paints a cross-origin iframe only once it is in view; scroll it there first
  // and give it a frame to paint, or the screenshot comes out blank.
  if (target.scrollIntoViewIfNeeded) {
    await target.scrollIntoViewIfNeeded();
    await target.page().waitForTimeout(150);
  }
  await target.screenshot({ path: file, ...options });
  console.log(`screenshot: ${file}`);
}

// Opens the partner page at a width and returns the two panels' frames once loaded and sized;
// the full-page screenshot is taken even when a panel is missing, to show what went wrong.
async function openPartnerPage(width) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  context.on('request', (request) => requests.push(request.url()));
  context.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie').catch(() => null);
    if (cookie) setCookies.push(`${response.url()} sets ${cookie}`);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(`${msg.text()} (${msg.location().url})`));
  page.on('console', (msg) => msg.type() === 'warning' && consoleWarnings.push(msg.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const response = await page.goto(HOST_URL, { waitUntil: 'load' });
  assert.equal(response.status(), 200, 'the partner page itself should load');
  const frames = {};
  try {
    for (const country of ['GB', 'EG', 'NZ']) {
      const iframe = page.locator(`iframe[data-haven-widget="${country}"]`);
      await iframe.waitFor({ state: 'attached' }).catch(() =>
        assert.fail(`widget.js added no <iframe data-haven-widget="${country}"> to the partner page`));
      const frame = await (await iframe.elementHandle()).contentFrame();
      await frame.waitForLoadState('load');
      await frame.getByTestId('haven-widget').waitFor().catch(async () =>
        assert.fail(`${country} frame (${frame.url()}) shows no [data-testid=haven-widget]: ${(await frame.content()).slice(0, 300)}`));
      // The iframe must grow to its content: a panel cut off at the bottom can hide a line.
      await waitFor(async () => (await iframe.evaluate((el) => el.clientHeight)) + 1 >=
        (await frame.evaluate(() => document.documentElement.scrollHeight)),
      `${country} iframe was not resized to its content (postMessage height)`);
      frames[country] = { iframe, frame };
    }
  } finally {
    // Chromium leaves cross-origin iframes below the fold blank in full-page screenshots,
    // so the viewport is made as tall as the page for this one picture.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await shot(page, `partner-page-${width}.png`, { fullPage: true });
    await page.setViewportSize({ width, height: 800 });
  }
  return { context, page, frames };
}

// Texts that a person reads, as rendered (innerText), from every element with a test id.
const texts = (frame, id) => frame.getByTestId(id).allInnerTexts();
const widths = (frame) => frame.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
const hrefs = (scope, id) => scope.getByTestId(id).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

// Every line needs a name, what it is for, whether it is open, and a way to reach it.
async function checkLines(frame, label) {
  const lines = frame.getByTestId('line');
  const count = await lines.count();
  for (let i = 0; i < count; i++) {
    const line = lines.nth(i);
    for (const part of ['line-name', 'line-description', 'open-status']) {
      const text = (await line.getByTestId(part).innerText()).trim();
      assert.ok(text, `${label} line ${i + 1}: ${part} is empty or missing`);
    }
    const channels = await hrefs(line, 'channel');
    assert.ok(channels.length >= 1, `${label} line ${i + 1} has no channel link to reach it`);
    for (const href of channels) assert.match(href, LINK_HREF, `${label} line ${i + 1}: channel href ${href}`);
  }
  return count;
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

let phone; // the partner page at 320 px (a small phone), shared by the tests below in order
const needPhone = () => phone ?? assert.fail('the partner page with both panels did not open (see the first failure)');

test('the partner page embeds both panels with the script tag alone (320 px)', async () => {
  // If the documented one-line embed does not work, partners ship pages with no help on them.
  phone = await openPartnerPage(320);
  for (const [country, { iframe }] of Object.entries(phone.frames)) {
    const placed = await iframe.evaluate((el) => {
      const box = getComputedStyle(el.parentElement);
      return { src: el.src, afterScript: el.previousElementSibling?.src?.endsWith('/widget.js') ?? false, width: el.clientWidth,
        room: el.parentElement.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight) };
    });
    const src = new URL(placed.src);
    assert.equal(src.origin + src.pathname, `${HAVEN}/widget`, `${country} iframe src ${placed.src}`);
    assert.equal(src.searchParams.get('country'), country, `${country} iframe src ${placed.src}`);
    assert.equal(src.searchParams.get('locale'), country === 'EG' ? 'ar' : 'en', `${country} iframe src ${placed.src}`);
    assert.ok(placed.afterScript, `${country} iframe should come right after its script tag, where the partner put it`);
    assert.ok(Math.abs(placed.width - placed.room) <= 1, `${country} iframe is ${placed.width} px in ${placed.room} px of room`);
  }
});

test('at 320 px the UK panel shows the emergency numbers and Samaritans in English', async () => {
  const { iframe, frame } = needPhone().frames.GB;
  await shot(iframe, 'widget-GB-en-320.png');
  // A person must see at once where they are and what this is.
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en', 'GB panel <html lang>');
  assert.equal(await frame.locator('html').getAttribute('dir'), 'ltr', 'GB panel <html dir>');
  assert.deepEqual(await texts(frame, 'title'), ['Get help now'], 'GB panel title');
  assert.equal(await iframe.getAttribute('title'), 'Get help now', 'screen readers announce the iframe by its title');
  assert.deepEqual(await texts(frame, 'country-name'), ['United Kingdom'], 'GB country name');
  // The emergency numbers come first and must dial: 999 and 112 in the UK.
  assert.ok(await frame.getByTestId('emergency').isVisible(), 'the emergency section should be visible');
  const emergency = await hrefs(frame.getByTestId('emergency'), 'emergency-number');
  assert.deepEqual(emergency.filter((h) => h === 'tel:999' || h === 'tel:112').sort(), ['tel:112', 'tel:999'],
    `emergency links should dial 999 and 112, got ${emergency}`);
  // The first line is the national crisis line; its number must be the right one.
  const names = await texts(frame, 'line-name');
  assert.equal(names[0], 'Samaritans', `first line should be Samaritans, got ${names}`);
  assert.ok((await hrefs(frame.getByTestId('line').first(), 'channel')).includes('tel:116123'), 'Samaritans dials 116 123');
  // A short list is easier to act on in distress: at most 3 lines before "more".
  const count = await checkLines(frame, 'GB');
  assert.ok(count >= 1 && count <= 3, `GB shows ${count} lines by default; expected 1 to 3`);
  // The UK has its own lines, so the international-fallback note would only mislead.
  assert.equal(await frame.getByTestId('fallback-note').count(), 0, 'GB should not show the fallback note');
  assert.ok((await texts(frame, 'disclaimer')).join('').trim(), 'the disclaimer should be shown');
});

test('at 320 px the Egypt panel is in Arabic, right to left, with a number to call', async () => {
  const { iframe, frame } = needPhone().frames.EG;
  await shot(iframe, 'widget-EG-ar-320.png');
  // Arabic must read right to left, and lang lets screen readers pick an Arabic voice.
  assert.equal(await frame.locator('html').getAttribute('lang'), 'ar', 'EG panel <html lang>');
  assert.equal(await frame.locator('html').getAttribute('dir'), 'rtl', 'EG panel <html dir>');
  const [title] = await texts(frame, 'title');
  assert.ok(title?.trim() && title.trim() !== 'Get help now', `EG title should be Arabic, got ${JSON.stringify(title)}`);
  assert.match(title, /[\u0600-\u06FF]/, 'EG title should be in Arabic script');
  await waitFor(async () => (await iframe.getAttribute('title')) === title.trim(),
    `the EG iframe's title should become the Arabic title, is ${await iframe.getAttribute('title')}`);
  assert.deepEqual(await texts(frame, 'country-name'), ['مصر'], 'EG country name, in Arabic');
  // Whatever else is missing, someone in Egypt must get a number they can dial now.
  const emergency = await hrefs(frame.getByTestId('emergency'), 'emergency-number');
  assert.ok(emergency.length >= 1 && emergency.every((h) => /^tel:\+?\d+$/.test(h)), `EG emergency links: ${emergency}`);
  const lines = await checkLines(frame, 'EG');
  const fallback = await frame.getByTestId('fallback-note').count();
  assert.ok(lines >= 1 || fallback === 1, 'EG should show at least one line or the fallback note');
  if (fallback) assert.ok((await texts(frame, 'fallback-note'))[0].trim(), 'the fallback note should have text');
  assert.ok((await texts(frame, 'disclaimer')).join('').trim(), 'the EG disclaimer should be shown');
});

// Hindi (Devanagari) and Japanese panels, opened as a plain iframe would: the text must be in
// the language's own script, with lang set, and the panel laid out at phone width.
for (const [country, locale, script, label] of [
  ['IN', 'hi', /[\u0900-\u097F]/, 'Devanagari'],
  ['JP', 'ja', /[\u3040-\u30FF\u4E00-\u9FFF]/, 'Japanese'],
]) {
  test(`at 320 px the ${country} panel renders in ${label} (locale ${locale})`, async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      const page = await context.newPage();
      // Opened top-level, the browser also asks for /favicon.ico (a 404 a frame never causes),
      // so this page's console is not part of the no-errors check below.
      const response = await page.goto(`${HAVEN_URL}/widget?country=${country}&locale=${locale}`, { waitUntil: 'load' });
      assert.equal(response.status(), 200, `${country} widget`);
      await page.getByTestId('haven-widget').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await shot(page, `widget-${country}-${locale}-320.png`, { fullPage: true });
      assert.equal(await page.locator('html').getAttribute('lang'), locale, `${country} <html lang>`);
      const [title] = await texts(page, 'title');
      assert.match(title, script, `${country} title in ${label}: ${JSON.stringify(title)}`);
      assert.match((await texts(page, 'disclaimer')).join(''), script, `${country} disclaimer in ${label}`);
      const emergency = await hrefs(page.getByTestId('emergency'), 'emergency-number');
      assert.ok(emergency.length >= 1 && emergency.every((h) => /^tel:\+?\d+$/.test(h)), `${country} emergency links: ${emergency}`);
      assert.ok((await checkLines(page, country)) >= 1, `${country} shows at least one line`);
      const [scroll, client] = await widths(page);
      assert.ok(scroll <= client, `${country} panel scrolls sideways (${scroll} > ${client})`);
    } finally {
      await context.close();
    }
  });
}

test('at 320 px neither panel nor the partner page scrolls sideways', async () => {
  // On a small phone, a number hidden past the right (or left, in Arabic) edge is a number not called.
  for (const [country, { frame }] of Object.entries(needPhone().frames)) {
    const [scroll, client] = await widths(frame);
    assert.ok(client > 200, `${country} frame is only ${client} px wide at 320 px`);
    assert.ok(scroll <= client, `${country} panel is ${scroll} px wide in a ${client} px frame`);
  }
  const [scroll, client] = await widths(phone.page);
  assert.ok(scroll <= client, `partner page is ${scroll} px wide in a ${client} px viewport`);
});

test('keyboard: Tab inside the UK panel reaches the links in order, with a visible focus ring', async () => {
  // Many people in crisis use a keyboard or switch device; they must see where focus is.
  const { frame } = needPhone().frames.GB;
  const links = await frame.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 3, `GB panel has only ${links.length} links`);
  await frame.getByTestId('title').click(); // put the caret in the panel, before its first link
  for (const [i, href] of links.entries()) {
    await phone.page.keyboard.press('Tab');
    const focused = await frame.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, href: el.getAttribute('href'), outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth), shadow: style.boxShadow };
    });
    assert.equal(focused.tag, 'A', `Tab ${i + 1} should focus a link, focused a ${focused.tag}`);
    assert.equal(focused.href, links[i], `Tab ${i + 1} should focus link ${i + 1} (${href})`);
    const ring = (focused.outline !== 'none' && focused.outlineWidth > 0) || focused.shadow !== 'none';
    assert.ok(ring, `focused link ${href} has no visible focus (outline ${focused.outline}, box-shadow ${focused.shadow})`);
    if (i === 0) await shot(phone.frames.GB.iframe, 'widget-GB-en-320-focus.png');
  }
});

test('"more lines" in the New Zealand panel shows more lines in the same frame', async () => {
  // If the first lines are closed or wrong for this person, the others must be one tap away.
  // New Zealand has three served lines, one more than the panel shows at first.
  const { iframe, frame } = needPhone().frames.NZ;
  const before = await frame.getByTestId('line').count();
  const more = frame.getByTestId('more-lines');
  assert.equal(await more.count(), 1, `NZ shows ${before} line(s) and no more-lines link`);
  const href = new URL(await more.getAttribute('href'), frame.url());
  assert.equal(href.searchParams.get('all'), 'true', `more-lines should add all=true: ${href}`);
  assert.ok([null, '', '_self'].includes(await more.getAttribute('target')), 'more-lines should open in the same frame');
  // Frames above may still be resizing to their content, so the tap goes to the link
  // itself rather than to where it was a moment ago.
  await iframe.scrollIntoViewIfNeeded();
  await Promise.all([
    frame.waitForURL((url) => url.searchParams.get('all') === 'true'),
    more.evaluate((link) => link.click()),
  ]);
  await frame.getByTestId('haven-widget').waitFor();
  assert.ok(phone.page.frames().includes(frame) && phone.context.pages().length === 1, 'more-lines left the frame');
  assert.equal(new URL(frame.url()).searchParams.get('all'), 'true', `frame now at ${frame.url()}`);
  const after = await checkLines(frame, 'NZ all');
  assert.ok(after > before, `after more-lines NZ shows ${after} lines, before ${before}`);
  await waitFor(async () => (await iframe.evaluate((el) => el.clientHeight)) + 1 >=
    (await frame.evaluate(() => document.documentElement.scrollHeight)), 'the iframe did not grow to show the new lines');
  await shot(iframe, 'widget-NZ-en-320-all-lines.png');
});

test('a partner who writes UK gets the GB panel, and one who leaves the country out still gets help', async () => {
  const { page } = needPhone();
  const uk = await (await page.locator('iframe[data-haven-widget="UK"]').elementHandle()).contentFrame();
  await uk.getByTestId('haven-widget').waitFor();
  assert.deepEqual(await texts(uk, 'country-name'), ['United Kingdom'], 'UK is an alias of GB');
  assert.ok((await hrefs(uk, 'channel')).includes('tel:116123'), 'the UK panel offers Samaritans');
  const missingFrame = page.locator('iframe[data-haven-widget=""]');
  const missing = await (await missingFrame.elementHandle()).contentFrame();
  await missing.getByTestId('haven-widget').waitFor();
  await shot(missingFrame, 'widget-missing-country-320.png');
  assert.ok((await texts(missing, 'local-emergency'))[0]?.trim(), 'the fallback panel says: call your local emergency number');
  assert.equal(await missing.getByTestId('fallback-note').count(), 1, 'and that these lines help from anywhere');
  assert.ok((await checkLines(missing, 'no country')) >= 1, 'with someone to talk to');
  await waitFor(async () => consoleWarnings.some((m) => m.startsWith('Haven widget: missing-parameter')),
    `the embed script tells the partner why: ${JSON.stringify(consoleWarnings)}`);
});

test('the frame shrinks back when the panel gets shorter (a phone rotating)', async () => {
  const { page, frames } = needPhone();
  const { iframe, frame } = frames.GB;
  const contentHeight = () => frame.evaluate(() =>
    Math.ceil(document.querySelector('main').getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).marginBottom)));
  const frameHeight = () => iframe.evaluate((el) => el.clientHeight);
  const narrow = await frameHeight();
  await page.setViewportSize({ width: 800, height: 800 });
  await waitFor(async () => (await contentHeight()) < narrow - 10, 'the panel reflows shorter when wider');
  await waitFor(async () => Math.abs((await frameHeight()) - (await contentHeight())) <= 2,
    'after widening, the frame should match the panel');
  const wide = await frameHeight();
  assert.ok(wide < narrow, `the frame shrank (${narrow} px at 320, ${wide} px at 800)`);
  await page.setViewportSize({ width: 320, height: 800 });
  await waitFor(async () => Math.abs((await frameHeight()) - (await contentHeight())) <= 2,
    'back at 320 px, the frame should grow to the panel again');
});

test('at 1024 px both panels render and fit', async () => {
  // Same panel on a desktop partner page: still readable, still no sideways scrolling.
  const desk = await openPartnerPage(1024);
  for (const [country, { frame }] of Object.entries(desk.frames)) {
    assert.ok((await texts(frame, 'title'))[0]?.trim(), `${country} title at 1024 px`);
    assert.ok(await frame.getByTestId('emergency-number').first().isVisible(), `${country} emergency number at 1024 px`);
    const [scroll, client] = await widths(frame);
    assert.ok(scroll <= client, `${country} panel is ${scroll} px wide in a ${client} px frame at 1024 px`);
  }
});

test('nothing was loaded from any other host, no cookies, no script errors', async () => {
  // A person looking for help must not be tracked: only Haven and the partner may be contacted.
  assert.ok(requests.some((url) => url.startsWith(`${HAVEN}/widget?`)), 'no request for the widget was seen');
  const foreign = requests.filter((url) => /^(https?|wss?):/.test(url) && !ALLOWED_ORIGINS.has(new URL(url).origin));
  assert.deepEqual(foreign, [], `requests to other hosts: ${foreign.join(', ')}`);
  const cookies = [];
  for (const context of browser.contexts()) cookies.push(...(await context.cookies()).map((c) => `${c.name} (${c.domain})`));
  assert.deepEqual(cookies, [], `cookies were set: ${cookies.join(', ')}`);
  assert.deepEqual(setCookies, [], `responses tried to set cookies: ${setCookies.join(', ')}`);
  assert.deepEqual(consoleErrors, [], `console errors (CSP violations, failed loads): ${consoleErrors.join('\n')}`);
});

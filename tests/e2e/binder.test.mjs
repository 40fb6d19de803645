// End-to-end: the printed binder (A4 and Letter) and working through it on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, printToPdf, printOverflow, decodeQr, OUT_DIR, ready } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const squash = (s) => s.replace(/\s+/g, '');

/** The sections on the page: id, title and numbered step titles. */
function binderSections(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-section-id]')].map((s) => ({
    id: s.dataset.sectionId,
    title: s.querySelector('.section-title').textContent.trim(),
    steps: [...s.querySelectorAll('.step')].map((st) => `${st.querySelector('.step-number').textContent} ${st.querySelector('.step-title').textContent.trim()}`),
  })));
}

/** What the DOM says the binder must contain, in document order. */
async function binderFacts(page) {
  return {
    ...await page.evaluate(() => ({
      fingerprint: document.querySelector('.fingerprint').textContent.trim(),
      commands: [...document.querySelectorAll('.cmd')].map((c) => c.textContent),
      hosts: [...new Set([...document.querySelectorAll('.host')].map((h) => h.textContent.trim()))],
    })),
    sections: await binderSections(page),
  };
}

for (const format of ['A4', 'Letter']) {
  test(`the 12-server example prints as a binder on ${format}`, async () => {
    const { context, page, problems } = await openPage(browser, '#example');
    await page.waitForSelector('[data-section-id="cms_back_end"]');
    assert.deepEqual(await printOverflow(page), [], 'nothing overflows the printable width');
    const facts = await binderFacts(page);
    const pdf = await printToPdf(page, `binder-${format}`, format);
    assert.ok(pdf.pages > facts.sections.length, `cover + one page per section at least (${pdf.pages} pages)`);

    // Running header and footer on every page.
    pdf.pageTexts.forEach((t, i) => {
      assert.ok(t.includes(`Plan ${facts.fingerprint}`), `fingerprint on page ${i + 1}`);
      assert.ok(t.includes('pool01.example.com'), `pool name on page ${i + 1}`);
      assert.match(t, new RegExp(`Page ${i + 1} of ${pdf.pages}`), `page number on page ${i + 1}`);
    });
    // Cover sheet first.
    assert.match(pdf.pageTexts[0], /Lync Server 2013 restore binder/);
    assert.match(pdf.pageTexts[0], /Incident number/);

    // Each section starts a page, and no step is split across pages.
    let pageIndex = 0;
    for (const section of facts.sections) {
      const start = pdf.pageTexts.findIndex((t, i) => i > pageIndex && t.includes(section.title.slice(0, 40)));
      assert.ok(start > pageIndex, `section "${section.title}" starts on a new page`);
      const before = pdf.pageTexts[start].split(section.title.slice(0, 40))[0];
      assert.ok(!/Start:/.test(before), `section "${section.title}" is the first thing on its page`);
      pageIndex = start;
      for (const step of section.steps) {
        const head = step.slice(0, 30);
        let p = pageIndex;
        while (p < pdf.pages && !pdf.pageTexts[p].includes(head)) p++;
        assert.ok(p < pdf.pages, `step "${step}" of ${section.id} printed`);
        const after = pdf.pageTexts[p].split(head)[1];
        assert.match(after, /Initials:/, `step "${step}" of ${section.id} ends on the page it starts on`);
        pageIndex = p;
      }
    }

    // Every command and every host name, unclipped.
    const all = squash(pdf.text);
    for (const cmd of facts.commands) assert.ok(all.includes(squash(cmd)), `command printed whole: ${cmd.slice(0, 60)}`);
    for (const host of facts.hosts) assert.ok(all.includes(squash(host)), `host printed whole: ${host}`);
    assert.ok(!pdf.text.includes('Print blank') && !pdf.text.includes('Add pasted servers'), 'no UI chrome');

    if (format === 'A4') {
      // The QR codes carry the documentation URLs.
      const decoded = decodeQr(pdf.path, 2, 7);
      assert.ok(decoded.includes('https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-preparing-to-restore-lync-server'), `decoded: ${decoded}`);
      assert.ok(decoded.includes('https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-restoring-the-server-hosting-the-central-management-store'), `decoded: ${decoded}`);
      assert.ok(decoded.every((u) => u.startsWith('https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-')));
    }
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  });
}

test('the first frame shows the top of the checklist; a print before the rest is in still prints all of it', async () => {
  const { context, page, problems } = await openPage(browser, '#example');
  const whole = await binderFacts(page);
  // Hold every animation frame, so the rest of the checklist (rendered after the first paint)
  // never comes on its own; then reload and print at once.
  await context.addInitScript(() => { window.requestAnimationFrame = () => 0; });
  await page.reload();
  await page.waitForSelector('.step');
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('.checklist', 'aria-busy'), 'true');
  assert.equal(await page.locator('.cover').count(), 0, 'the printed cover comes with the rest');
  const first = await binderSections(page);
  assert.ok(first.length >= 1 && first.length < whole.sections.length,
    `first frame: ${first.length} of ${whole.sections.length} sections`);
  assert.deepEqual(first, whole.sections.slice(0, first.length), 'the top of the same checklist');
  assert.ok(first.flatMap((x) => x.steps).length >= 6, 'about a screenful of steps');
  const pdf = await printToPdf(page, 'printed-at-once');
  assert.match(pdf.pageTexts[0], /Lync Server 2013 restore binder/, 'the cover sheet first');
  const printed = squash(pdf.text);
  for (const section of whole.sections) {
    assert.ok(printed.includes(squash(section.title)), `section "${section.title}" printed`);
    for (const step of section.steps) assert.ok(printed.includes(squash(step.replace(/^\d+\. /, ''))), `step "${step}" printed`);
  }
  assert.deepEqual(await binderFacts(page), whole, 'and the screen has it all after the print');
  assert.equal(await page.getAttribute('.checklist', 'aria-busy'), null);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('ticking steps: times, progress, kept across reload and edits, printed or not, reset asks', async () => {
  const { context, page, problems } = await openPage(browser, '#example');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  const overall = () => page.textContent('.overall-progress');
  const total = Number((await overall()).match(/of (\d+)/)[1]);
  assert.equal(await overall(), `0 of ${total} steps done`);

  // Keyboard only: Tab to the first tick box and press Space.
  await page.focus('#load-example').catch(() => {});
  let focusedTick = false;
  for (let i = 0; i < 400 && !focusedTick; i++) {
    await page.keyboard.press('Tab');
    focusedTick = await page.evaluate(() => document.activeElement?.classList.contains('tick-input'));
  }
  assert.ok(focusedTick, 'a tick box is reachable with Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Space');
  await page.check('#tick-cms_back_end\\/cms\\.confirm');
  assert.equal(await overall(), `2 of ${total} steps done`);
  assert.match(await page.textContent('[data-section-id="cms_back_end"] .section-progress'), /^1 of \d+ steps? done$/);
  assert.match(await page.textContent('[data-section-id="cms_back_end"] .tick-time'), /^ticked \d{4}-\d\d-\d\d \d\d:\d\d$/);

  await page.reload();
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await ready(page);
  assert.equal(await overall(), `2 of ${total} steps done`, 'progress survives a reload');
  assert.ok(await page.isChecked('#tick-cms_back_end\\/cms\\.confirm'));

  // Editing the pool keeps the ticks (stable step ids).
  await page.fill('#site', 'Paris-2');
  assert.equal(await overall(), `2 of ${total} steps done`);

  // Print with progress vs blank; the binder prints the time of printing (cover and footer).
  await page.evaluate(() => { window.print = () => { window.dispatchEvent(new Event('beforeprint')); window.__printedWith = document.documentElement.className; window.__printedCover = document.querySelector('.cover').textContent; }; });
  await page.clock.setFixedTime(new Date('2031-02-03T04:05:00'));
  await page.click('#print-blank');
  await page.waitForFunction(() => window.__printedWith !== undefined);
  assert.match(await page.evaluate(() => window.__printedWith), /print-blank/);
  assert.match(await page.evaluate(() => window.__printedCover), /2031-02-03 04:05/, 'the cover shows when it was printed');
  assert.match(await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n')), /2031-02-03 04:05/, 'so does the running footer');
  // A print the browser starts itself (Ctrl+P; print-to-PDF here) carries its time as well.
  await page.clock.setFixedTime(new Date('2031-02-03T06:07:00'));
  const started = await printToPdf(page, 'browser-started');
  assert.match(started.pageTexts[0], /2031-02-03 06:07/, 'the cover shows when it was printed');
  assert.ok(started.pageTexts.every((t) => t.includes('2031-02-03 06:07')), 'so does the footer of every page');
  await page.evaluate(() => { window.__printedWith = undefined; });
  await page.click('#print-progress');
  await page.waitForFunction(() => window.__printedWith !== undefined);
  assert.doesNotMatch(await page.evaluate(() => window.__printedWith), /print-blank/);
  assert.doesNotMatch(await page.evaluate(() => document.documentElement.className), /print-blank/);
  const withProgress = await printToPdf(page, 'with-progress');
  assert.match(withProgress.text, /ticked \d{4}-\d\d-\d\d \d\d:\d\d/);
  await page.evaluate(() => document.documentElement.classList.add('print-blank'));
  const blank = await printToPdf(page, 'blank');
  await page.evaluate(() => document.documentElement.classList.remove('print-blank'));
  assert.doesNotMatch(blank.text, /ticked \d{4}/);

  // Reset asks first: dismissed keeps the ticks, accepted clears them.
  problems.nextDialog = 'dismiss';
  await page.click('button:has-text("Reset progress")');
  assert.equal(await overall(), `2 of ${total} steps done`);
  problems.nextDialog = 'accept';
  await page.click('button:has-text("Reset progress")');
  assert.equal(await overall(), `0 of ${total} steps done`);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('copy to clipboard works, with the async API and with the http:// fallback', async () => {
  const { context, page } = await openPage(browser, '#example', { permissions: ['clipboard-read', 'clipboard-write'] });
  const first = page.locator('.cmd-block').first();
  const expected = await first.locator('.cmd').textContent();
  await first.locator('button.copy').click();
  await page.waitForFunction(() => document.querySelector('.cmd-block button.copy').textContent === 'Copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  await context.close();

  // No async Clipboard API (as on a plain http:// intranet host): execCommand fallback.
  const fallback = await openPage(browser, '#example');
  await fallback.page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    document.addEventListener('copy', (e) => { window.__copied = e.target.value; }, true);
  });
  await fallback.page.reload();
  await fallback.page.waitForSelector('.cmd-block');
  await ready(fallback.page);
  assert.equal(await fallback.page.evaluate(() => navigator.clipboard), undefined);
  await fallback.page.locator('.cmd-block button.copy').nth(1).click();
  const second = await fallback.page.locator('.cmd-block .cmd').nth(1).textContent();
  await fallback.page.waitForFunction(() => window.__copied !== undefined);
  assert.equal(await fallback.page.evaluate(() => window.__copied), second);
  assert.equal(await fallback.page.locator('.cmd-block button.copy').nth(1).textContent(), 'Copied');
  assert.equal(await fallback.page.locator('.copy-buffer').count(), 0, 'the helper text area is removed');
  await fallback.context.close();
});

test('the dark screen theme never reaches paper', async () => {
  const { context, page } = await openPage(browser, '#example', { colorScheme: 'dark' });
  await page.waitForSelector('.step');
  const screenBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(screenBg, 'rgb(13, 17, 23)', 'dark on screen');
  await page.screenshot({ path: join(OUT_DIR, 'dark.png') });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const printed = await page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
    cmdBg: getComputedStyle(document.querySelector('.cmd')).backgroundColor,
    ink: getComputedStyle(document.querySelector('.step-title')).color,
    cmd: getComputedStyle(document.querySelector('.cmd')).color,
  }));
  // Transparent everywhere over white paper, black ink: nothing of the dark theme is printed.
  const clear = 'rgba(0, 0, 0, 0)';
  assert.deepEqual(printed, { page: clear, body: clear, cmdBg: clear, ink: 'rgb(0, 0, 0)', cmd: 'rgb(0, 0, 0)' });
  await context.close();
});

test('the product version: chosen in the form, named on the cover, adapted steps said; a removed role refused', async () => {
  const { context, page, problems } = await openPage(browser, '#example');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await page.locator('.version-note').count(), 0, 'a Lync Server 2013 binder needs no note');
  await page.selectOption('#version', 'sfb2019');
  await page.waitForSelector('.version-note');
  assert.match(await page.textContent('.version-note'), /Microsoft publishes no restore procedure for Skype for Business Server 2019/);
  await ready(page);
  const pdf = await printToPdf(page, 'binder-sfb2019');
  const cover = pdf.pageTexts[0].replace(/\s+/g, ' ');
  assert.match(cover, /Skype for Business Server 2019 restore binder/);
  assert.match(cover, /Product version Skype for Business Server 2019/);
  assert.match(cover, /follows the Lync Server 2013 procedures, adapted/);
  // Persistent Chat does not exist in 2019: refused, said under the choice, nothing planned.
  await page.selectOption('#kind', 'persistent_chat');
  await page.waitForSelector('.field-error[role="alert"]');
  assert.match(await page.textContent('.field-error[role="alert"]'), /Skype for Business Server 2019 has no Persistent Chat/);
  assert.equal(await page.locator('[data-section-id]').count(), 0, 'no half-made binder');
  await page.selectOption('#version', 'sfb2015');
  await page.waitForSelector('[data-section-id="chat_store"]');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

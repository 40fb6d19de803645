// End-to-end: an edit repaints only what it changed. Renaming one member server of the example
// pool leaves every other server's section untouched in the page: the same DOM nodes, in the
// same order, and not one mutation inside them. The same watch, across a tick, sees exactly the
// ticked step's section change: it can tell a touched section from an untouched one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Starts watching every section: keeps its nodes and records each mutation inside it. */
function watch(page) {
  return page.evaluate(() => {
    const sections = [...document.querySelectorAll('.section')];
    const nodes = (section) => {
      const all = [section];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) all.push(walker.currentNode);
      return all;
    };
    const touched = new Set();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const section = (r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement)?.closest('.section');
        if (section) touched.add(section);
      }
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    window.__watch = { sections: sections.map((s) => ({ id: s.dataset.sectionId, element: s, nodes: nodes(s) })), touched, observer, nodes };
  });
}

/** What changed since [`watch`]: per section present before, whether its nodes are the very same
 * ones in the same order, and whether anything inside it was mutated. */
function changes(page) {
  return page.evaluate(() => {
    const { sections, touched, observer, nodes } = window.__watch;
    observer.takeRecords();
    observer.disconnect();
    return sections.map(({ id, element, nodes: before }) => {
      const after = nodes(element);
      const same = element.isConnected && after.length === before.length && after.every((n, i) => n === before[i]);
      return { id, same, touched: touched.has(element) };
    });
  });
}

test('renaming one member server repaints its own section and leaves the other servers\' sections untouched', async () => {
  const { context, page, problems } = await openPage(browser, '#example');
  const old = await page.inputValue('#servers-5');
  const renamed = old.replace(/^([^.]+)/, '$1x');
  const servers = await page.$$eval('.section[data-section-id^="server:"]', (s) => s.map((x) => x.dataset.sectionId));
  assert.ok(servers.length >= 10, `the example has its member servers' sections (${servers.length})`);
  assert.ok(servers.includes(`server:${old}`));

  await watch(page);
  await page.fill('#servers-5', renamed);
  await page.waitForSelector(`[data-section-id="server:${renamed}"]`);
  const after = await changes(page);
  const others = after.filter((s) => s.id.startsWith('server:') && s.id !== `server:${old}`);
  assert.equal(others.length, servers.length - 1);
  assert.deepEqual(others.filter((s) => !s.same || s.touched), [], 'the other servers\' sections are the same nodes, not mutated');
  const own = after.find((s) => s.id === `server:${old}`);
  assert.ok(own.touched, 'the renamed server\'s section was repainted (the watch sees mutations)');

  // The control: a tick in one server's section touches that section only.
  const target = others[0].id;
  await watch(page);
  await page.locator(`[data-section-id="${target}"] .tick-input`).first().check();
  await page.waitForSelector(`[data-section-id="${target}"] .step.is-ticked`);
  const ticked = await changes(page);
  assert.deepEqual(ticked.filter((s) => s.id.startsWith('server:') && (s.touched || !s.same)).map((s) => s.id), [target]);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

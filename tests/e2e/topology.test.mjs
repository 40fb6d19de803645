// End-to-end: import a real-shaped topology file, pick what failed, get and print the site plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, sectionIds, printToPdf, OUT_DIR, ready } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const fixtures = new URL('../fixtures/topology/', import.meta.url).pathname;

test('a Topology Builder file: pick the pool, get its plan, print it', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.click('summary:has-text("Import the topology")');
  await page.setInputFiles('#topology-file', join(fixtures, 'builder-sfb2015.tbxml'));
  await page.waitForSelector('.topology');
  assert.match(await page.textContent('.topo-summary'), /Skype for Business Server 2015 · Sites Seattle · 2 pools/);
  assert.match(await page.textContent('#topology-notice'), /Lync Server 2013 procedures/);
  assert.match(await page.textContent('#not-planned'), /ExternalServer — tap\.fabrikam\.com/);
  await page.click('#plan-topology');
  assert.match(await page.textContent('.topology'), /Tick at least one pool or server/);
  await page.check('#topo-pool-0');
  await page.click('#plan-topology');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await page.inputValue('#pool_fqdn'), 'lyncpool.fabrikam.com');
  assert.equal(await page.inputValue('#back_end-sql_fqdn'), 'lyncsql.fabrikam.com');
  assert.equal(await page.inputValue('#file_store'), '\\\\lyncfs.fabrikam.com\\share');
  assert.deepEqual((await sectionIds(page)).filter((s) => s.startsWith('server:')), ['server:lyncfe1.fabrikam.com', 'server:lyncfe2.fabrikam.com']);
  assert.equal(await page.locator('.saved-plan').count(), 1, 'imported plans are saved like typed ones');
  const pdf = await printToPdf(page, 'topology-tbxml');
  const squashed = pdf.text.replace(/\s+/g, '');
  assert.ok(squashed.includes('Install-CsDatabase-CentralManagementDatabase-Clean-SqlServerFqdn"lyncsql.fabrikam.com"-SqlInstanceName"rtc"'));
  assert.match(pdf.text, /Front End Server lyncfe2\.fabrikam\.com/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a UTF-16 published topology: several failed pools in site order, each editable', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.click('summary:has-text("Import the topology")');
  await page.setInputFiles('#topology-file', join(fixtures, 'published-two-sites.utf16le.xml'));
  await page.waitForSelector('.topology');
  assert.match(await page.textContent('.topo-summary'), /Lync Server 2013 · Sites Paris, Lyon · 6 pools/);
  assert.match(await page.textContent('#not-planned'), /WacService — wac01\.contoso\.com/);
  assert.match(await page.textContent('#not-planned'), /PstnGateway — gw01\.contoso\.com/);
  await page.check('#topo-pool-3');                      // the Edge pool, whole
  await page.check('#topo-server-0-fe02-contoso-com');   // one Front End Server
  await page.check('#topo-pool-5');                      // the SE server hosting the CMS
  await page.click('#plan-topology');
  await page.waitForSelector('.site-pools');
  const order = await page.$$eval('.site-pool .host strong', (els) => els.map((e) => e.textContent));
  assert.deepEqual(order, ['1. se01.contoso.com', '2. pool01.contoso.com', '3. edgepool.contoso.com']);
  const notes = await page.$$eval('.pool-note', (els) => els.map((e) => e.textContent));
  assert.match(notes[0], /^1\. se01\.contoso\.com — hosts the Central Management store/);
  const ids = await sectionIds(page);
  assert.ok(ids.indexOf('se01.contoso.com/server:se01.contoso.com') < ids.indexOf('pool01.contoso.com/server:fe02.contoso.com'));
  assert.ok(ids.indexOf('pool01.contoso.com/server:fe02.contoso.com') < ids.indexOf('edgepool.contoso.com/server:edge01.contoso.com'));
  assert.ok(!ids.includes('pool01.contoso.com/server:fe01.contoso.com'));
  // Edit another pool of the site plan.
  await page.click('.site-pool button[aria-label="Edit edgepool.contoso.com"]');
  assert.equal(await page.inputValue('#pool_fqdn'), 'edgepool.contoso.com');
  await page.fill('#site', 'Paris DMZ');
  await page.reload();
  await page.waitForSelector('.site-pools');
  await ready(page);
  assert.equal(await page.inputValue('#site'), 'Paris DMZ', 'the site plan is saved like any plan');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('wrong and hostile files get a clear message', async () => {
  const { context, page } = await openPage(browser);
  await page.click('summary:has-text("Import the topology")');
  const cases = [
    ['config.zip', Buffer.from('PK\x03\x04\x14\x00\x00\x00rest', 'binary'), /ZIP file, most likely an Export-CsConfiguration backup/],
    ['bomb.xml', '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&b;</Topology>', /contains a DTD/],
    ['page.html', '<html><body>hello</body></html>', /not a Lync topology \(its root element is <html>\)/],
    ['cut.xml', '<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><Sites><CentralSite', /not well formed at line 1, column \d+/],
  ];
  for (const [name, content, message] of cases) {
    const path = join(OUT_DIR, name);
    writeFileSync(path, content);
    await page.setInputFiles('#topology-file', path);
    // The worker answers asynchronously: wait for this file's message, not the previous one.
    await page.locator('#topology-error', { hasText: message }).waitFor();
    assert.match(await page.textContent('#topology-error'), message, name);
  }
  // The reader runs in a worker fetched on the first import: if it cannot load, the user is told
  // next to the field and can type the pool in.
  await context.route('**/import-worker-*.js', (route) => route.abort());
  await page.setInputFiles('#topology-file', join(fixtures, 'builder-sfb2015.tbxml'));
  await page.locator('#topology-error', { hasText: /topology reader could not start/ }).waitFor();
  await context.close();
});

test('a large topology lists each pool\'s servers on request, and single servers can still be ticked', async () => {
  const pools = Array.from({ length: 25 }, (_, i) => i + 1);
  const clusters = pools.map((n) => `<Cluster Fqdn="pool${n}.example.com" RequiresReplication="true" RequiresSetup="true"><ClusterId SiteId="1" Number="${n}" />${[0, 1, 2].map((m) => `<Machine OrdinalInCluster="${m + 1}" Fqdn="fe${n}-${m}.example.com"><NetInterface InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" /></Machine>`).join('')}</Cluster>`).join('');
  const services = pools.map((n) => `<Service RoleVersion="1" ServiceVersion="6"><ServiceId SiteId="1" RoleName="UserServices" Instance="${n}" /><InstalledOn><ClusterId SiteId="1" Number="${n}" /></InstalledOn><Ports /></Service>`).join('');
  const path = join(OUT_DIR, 'large-topology.xml');
  writeFileSync(path, `<?xml version="1.0" encoding="utf-8"?><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><Sites><CentralSite SiteId="1"><Name>Big</Name></CentralSite></Sites><Clusters>${clusters}</Clusters><SqlInstances /><Services>${services}</Services></Topology>`);
  const { context, page, problems } = await openPage(browser);
  await page.click('summary:has-text("Import the topology")');
  await page.setInputFiles('#topology-file', path);
  await page.waitForSelector('.topology');
  assert.match(await page.textContent('.topo-summary'), /25 pools/);
  assert.equal(await page.locator('.topo-servers').count(), 0, 'no server list until asked for');
  assert.equal(await page.locator('.topo-show').count(), 25);
  await page.click('#topo-show-3');
  assert.equal(await page.locator('.topo-servers .check').count(), 3);
  await page.check('#topo-server-3-fe4-1-example-com');
  await page.click('#plan-topology');
  await page.waitForSelector('[data-section-id="server:fe4-1.example.com"]');
  assert.equal(await page.inputValue('#pool_fqdn'), 'pool4.example.com');
  assert.deepEqual((await sectionIds(page)).filter((s) => s.startsWith('server:')), ['server:fe4-1.example.com']);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

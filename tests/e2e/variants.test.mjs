// End-to-end: the richer restore variants through the form (issue: the restore engine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, sectionIds, typePool, commands, printToPdf, OUT_DIR } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a CMS-hosting pool with a mirrored Back End, RGS, archiving, file store and a paired pool', async () => {
  const { context, page, problems } = await openPage(browser);
  // The rarely used steps' English (src/content/on_demand.toml) is fetched once, when a binder
  // first needs it: not for the everyday pool below, at the failover.
  const onDemand = [];
  page.on('request', (r) => { if (/\/en-on-demand-[0-9a-f]+\.txt$/.test(r.url())) onDemand.push(r.url()); });
  await typePool(page, 'pool-cms.contoso.com', 'fe1.contoso.com fe2.contoso.com fe3.contoso.com', 'sqla.contoso.com');
  await page.check('#mirrored');
  await page.fill('#back_end-mirror_fqdn', 'sqlb.contoso.com');
  await page.fill('#back_end-mirror_instance', 'rtc');
  await page.click('summary:has-text("Pool options")');
  await page.check('#hosts-cms');
  await page.check('#response-group');
  await page.selectOption('#archiving', 'collocated');
  await page.fill('#file_store', '\\\\fs1.contoso.com\\LyncShare');
  // The whole pool does not take its file server with it: say it was lost too.
  await page.check('#failed-file-store');
  await page.fill('#backup_pool', 'pool-dr.contoso.com');
  await page.click('summary:has-text("Backup files")');
  await page.fill('#backup-location', '\\\\bk.contoso.com\\LyncBackup');

  assert.deepEqual(await sectionIds(page), ['prepare', 'cms_back_end', 'file_store', 'server:fe1.contoso.com',
    'server:fe2.contoso.com', 'server:fe3.contoso.com', 'data', 'verify']);
  const cmd = await commands(page);
  assert.match(cmd, /Install-CsDatabase -CentralManagementDatabase -Clean -SqlServerFqdn "sqla\.contoso\.com" -SqlInstanceName "rtc" -Verbose/);
  // The store imports the replica a server of another pool exported (it ran until the failure).
  assert.match(cmd, /Import-CsConfiguration -FileName "C:\\LyncRestore\\Replica-Config\.zip"/);
  assert.match(cmd, /robocopy "\\\\bk\.contoso\.com\\LyncBackup\\filestore" "\\\\fs1\.contoso\.com\\LyncShare" \/E/);
  assert.match(cmd, /Import-CsRgsConfiguration -Destination "service:ApplicationServer:pool-cms\.contoso\.com" -OverwriteOwner/);
  assert.match(cmd, /Import-CsLisConfiguration -FileName "C:\\LyncRestore\\E911Config\.zip"/);
  assert.doesNotMatch(cmd, /Invoke-CsPoolFailover/, 'a restore in place fails nothing over');
  assert.match(await page.textContent('[data-section-id="prepare"]'), /restores pool-cms\.contoso\.com without failing over to pool-dr\.contoso\.com/);
  assert.match(cmd, /Reset-CsPoolRegistrarState -PoolFqdn "pool-cms\.contoso\.com" -ResetType QuorumLossRecovery/);
  assert.match(await page.textContent('[data-section-id="verify"]'), /Cold-start the pool: start all 3 Front End Servers together \(quorum: 3 servers\)/);
  assert.equal(await page.locator('.missing').count(), 0);
  await page.screenshot({ path: join(OUT_DIR, 'cms-pool.png'), fullPage: true });
  const pdf = await printToPdf(page, 'cms-pool');
  assert.match(pdf.text, /Back End Server sqla\.contoso\.com \(hosts the Central Management store\)/);

  assert.deepEqual(onDemand, [], 'an everyday binder needs no text fetched');
  // Failing over first: the store goes to the backup pool's Back End, the Back End is restored
  // with the plain procedure, the users come back at the end.
  await page.check('#fail-over');
  await page.fill('#backup_sql_fqdn', 'sqldr.contoso.com');
  await page.fill('#backup_sql_instance', 'MSSQLSERVER');
  await page.fill('#edge_pool', 'edge.contoso.com');
  assert.deepEqual(await sectionIds(page), ['prepare', 'failover', 'back_end', 'file_store', 'server:fe1.contoso.com',
    'server:fe2.contoso.com', 'server:fe3.contoso.com', 'data', 'verify']);
  assert.equal(onDemand.length, 1, 'the failover steps\' English, fetched once');
  assert.match(await page.textContent('[data-section-id="failover"]'), /Fail the users of pool-cms\.contoso\.com over to pool-dr\.contoso\.com/);
  const failover = await commands(page);
  assert.match(failover, /Invoke-CsManagementServerFailover -BackupSqlServerFqdn "sqldr\.contoso\.com" -Force/);
  assert.match(failover, /Set-CsEdgeServer -Identity "EdgeServer:edge\.contoso\.com" -Registrar "Registrar:pool-dr\.contoso\.com"/);
  assert.match(failover, /Invoke-CsPoolFailover -PoolFqdn "pool-cms\.contoso\.com" -DisasterMode -Verbose/);
  assert.match(failover, /Invoke-CsPoolFailBack -PoolFqdn "pool-cms\.contoso\.com" -Verbose|Invoke-CsPoolFailback -PoolFqdn "pool-cms\.contoso\.com" -Verbose/);
  assert.doesNotMatch(failover, /-CentralManagementDatabase/);
  assert.equal(await page.locator('.missing').count(), 0);
  await page.screenshot({ path: join(OUT_DIR, 'failover.png'), fullPage: true });
  await printToPdf(page, 'failover');
  await page.uncheck('#fail-over');
  await page.uncheck('#failed-file-store');

  // Only the primary lost, nothing else: the mirror survives, CMS procedure restores both from it.
  await page.selectOption('#mirror-lost', 'primary');
  await page.check('#failure-selected');
  await page.check('#failed-back-end');
  assert.deepEqual(await sectionIds(page), ['prepare', 'cms_back_end', 'data', 'verify']);
  assert.match(await page.textContent('[data-section-id="cms_back_end"]'), /Export the live data from the surviving mirror sqlb\.contoso\.com/);
  assert.match(await commands(page), /Copy-Item -Path "\\\\bk\.contoso\.com\\LyncBackup\\MirrorExport\\Config\.zip"/);

  // One Front End Server only.
  await page.uncheck('#failed-back-end');
  await page.check('#failed-fe2-contoso-com');
  assert.deepEqual(await sectionIds(page), ['prepare', 'server:fe2.contoso.com', 'verify']);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.offOrigin, []);
  await context.close();
});

test('without the rarely used steps\' English (blocked, offline) a binder that needs it is not shown, printed or exported, and the plan is kept', async () => {
  const { context, page } = await openPage(browser);
  await context.route(/\/en-on-demand-[0-9a-f]+\.txt$/, (route) => route.abort());
  await typePool(page, 'pool-cms.contoso.com', 'fe1.contoso.com fe2.contoso.com fe3.contoso.com', 'sqla.contoso.com');
  assert.ok(await page.isEnabled('#print-progress'), 'an everyday binder prints');
  await page.click('summary:has-text("Pool options")');
  await page.fill('#backup_pool', 'pool-dr.contoso.com');
  await page.check('#fail-over');
  await page.waitForSelector('#steps-unavailable');
  assert.match(await page.textContent('#steps-unavailable'), /could not be loaded/);
  assert.equal(await page.$('[data-section-id="failover"]'), null);
  assert.ok(!(await page.isEnabled('#print-progress')) && !(await page.isEnabled('#print-blank')));
  assert.ok(!(await page.isEnabled('#export-markdown')) && !(await page.isEnabled('#export-html')));
  assert.equal(await page.inputValue('#pool_fqdn'), 'pool-cms.contoso.com');
  // Back to a binder that needs nothing fetched: it shows and prints again.
  await page.uncheck('#fail-over');
  await page.waitForSelector('[data-section-id="verify"]');
  assert.ok(await page.isEnabled('#print-progress'));
  await context.close();
});

test('an Edge pool imports its configuration from a file', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.selectOption('#kind', 'edge');
  await typePool(page, 'edgepool.contoso.com', 'edge1.contoso.com,edge2.contoso.com');
  assert.deepEqual(await sectionIds(page), ['prepare', 'edge_export', 'server:edge1.contoso.com', 'server:edge2.contoso.com', 'verify']);
  const text = await page.textContent('[data-section-id="server:edge1.contoso.com"]');
  assert.match(text, /Import from a file \(Recommended for Edge Servers\)/);
  assert.match(await commands(page), /Import-CsConfiguration -FileName "C:\\LyncRestore\\EdgeConfiguration\.zip" -LocalStore/);
  assert.equal(await page.locator('#back_end-sql_fqdn').count(), 0, 'no Back End fields for an Edge pool');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

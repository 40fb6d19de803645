// A/B of the first paint: loads two served builds alternately (fresh context each time, N loads
// each) and prints the median time to the checklist's first contentful paint, to the whole
// checklist painted, and to a 2 MB topology's pools listed. Run through tests/tools/ab.sh. A_URL, B_URL; N=20; LOCALE=fr-FR for a French
// browser; RTT (ms) and BPS (bit/s) throttle the network through the DevTools protocol.
import { launch } from '../harness.mjs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordPaints } from './paints.mjs';
import { bigTopology, importTime } from './topology.mjs';

const N = Number(process.env.N ?? 20);
const builds = { A: process.env.A_URL, B: process.env.B_URL };
const browser = await launch();
const times = { A: { first: [], whole: [], import: [] }, B: { first: [], whole: [], import: [] } };
const topology = join(tmpdir(), 'ab-big-topology.xml');
writeFileSync(topology, bigTopology());
for (let i = 0; i < N; i++) {
  for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
    const context = await browser.newContext(process.env.LOCALE ? { locale: process.env.LOCALE } : {});
    await context.addInitScript(recordPaints);
    const page = await context.newPage();
    if (process.env.RTT) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const bytes = Number(process.env.BPS ?? 10_000_000) / 8;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: Number(process.env.RTT), downloadThroughput: bytes, uploadThroughput: bytes });
    }
    await page.goto(`${builds[name]}#example`);
    await page.waitForFunction(() => window.__paints.whole !== undefined && window.__paints.first !== undefined);
    const p = await page.evaluate(() => window.__paints);
    if (!(p.stepAt <= p.first)) throw new Error(`${name}: first paint at ${p.first} ms came before the first step (${p.stepAt} ms)`);
    times[name].first.push(p.first);
    times[name].whole.push(p.whole);
    times[name].import.push(await importTime(context, builds[name], topology));
    await context.close();
  }
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
for (const name of ['A', 'B']) {
  console.log(`${name} (${builds[name]}): first paint ${median(times[name].first)} ms, whole checklist ${median(times[name].whole)} ms, topology import ${median(times[name].import)} ms (medians of ${N})`);
}

import { launch } from './harness.mjs';
const b = await launch();
const ctx = await b.newContext();
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:18095/index.html#example');
await page.waitForSelector('.step');
await page.click('summary:has-text("Share and export")');
await page.setInputFiles('#import-file', '/work/main/target/bench/site-500.restore-plan.json');
await page.waitForFunction(() => document.querySelectorAll('.step').length > 1000);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < 4; i++) times.push(await page.evaluate(async () => {
  const input = document.querySelector('#servers-5'); const t0 = performance.now();
  input.value = input.value.endsWith('x.example.com') ? input.value.replace('x.example.com', '.example.com') : input.value.replace('.example.com', 'x.example.com');
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t0;
}));
console.log('keystroke', times.map((t) => t.toFixed(0)).join(' '));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const counts = {}; profile.samples.forEach((id, i) => { counts[id] = (counts[id] ?? 0) + (profile.timeDeltas[i] ?? 0); });
const self = {}, incl = {};
for (const [id, us] of Object.entries(counts)) {
  const n = byId.get(+id); const nm = n.callFrame.functionName || '(' + n.callFrame.url.slice(-20) + ')';
  self[nm] = (self[nm] ?? 0) + us / 1000;
  let cur = +id; const seen = new Set();
  while (cur) { const m = byId.get(cur); const name = m.callFrame.functionName; if (name && !seen.has(name)) { seen.add(name); incl[name] = (incl[name] ?? 0) + us / 1000; } cur = parent.get(cur); }
}
const top = (o, k) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, k).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k.slice(0, 140)}`).join('\n');
console.log(top(self, 25)); console.log('--- incl'); console.log(Object.entries(incl).filter(([k]) => /lync_restore|yew::|serde|Plan|Session/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k.slice(0, 150)}`).join('\n'));
await b.close();

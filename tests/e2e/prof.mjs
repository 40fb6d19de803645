import { launch } from './harness.mjs';
const b = await launch();
const ctx = await b.newContext();
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto('http://127.0.0.1:18095/index.html#example');
await page.waitForSelector('.step');
console.log('render', Date.now() - t0);
const { profile } = await cdp.send('Profiler.stop');
const self = {}; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = {};
profile.samples.forEach((id, i) => { counts[id] = (counts[id] ?? 0) + (dt[i] ?? 0); });
for (const [id, us] of Object.entries(counts)) { const n = byId.get(+id); const name = n.callFrame.functionName || n.callFrame.url.slice(-30) || '(anon)'; self[name] = (self[name] ?? 0) + us / 1000; }
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k.slice(0, 130)}`).join('\n'));
// inclusive for selected
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = {};
for (const [id, us] of Object.entries(counts)) { let cur = +id; const seen = new Set(); while (cur) { const n = byId.get(cur); const name = n.callFrame.functionName; if (name && !seen.has(name)) { seen.add(name); incl[name] = (incl[name] ?? 0) + us / 1000; } cur = parent.get(cur); } }
console.log('--- inclusive');
console.log(Object.entries(incl).filter(([k]) => /lync_restore|qr|yew::|serde/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k.slice(0, 140)}`).join('\n'));
await b.close();

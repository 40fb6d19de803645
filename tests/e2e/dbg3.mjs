import { launch } from './harness.mjs';
const b = await launch();
const ctx = await b.newContext();
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:18080/tools/lync-restore/#example');
await page.waitForSelector('.step');
console.log(await page.evaluate(() => {
  const all = document.querySelectorAll('*').length;
  const by = {};
  for (const e of document.querySelectorAll('*')) by[e.tagName] = (by[e.tagName] ?? 0) + 1;
  return { all, by: Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,15), svg: document.querySelectorAll('svg').length, qrPathLen: [...document.querySelectorAll('svg path')].reduce((n,p)=>n+(p.getAttribute('d')||'').length,0) };
}));
await b.close();

// Differential: the page decodes plan files, links and saved plans with the browser's JSON.parse
// and serde-wasm-bindgen, the command line and the fuzz targets with serde_json. A corpus (the
// format fixtures, the fuzz corpora as the test command's short runs leave them, and seeded
// mutations of the fixtures aimed at where two JSON readers differ: numbers, escapes, duplicate
// keys, nesting, byte order marks) decoded by both must give the same plan or the same kind of
// error. The page's decoders are `src/bin/page-decode.rs`, built for the browser by the test
// command (target/page-decode) and run in Chromium; natively the same file reads the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const WASM_DIR = join(root, 'target/page-decode');
const NATIVE = join(root, 'target/debug/page-decode');
const PER_CORPUS = 400;

function files(dir, limit = Infinity) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().slice(0, limit).map((f) => readFileSync(join(dir, f)));
}

/** A small seeded generator, so every run tries the same mutations. */
function random(seed) {
  let s = seed >>> 0;
  return (n) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s % n; };
}

// Where two JSON readers are known to differ.
const TOKENS = ['1e400', '-0', '0.1e1', '18446744073709551616', '9007199254740993', '1.5', '-1', 'null', 'true',
  '"\\ud800"', '"\\u0000"', '"\\/"', '[]', '{}', '"x"', '""', '\uFEFF', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]'];

function mutations(bytes, seed, count) {
  const next = random(seed);
  const text = bytes.toString('utf8');
  const out = [];
  for (let i = 0; i < count; i++) {
    const at = next(text.length + 1);
    const token = TOKENS[next(TOKENS.length)];
    switch (next(5)) {
      case 0: out.push(Buffer.from(text.slice(0, at))); break; // cut short
      case 1: { // a value replaced by a token
        const m = /:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)/g;
        const values = [...text.matchAll(m)];
        if (values.length === 0) { out.push(Buffer.from(token + text)); break; }
        const v = values[next(values.length)];
        out.push(Buffer.from(text.slice(0, v.index) + ': ' + token + text.slice(v.index + v[0].length)));
        break;
      }
      case 2: { // a key written twice
        const keys = [...text.matchAll(/"([a-z_]+)":\s*("(?:[^"\\]|\\.)*"|-?\d+|true|false)/g)];
        if (keys.length === 0) { out.push(Buffer.from(text)); break; }
        const k = keys[next(keys.length)];
        const dup = `"${k[1]}": ${TOKENS[next(TOKENS.length)]}, `;
        out.push(Buffer.from(text.slice(0, k.index) + dup + text.slice(k.index)));
        break;
      }
      case 3: out.push(Buffer.from(text.slice(0, at) + token + text.slice(at))); break; // inserted
      default: { // a byte flipped
        const b = Buffer.from(bytes);
        if (b.length) b[next(b.length)] ^= 1 << next(8);
        out.push(b);
      }
    }
  }
  return out;
}

function corpus() {
  const fixtures = files(join(root, 'tests/fixtures/formats'));
  const links = fixtures.flatMap((b) => b.toString('utf8').split('\n').filter((l) => l.startsWith('#plan=')).map((l) => Buffer.from(l)));
  const items = [];
  const add = (kind, list) => { for (const bytes of list) items.push({ kind, bytes }); };
  for (const kind of ['file', 'link', 'store']) add(kind, fixtures);
  add('link', links);
  add('file', files(join(root, 'tests/fuzz/corpus/decode_plan'), PER_CORPUS));
  add('link', files(join(root, 'tests/fuzz/corpus/decode_link'), PER_CORPUS));
  add('store', files(join(root, 'tests/fuzz/corpus/saved_plans'), PER_CORPUS));
  // An array where a struct or a map belongs, which the two readers once took apart differently
  // (serde_json field by field, serde-wasm-bindgen as an empty object): found by a fuzz run.
  add('file', [
    '{"format_version":1,"kind":"front_end","pool_fqdn":"pool01.contoso.com","failure":["fe01.contoso.com","fe02.contoso.com"]}',
    '{"app":"lync-restore-planner","format_version":1,"plan":{"pool_fqdn":"p.contoso.com","back_end":["sql01.contoso.com"]}}',
    '{"app":"lync-restore-planner","format_version":1,"plan":{"pool_fqdn":"p.contoso.com"},"progress":{"ticks":["ab"]}}',
    '{"app":"lync-restore-planner","format_version":1,"plan":["p.contoso.com"]}',
    '["lync-restore-planner",1]',
  ].map((t) => Buffer.from(t)));
  add('store', [
    '{"format_version":1,"plans":[{"id":"a","name":"a","session":[{"pool_fqdn":"p.contoso.com"}]}]}',
    '{"format_version":1,"plans":[{"id":"a","name":"a","session":{"plan":{"pool_fqdn":"p.contoso.com"},"site":[["q.contoso.com"]]}}]}',
  ].map((t) => Buffer.from(t)));
  fixtures.forEach((b, i) => {
    add('file', mutations(b, 1000 + i, 60));
    add('store', mutations(b, 2000 + i, 60));
  });
  links.forEach((b, i) => add('link', mutations(b, 3000 + i, 40)));
  return items;
}

test('the page and the command line decode every input alike: the same plan, or the same kind of error', async () => {
  assert.ok(existsSync(join(WASM_DIR, 'page-decode_bg.wasm')), 'the test command builds target/page-decode');
  assert.ok(existsSync(NATIVE), 'the test command builds target/debug/page-decode');
  const items = corpus();
  const input = items.map(({ kind, bytes }) => `${kind} ${bytes.toString('hex')}`).join('\n') + '\n';
  const native = execFileSync(NATIVE, { input, maxBuffer: 1 << 30, encoding: 'utf8' }).split('\n').slice(0, items.length);

  const browser = await launch();
  const page = await browser.newPage();
  const origin = 'http://decode.test';
  await page.route(`${origin}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>decode</title>' });
    const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    route.fulfill({ contentType: type, body: readFileSync(join(WASM_DIR, name)) });
  });
  await page.goto(`${origin}/`);
  const inPage = await page.evaluate(async (list) => {
    const m = await import('/page-decode.js');
    await m.default({ module_or_path: '/page-decode_bg.wasm' });
    return list.map(([kind, hex]) => m.decode(kind, Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16))));
  }, items.map(({ kind, bytes }) => [kind, bytes.toString('hex')]));
  await browser.close();

  const differ = [];
  items.forEach((item, i) => {
    if (inPage[i] !== native[i]) differ.push(`${item.kind} ${JSON.stringify(item.bytes.toString('utf8').slice(0, 200))}\n  page:   ${inPage[i].slice(0, 300)}\n  native: ${native[i].slice(0, 300)}`);
  });
  const kinds = (prefix) => native.filter((o) => o.startsWith(prefix)).length;
  console.log(`${items.length} inputs: ${kinds('ok ')} decoded, ${kinds('error ')} refused, ${kinds('store ')} read as saved plans; ${differ.length} differ`);
  assert.equal(differ.length, 0, `${differ.length} of ${items.length} inputs differ:\n${differ.slice(0, 12).join('\n')}`);
});

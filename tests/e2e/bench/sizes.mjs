// First-load transfer sizes of a built dist/: every asset a browser fetches on the first visit
// (index.html and everything it references, found by following the page like a browser does),
// raw, gzip -9 and brotli q11. Shared by the benchmark and the size ratchet (tests/e2e/size.test.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files the first load fetches: index.html, its script/style/preload links, what the loader imports. */
export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set(['index.html']);
  for (const [, f] of html.matchAll(/(?:href|src)="\.\/([^"]+)"/g)) files.add(f);
  for (const f of [...files]) {
    if (!f.endsWith('.js')) continue;
    const js = readFileSync(join(dist, f), 'utf8');
    for (const [, g] of js.matchAll(/(?:from |import\(|module_or_path: )['"]\.\/([^'"]+)['"]/g)) files.add(g);
  }
  return [...files];
}

/** Files fetched later, on the first topology import: the worker named by index.html's meta
 *  element, and the glue and wasm its loader names. */
export function onImportFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const boot = /<meta name="lync-import-worker" content="\.\/([^"]+)"/.exec(html)?.[1];
  if (!boot) return [];
  const files = [boot];
  for (const [, f] of readFileSync(join(dist, boot), 'utf8').matchAll(/['"]\.\/([^'"]+\.(?:js|wasm))['"]/g)) files.push(f);
  return files;
}

/** Sizes of each file (by default, of the first load) and the total. */
export function sizes(dist, files = firstLoadFiles(dist)) {
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/** Files fetched the first time French is needed: the French pack named by index.html. */
export function onFrenchFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pack = /<meta name="lync-pack-fr" content="\.\/([^"]+)"/.exec(html)?.[1];
  return pack ? [pack] : [];
}

/** Files fetched the first time a binder needs the rarely used steps' English. */
export function onDemandFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pack = /<meta name="lync-pack-en-on-demand" content="\.\/([^"]+)"/.exec(html)?.[1];
  return pack ? [pack] : [];
}

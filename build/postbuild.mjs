// Trunk post_build hook: moves Trunk's inline module loader out of index.html into a hashed file
// (boot-<hash>.js, with SRI), so the page runs under `script-src 'self' 'wasm-unsafe-eval'` with no
// 'unsafe-inline' and no hash to keep in step with every build. Fails the build if index.html does
// not look as expected, rather than shipping a page the strict CSP would break.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactScripts, compactStyles, minifyNames, sri384 } from './glue.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('postbuild: TRUNK_STAGING_DIR is not set (run by trunk build)');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// Comments and indentation out of the scripts and styles, and short wasm import/export names
// (−5.5 KB gzip of the first load): build/glue.mjs.
for (const [before, after] of [...compactScripts(dir), ...compactStyles(dir), ...minifyNames(dir, 'lync-restore')]) html = html.replaceAll(before, after);

// The topology import worker: Trunk names a worker's files after the binary, unhashed; give them
// content hashes (the server caches .js/.wasm for a year) and a loader, and tell the page where the
// worker is (the page reads the meta element on the first import).
const hash16 = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const rename = (from, to) => { writeFileSync(join(dir, to), readFileSync(join(dir, from))); rmSync(join(dir, from)); };
const workerWasmSrc = readFileSync(join(dir, 'import-worker_bg.wasm'));
const workerGlueSrc = readFileSync(join(dir, 'import-worker.js'), 'utf8');
// A classic worker (wasm-bindgen's no-modules glue): module workers do not start from a blob: URL
// in a file:// page, which the single-file build needs.
if (!/^let wasm_bindgen\s*=/m.test(workerGlueSrc)) throw new Error('postbuild: unexpected worker glue (no wasm_bindgen global)');
const workerWasm = `import-worker-${hash16(workerWasmSrc)}_bg.wasm`;
const workerGlue = `import-worker-glue-${hash16(workerGlueSrc)}.js`;
rename('import-worker_bg.wasm', workerWasm);
rename('import-worker.js', workerGlue);
const workerBootCode = `importScripts('./${workerGlue}');\nwasm_bindgen({ module_or_path: './${workerWasm}' });\n`;
const workerBoot = `import-worker-${hash16(workerBootCode)}.js`;
writeFileSync(join(dir, workerBoot), workerBootCode);
html = html.replace('</head>', `<meta name="lync-import-worker" content="./${workerBoot}">\n</head>`);

// Each language's pack (the content compiler writes src/plan/texts/generated/pack-<lang>.txt: the
// language's steps, one text per line): published here as a hashed file the page fetches the first
// time the language is needed, named by a meta element (`lync-pack-<lang>`); the single-file build
// inlines them.
const packDir = 'src/plan/texts/generated';
const packs = Object.fromEntries(readdirSync(packDir).flatMap((f) => {
  const lang = /^pack-([a-z]+)\.txt$/.exec(f)?.[1];
  return lang ? [[lang, readFileSync(join(packDir, f), 'utf8')]] : [];
}));
if (Object.keys(packs).length === 0) throw new Error(`postbuild: no pack-<lang>.txt in ${packDir}`);
// The English texts of the rarely used steps (src/content/on_demand.toml): a pack like a
// language's, fetched the first time a binder needs them, never at start.
const onDemand = readFileSync(join(packDir, 'pack-en-on-demand.txt'), 'utf8');
const texts = { ...packs, 'en-on-demand': onDemand };
const packNames = {};
for (const [lang, pack] of Object.entries(texts)) {
  packNames[lang] = `./${lang}-${hash16(pack)}.txt`;
  writeFileSync(join(dir, packNames[lang].slice(2)), pack);
  html = html.replace('</head>', `<meta name="lync-pack-${lang}" content="${packNames[lang]}">\n</head>`);
}

const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`postbuild: expected Trunk's one inline loader, found ${inline.length}`);
// The start language is decided here, once, before the wasm runs: the stored choice, else the
// browser's language; the app reads it from <html data-start-lang> (`ui::effects::initial_lang`).
// Both builds run this.
const startLang = `let stored = null;
try { stored = localStorage.getItem('lync-restore/v1/lang'); } catch { /* storage disabled */ }
const wanted = (stored ?? navigator.language ?? '').trim().toLowerCase().split(/[-_]/)[0];
const startLang = ${JSON.stringify(Object.keys(packs))}.includes(wanted) ? wanted : 'en';
document.documentElement.dataset.startLang = startLang;
${readFileSync(new URL('./durable.js', import.meta.url), 'utf8')}`;
// A start in another language than English renders only once it has the language's steps. The
// loader starts fetching them at once, alongside the wasm, so they cost no round trip after the
// wasm; the app's own fetch of the same URL is then served by this preload.
const packPreload = `${startLang}const pack = ${JSON.stringify(packNames)}[startLang];
if (pack) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: pack, crossOrigin: 'anonymous' }));
}
`;
const [importLine, ...rest] = inline[0][1].trim().split('\n');
if (!/^import init, \* as bindings from '\.\/lync-restore-[0-9a-f]+\.js';$/.test(importLine)) throw new Error(`postbuild: unexpected loader: ${importLine}`);
const code = [importLine, packPreload.trimEnd(), ...rest].join('\n') + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const sri = sri384(code);
writeFileSync(join(dir, name), code);
html = html.replace(inline[0][0], `<script type="module" src="./${name}" integrity="${sri}" crossorigin="anonymous"></script>`);

if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error('postbuild: an inline script is left in index.html');
if (/\sstyle=/i.test(html) || /<style/i.test(html)) throw new Error('postbuild: inline style in index.html');
writeFileSync(indexPath, html);
console.log(`postbuild: loader moved to ${name}`);

// ---- The single-file build: the whole app in one HTML file that runs from file:// -------------
// Script (wasm-bindgen glue + the wasm as base64) and styles are inlined; the file carries its own
// CSP in a meta element that allows exactly those two inline blocks by hash (no 'unsafe-inline'),
// WebAssembly ('wasm-unsafe-eval') and nothing from the network.
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const files = readdirSync(dir);
const glueName = files.find((f) => /^lync-restore-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => /^lync-restore-[0-9a-f]+_bg\.wasm$/.test(f));
const cssName = files.find((f) => f.endsWith('.css'));
if (!glueName || !wasmName || !cssName) throw new Error('postbuild: glue, wasm or css missing');
const glue = readFileSync(join(dir, glueName), 'utf8');
if (!/async function __wbg_init\(/.test(glue)) throw new Error('postbuild: unexpected wasm-bindgen glue (no __wbg_init)');
const wasm = readFileSync(join(dir, wasmName));
const css = readFileSync(join(dir, cssName), 'utf8');
// The import worker runs from a blob: URL made of its glue and its wasm (base64), named to the page
// by the same meta element as in the served build.
const fromBase64 = (bytes) => `Uint8Array.from(atob("${bytes.toString('base64')}"), (c) => c.charCodeAt(0))`;
const workerSource = `${workerGlueSrc}\nwasm_bindgen({ module_or_path: ${fromBase64(workerWasmSrc)} });\n`;
const workerMeta = `const worker = document.createElement('meta');\nworker.name = 'lync-import-worker';\nworker.content = URL.createObjectURL(new Blob([${JSON.stringify(workerSource)}], { type: 'text/javascript' }));\ndocument.head.append(worker);\n`;
// `<` escaped so no text of the pack can close the inline script.
const packMetas = Object.entries(texts).map(([lang, pack]) => `{\n  const meta = document.createElement('meta');\n  meta.name = 'lync-pack-text-${lang}';\n  meta.content = ${JSON.stringify(pack).replaceAll('<', '\\u003c')};\n  document.head.append(meta);\n}\n`).join('');
const script = `${glue}\n${workerMeta}${packMetas}${startLang}await __wbg_init({ module_or_path: ${fromBase64(wasm)} });\n`;
const policy = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  'worker-src blob:',
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))?.[1] ?? '0';
const single = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Lync Restore Planner ${version}</title>
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<noscript><p class="noscript">Lync Restore Planner needs JavaScript and WebAssembly enabled.</p></noscript>
<script type="module">${script}</script>
</body>
</html>
`;
const singleName = `lync-restore-planner-${version}.html`;
writeFileSync(join(dir, singleName), single);
console.log(`postbuild: single-file build ${singleName} (${single.length} bytes)`);

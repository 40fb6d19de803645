// Post-processing of wasm-bindgen's output, shared by the app's build hook and the baseline's, so
// the size ratio compares builds made with the same tools.
//
// Short import and export names for a wasm-bindgen build (`--target web`). wasm-bindgen names each
// import after its JS function plus a 16-hex-digit hash (`__wbg_getDate_a44b5f4a8c42a3c3`), written
// in both the wasm and the glue: for the app's ~180 imports, about 5 KB gzip of names alone.
// wasm-opt renames imports, their module and exports (`--minify-imports-and-exports-and-modules`,
// then -Oz once more) and prints the mapping; the glue's import keys and `wasm.<export>` uses follow it,
// each rename checked to apply exactly once.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SRI value of `data`, as Trunk writes it. */
export const sri384 = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/** Drops the whole-line comments and the indentation of every script in `dir` (one comment carries
 *  a URL to another site: it is never fetched, but the release must name no other origin); returns
 *  the [old, new] SRI values. Refuses a script with a template literal over several lines, whose
 *  indentation would be part of a string. */
export function compactScripts(dir) {
  const changed = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const before = readFileSync(join(dir, file), 'utf8');
    const lines = before.split('\n');
    const open = lines.find((line) => (line.match(/`/g)?.length ?? 0) % 2 === 1);
    if (open !== undefined) throw new Error(`glue: ${file} has a template literal over several lines: ${open}`);
    const after = lines.filter((line) => !/^\s*\/\/.*$/.test(line)).map((line) => line.trimStart()).join('\n');
    if (after === before) continue;
    writeFileSync(join(dir, file), after);
    changed.push([sri384(before), sri384(after)]);
  }
  return changed;
}

/** Minifies every style sheet in `dir`: comments out, whitespace collapsed and dropped around
 *  `{ } ; , >` and after `:`, quoted strings kept as they are; returns the [old, new] SRI values. */
export function compactStyles(dir) {
  const changed = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
    const before = readFileSync(join(dir, file), 'utf8');
    // Strings and comments are matched first, so nothing inside a string is touched.
    const after = before
      .replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\/|(\s+)/g, (m, str, space) => str ?? (space ? ' ' : ''))
      .replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')| ?([{};,>]) ?|(:) /g, (m, str, punct, colon) => str ?? punct ?? colon)
      .replace(/;}/g, '}')
      .trim();
    if (after === before) continue;
    writeFileSync(join(dir, file), after);
    changed.push([sri384(before), sri384(after)]);
  }
  return changed;
}

/** Renames in `dir` the wasm `<stem>-<hash>_bg.wasm` and its glue `<stem>-<hash>.js`; returns the
 *  [old, new] SRI values of both files, for the page that names them. */
export function minifyNames(dir, stem) {
  const glueFile = readdirSync(dir).find((f) => new RegExp(`^${stem}-[0-9a-f]+\\.js$`).test(f));
  const wasmFile = readdirSync(dir).find((f) => new RegExp(`^${stem}-[0-9a-f]+_bg\\.wasm$`).test(f));
  if (!glueFile || !wasmFile) throw new Error(`glue: ${stem}'s glue or wasm is missing in ${dir}`);
  const wasmPath = join(dir, wasmFile);
  const wasmBefore = readFileSync(wasmPath);
  let glue = readFileSync(join(dir, glueFile), 'utf8');
  const glueBefore = glue;
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
  // With short names the optimizer finds a little more; the producers and target-features
  // sections only describe the build.
  const map = JSON.parse(execFileSync('wasm-opt', [wasmPath, ...features, '--minify-imports-and-exports-and-modules', '-Oz', '--strip-producers', '--strip-target-features', '-o', wasmPath], { encoding: 'utf8' }));
  const modules = new Set(map.imports.map(([module]) => module));
  if (modules.size !== 1) throw new Error(`glue: expected the imports of one module, found ${[...modules]}`);
  const renamed = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module));
  if (renamed.size !== 1) throw new Error(`glue: the renamed imports come from ${[...renamed]}`);
  const replaceOnce = (pattern, by, what) => {
    const found = glue.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`glue: ${what} found ${found} times in ${glueFile}`);
    glue = glue.replace(pattern, by);
  };
  replaceOnce(new RegExp(`^(\\s*)"${[...modules][0].replace(/[.\/]/g, '\\$&')}": import0,$`, 'gm'), `$1"${[...renamed][0]}": import0,`, 'the import module');
  for (const [, from, to] of map.imports) replaceOnce(new RegExp(`^(\\s*)${from}: `, 'gm'), `$1"${to}": `, `import ${from}`);
  for (const [from, to] of map.exports) glue = glue.replace(new RegExp(`\\bwasm\\.${from}(?![\\w$])`, 'g'), `wasm.${to}`);
  writeFileSync(join(dir, glueFile), glue);
  return [[sri384(glueBefore), sri384(glue)], [sri384(wasmBefore), sri384(readFileSync(wasmPath))]];
}

// Trunk post-build hook (Trunk.toml [[hooks]]), with three jobs:
//
// - It joins the loader's sources (web/leadership-balance.js and the files it imports from
//   web/loader/) into the one file a page loads, leadership-balance.js, in every build, with
//   esbuild: one request, as before the sources were split, since every request is time on a
//   slow phone. No syntax is lowered (target esnext: the sources are written for the browser
//   floor, and tsc holds their library calls to it, web/loader/tsconfig.json), and
//   `import.meta.url` stays the shipped file's own URL, from which the loader finds the
//   widget's other files.
// - It writes the widget's stylesheet into the loader (STYLE_TEXT in web/loader/style.js), in
//   every build, so that the loader can style a shadow root at once from a constructed
//   stylesheet instead of waiting for a <link> to load. The stylesheet stays a file of its own
//   too, for browsers without constructable stylesheets.
// - In release builds only, it minifies the JavaScript and CSS that a page downloads to show
//   the widget, so that `trunk serve` without --release keeps readable files for debugging.
//   The stylesheet is minified first, so the loader carries the minified copy, and the loader
//   after, so that terser sees the stylesheet's text rather than an empty string it would fold
//   away.
//
// Why here and not Trunk's own `minify`: Trunk 0.21's JS minifier cannot parse the
// `export { … as default }` that wasm-bindgen writes, and its CSS minifier only runs on
// stylesheets that Trunk also links into index.html, which the widget's must not be (the
// loader adds it). esbuild, terser and csso are the tools the wider ecosystem uses for this;
// all three are installed into .tools/ by `cargo xtask` setup.

import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
const sourceDir = resolve(process.env.TRUNK_SOURCE_DIR ?? ".");
const tools = process.env.LB_TOOLS_DIR ?? join(sourceDir, ".tools");

function fail(message) {
  console.error(`post_build: ${message}`);
  process.exit(1);
}

if (!staging) fail("TRUNK_STAGING_DIR is not set; this script runs as a Trunk post_build hook.");
const release = profile === "release";
const require = createRequire(join(tools, "node_modules", "noop.js"));
let esbuild, terser, csso;
try {
  esbuild = require("esbuild");
} catch {
  fail(`esbuild is missing from ${tools}; run \`cargo xtask serve\` or \`cargo xtask test\` once to install it.`);
}
if (release) {
  try {
    terser = require("terser");
    csso = require("csso");
  } catch {
    fail(`terser and csso are missing from ${tools}; run \`cargo xtask serve\` or \`cargo xtask test\` once to install them.`);
  }
} else {
  console.log(`post_build: ${profile} build, files left unminified`);
}

/** The scripts a page loads, and whether each is an ES module: the widget's loader and
 *  wasm-bindgen's glue; the cohort page's starter and its glue (classic scripts, whose
 *  top-level names other scripts use). */
const scripts = [
  ["leadership-balance.js", true],
  ["core/leadership-balance.js", true],
  ["core/leadership-balance-full.js", true],
  ["cohort-page.js", false],
  ["cohort/cohort.js", false],
];
const stylesheets = ["leadership-balance.css", "cohort.css"];

if (release) {
  for (const name of stylesheets) {
    const path = join(staging, name);
    const source = await readFile(path, "utf8");
    // No restructuring: merging rules can reorder the cascade, and it saved nothing here.
    const { css } = csso.minify(source, { restructure: false });
    await writeFile(path, css);
    console.log(`post_build: ${name} ${Buffer.byteLength(source)} → ${Buffer.byteLength(css)} B`);
  }
}

// The loader, joined from its sources. esbuild keeps the plain comment that marks STYLE_TEXT,
// though it may put it on a line of its own.
const built = await esbuild.build({
  absWorkingDir: sourceDir,
  entryPoints: ["web/leadership-balance.js"],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "esnext",
  // The loader's words as they are, not as \u escapes.
  charset: "utf8",
  write: false,
  logLevel: "warning",
});
if (built.outputFiles.length !== 1) fail(`esbuild wrote ${built.outputFiles.length} files for the loader, not one`);
const loader = built.outputFiles[0].text;
console.log(`post_build: the loader joined from web/leadership-balance.js and web/loader/ (${Buffer.byteLength(loader)} B)`);

// The marker the loader's STYLE_TEXT is initialised with; it must be there exactly once.
const STYLE_MARKER = /\/\* lb:stylesheet \*\/\s*""/g;
const loaderPath = join(staging, "leadership-balance.js");
if ((loader.match(STYLE_MARKER) ?? []).length !== 1) {
  fail('leadership-balance.js must hold /* lb:stylesheet */ "" exactly once, for the stylesheet\'s text');
}
const styles = await readFile(join(staging, "leadership-balance.css"), "utf8");
// A function as the replacement, so that a `$` in the stylesheet is not read as a pattern.
await writeFile(loaderPath, loader.replace(STYLE_MARKER, () => JSON.stringify(styles)));
console.log(`post_build: the stylesheet (${Buffer.byteLength(styles)} B) written into leadership-balance.js`);

if (release) {
  for (const [name, module] of scripts) {
    const path = join(staging, name);
    const source = await readFile(path, "utf8");
    // Module mode keeps the import/export statements and lets terser rename top-level names;
    // a classic script keeps its top-level names (wasm_bindgen), which the next script uses.
    const result = await terser.minify(source, { module, compress: true, mangle: true });
    if (!result.code) fail(`terser returned nothing for ${name}`);
    await writeFile(path, result.code);
    console.log(`post_build: ${name} ${Buffer.byteLength(source)} → ${Buffer.byteLength(result.code)} B`);
  }
}

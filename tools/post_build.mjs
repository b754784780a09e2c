// Trunk post-build hook (Trunk.toml [[hooks]]), with two jobs:
//
// - It writes the widget's stylesheet into the loader (STYLE_TEXT in
//   web/leadership-balance.js), in every build, so that the loader can style a shadow root at
//   once from a constructed stylesheet instead of waiting for a <link> to load. The stylesheet
//   stays a file of its own too, for browsers without constructable stylesheets.
// - In release builds only, it minifies the JavaScript and CSS that a page downloads to show
//   the widget, so that `trunk serve` without --release keeps readable files for debugging.
//   The stylesheet is minified first, so the loader carries the minified copy, and the loader
//   after, so that terser sees the stylesheet's text rather than an empty string it would fold
//   away.
//
// Why here and not Trunk's own `minify`: Trunk 0.21's JS minifier cannot parse the
// `export { … as default }` that wasm-bindgen writes, and its CSS minifier only runs on
// stylesheets that Trunk also links into index.html, which the widget's must not be (the
// loader adds it). terser and csso are the tools the wider ecosystem uses for this; both are
// installed into .tools/ by `cargo xtask` setup.
//
// Measured on 2026-11-28 (gzip -9): wasm-bindgen glue 7,902 → 5,804 B, loader 3,509 →
// 2,203 B, stylesheet 3,431 → 2,333 B.

import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
const tools = process.env.LB_TOOLS_DIR ?? join(process.env.TRUNK_SOURCE_DIR ?? ".", ".tools");

function fail(message) {
  console.error(`post_build: ${message}`);
  process.exit(1);
}

if (!staging) fail("TRUNK_STAGING_DIR is not set; this script runs as a Trunk post_build hook.");
const release = profile === "release";
const require = createRequire(join(tools, "node_modules", "noop.js"));
let terser, csso;
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

// The marker the loader's STYLE_TEXT is initialised with; it must be there exactly once.
const STYLE_MARKER = '/* lb:stylesheet */ ""';
const loaderPath = join(staging, "leadership-balance.js");
const loader = await readFile(loaderPath, "utf8");
if (loader.split(STYLE_MARKER).length !== 2) {
  fail(`leadership-balance.js must hold ${STYLE_MARKER} exactly once, for the stylesheet's text`);
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

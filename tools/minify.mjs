// Trunk post-build hook (Trunk.toml [[hooks]]): minifies the JavaScript and CSS that a page
// downloads to show the widget, in release builds only, so that `trunk serve` without
// --release keeps readable files for debugging.
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
  console.error(`minify: ${message}`);
  process.exit(1);
}

if (!staging) fail("TRUNK_STAGING_DIR is not set; this script runs as a Trunk post_build hook.");
if (profile !== "release") {
  console.log(`minify: ${profile} build, files left as they are`);
  process.exit(0);
}

const require = createRequire(join(tools, "node_modules", "noop.js"));
let terser, csso;
try {
  terser = require("terser");
  csso = require("csso");
} catch {
  fail(`terser and csso are missing from ${tools}; run \`cargo xtask serve\` or \`cargo xtask test\` once to install them.`);
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

for (const [name, module] of scripts) {
  const path = join(staging, name);
  const source = await readFile(path, "utf8");
  // Module mode keeps the import/export statements and lets terser rename top-level names;
  // a classic script keeps its top-level names (wasm_bindgen), which the next script uses.
  const result = await terser.minify(source, { module, compress: true, mangle: true });
  if (!result.code) fail(`terser returned nothing for ${name}`);
  await writeFile(path, result.code);
  console.log(`minify: ${name} ${Buffer.byteLength(source)} → ${Buffer.byteLength(result.code)} B`);
}

for (const name of stylesheets) {
  const path = join(staging, name);
  const source = await readFile(path, "utf8");
  // No restructuring: merging rules can reorder the cascade, and it saved nothing here.
  const { css } = csso.minify(source, { restructure: false });
  await writeFile(path, css);
  console.log(`minify: ${name} ${Buffer.byteLength(source)} → ${Buffer.byteLength(css)} B`);
}

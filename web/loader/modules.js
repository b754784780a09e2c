// @ts-check
// What the loader fetches: the config, a language pack, and the widget's two wasm modules
// (with the check that this browser's WebAssembly can run them). Each is asked for once per
// page, however many widgets it holds.

/** The folder the shipped loader is in, where the widget's other files are. The build joins
 *  the loader's files into one (tools/post_build.mjs), so `import.meta.url` is that file's. */
export const here = new URL(".", import.meta.url);

/**
 * What a module's wasm-bindgen glue has in common: its default export loads the wasm.
 * @typedef {object} Glue
 * @property {(options: { module_or_path: Response }) => Promise<{ memory: WebAssembly.Memory }>} default
 */

/**
 * A widget the wasm has mounted (`MountedWidget` in src/mount/widget.rs).
 * @typedef {object} MountedWidget
 * @property {(config?: string, problem?: string, lang?: string, accent?: string, pack?: string) => void} update
 *   Shows the widget as the element's attributes and config now say.
 * @property {() => void} unmount Removes the widget from the page.
 */

/**
 * The arguments both modules' mount functions start with: where to draw, the element, the
 * config's text and why it could not be read, the `lang` and `accent` attributes, and the
 * language's pack.
 * @typedef {[container: HTMLElement, host: HTMLElement, config: string | undefined,
 *   problem: string | undefined, lang: string | undefined, accent: string | undefined,
 *   pack: string | undefined]} MountInput
 */

/**
 * The first module's glue (src/bin/widget.rs). `handOver` hears the progress file's text when
 * the learner reaches the results.
 * @typedef {Glue & { mount: (...input: [...MountInput, steps: string | undefined,
 *   handOver: (progress: string | undefined) => void]) => MountedWidget }} FirstGlue
 */

/**
 * The full module's glue (src/bin/full.rs); `continueFrom` is the first module's progress.
 * @typedef {Glue & { mount_full: (...input: [...MountInput, continueFrom: string | undefined])
 *   => MountedWidget }} FullGlue
 */

/**
 * One of the two wasm modules, loaded once per page.
 * @template {Glue} G
 * @typedef {object} WasmModule
 * @property {string} glue The glue's URL.
 * @property {URL} wasm The wasm's URL.
 * @property {string} mark The User Timing mark set when it is ready.
 * @property {Promise<Response> | null} response The wasm's download, once started.
 * @property {Promise<G> | null} ready The glue, once the wasm is compiled and instantiated.
 * @property {WebAssembly.Memory | null} memory The instance's memory, once there.
 */

/** A module not fetched yet, by the name of its files in `core/`.
 *  @template G @param {string} name @param {string} mark @returns {WasmModule<G>} */
function wasmModule(name, mark) {
  return {
    glue: new URL(`core/${name}.js`, here).href,
    wasm: new URL(`core/${name}_bg.wasm`, here),
    mark,
    response: null,
    ready: null,
    memory: null,
  };
}

/** The widget's first module: the intro, the context and the statements, all a learner waits
 *  for. @type {WasmModule<FirstGlue>} */
export const FIRST = wasmModule("leadership-balance", "leadership-balance:wasm-ready");

/** The full module: every view, the results and the PDF among them. @type {WasmModule<FullGlue>} */
export const FULL = wasmModule("leadership-balance-full", "leadership-balance:full-ready");

/** What went wrong, as a sentence's end: an Error's message, or the thing itself.
 *  @param {unknown} error */
function reason(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The config as JSON text, or why it could not be read (neither for an element without one).
 * @typedef {{ text?: string | null, problem?: string }} ConfigRead
 */

/** The config as JSON text, from an inline child or the `config` URL; or why it failed.
 *  @param {Element} element
 *  @returns {Promise<ConfigRead>} */
export async function readConfig(element) {
  const inline = element.querySelector('script[type="application/json"]');
  if (inline) return { text: inline.textContent };
  const source = element.getAttribute("config");
  if (!source) return {};
  let url;
  try {
    url = new URL(source, document.baseURI);
  } catch {
    return { problem: `"${source}" is not a valid address` };
  }
  try {
    // The default credentials mode ("same-origin": never a cookie to another origin, such as
    // a CDN) is the one a `<link rel="preload" as="fetch" crossorigin>` hint matches, so a
    // page can have the config on its way before this script has even run.
    const response = await fetch(url);
    if (!response.ok) return { problem: `could not be loaded from ${url} (HTTP ${response.status})` };
    return { text: await response.text() };
  } catch (error) {
    return { problem: `could not be loaded from ${url} (${reason(error)})` };
  }
}

// The wasm speaks English; every other language's table is a small JSON file, fetched once
// per page for the widgets that need it, at the same time as the wasm.
/** @type {Map<string, Promise<string | undefined>>} */
const packs = new Map();

/** The language table for `code` as JSON text; undefined for English, or when it cannot be
 *  fetched, in which case the widget speaks English and says why in the console.
 *  @param {string} code
 *  @returns {Promise<string | undefined>} */
export function languagePack(code) {
  if (code === "en") return Promise.resolve(undefined);
  let pack = packs.get(code);
  if (!pack) {
    const url = new URL(`core/lang/${code}.json`, here);
    pack = fetch(url) // same-origin credentials, like the config: a preload hint can match it
      .then((response) => {
        if (response.ok) return response.text();
        throw new Error(`HTTP ${response.status}`);
      })
      .catch((/** @type {unknown} */ error) => {
        console.warn(`Leadership Balance: the ${code} language file (${url}) could not be loaded (${reason(error)}); showing English`);
        return undefined;
      });
    packs.set(code, pack);
  }
  return pack;
}

// The smallest module that uses every WebAssembly feature the widget's build relies on (the
// features Trunk's wasm-opt is given in index.html): reference types, bulk memory, non-trapping
// float-to-int, sign extension, multi-value and mutable globals. An engine that lacks any of
// them (Safari before 15, Firefox before 79, Chrome before 85) finds it invalid, and the
// learner gets a sentence instead of a compile error, before the wasm is downloaded.
// wasm-opt --mvp-features names each feature it needs; see the README's browser table.
const FEATURE_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  0x01, 0x06, 0x01, 0x60, 0x00, 0x02, 0x7f, 0x7f, // type: () -> (i32, i32), multi-value
  0x03, 0x02, 0x01, 0x00, // one function of that type
  0x05, 0x03, 0x01, 0x00, 0x01, // one page of memory
  0x06, 0x06, 0x01, 0x7f, 0x01, 0x41, 0x00, 0x0b, // a mutable i32 global…
  0x07, 0x05, 0x01, 0x01, 0x67, 0x03, 0x00, // …exported as "g": mutable globals
  0x0a, 0x20, 0x01, 0x1e, 0x00, // code: one body of 30 bytes, no locals
  0xd0, 0x6f, 0x1a, // ref.null extern; drop: reference types
  0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0b, 0x00, // memory.fill: bulk memory
  0x41, 0x00, 0xc0, 0x1a, // i32.extend8_s: sign extension
  0x43, 0x00, 0x00, 0x00, 0x00, 0xfc, 0x00, 0x1a, // i32.trunc_sat_f32_s: non-trapping conversion
  0x41, 0x00, 0x41, 0x00, 0x0b, // two results: multi-value
]);

/** Thrown when the browser's WebAssembly lacks a feature the widget needs. */
export class OutdatedBrowser extends Error {}

/** @type {Error | null | undefined} */
let wasmProblem;
/** Why this browser cannot run the widget's wasm, or null when it can; checked once. */
function checkWasm() {
  if (wasmProblem === undefined) {
    if (typeof WebAssembly !== "object") wasmProblem = new Error("this browser has no WebAssembly");
    else if (typeof WebAssembly.validate !== "function" || !WebAssembly.validate(FEATURE_PROBE)) {
      wasmProblem = new OutdatedBrowser("this browser's WebAssembly lacks reference types or bulk memory (Safari 15, Firefox 79 and Chrome 85 have them)");
    } else wasmProblem = null;
  }
  return wasmProblem;
}

/** The module's wasm download: the one already under way, or a new one.
 *  @param {WasmModule<Glue>} module */
function wasmResponse(module) {
  if (!module.response) {
    module.response = fetch(module.wasm);
    // A failed download is reported by loadWasm, and asked for again on its next call.
    module.response.catch(() => {});
  }
  return module.response;
}

/** Starts the download of a module's wasm, or joins the one a preload hint began, without
 *  compiling it: on a slow phone the compile's start and the glue's evaluation take the main
 *  thread for a while, and the intro comes first. loadWasm compiles what has come in.
 *  @param {WasmModule<Glue>} module */
export function download(module) {
  if (!checkWasm()) wasmResponse(module);
}

/** Loads one of the two modules once, however many widgets the page holds. A module that
 *  failed to load is tried again on the next call.
 *  @template {Glue} G
 *  @param {WasmModule<G>} module
 *  @returns {Promise<G>} */
export function loadWasm(module) {
  const problem = checkWasm();
  if (problem) return Promise.reject(problem);
  const response = wasmResponse(module);
  // The wasm compiles while it streams in. The glue is wasm-bindgen's output, which
  // TypeScript cannot see from here: its shape is the Glue types above (`mount` and
  // `mount_full` in src/bin/).
  module.ready ??= Promise.all([/** @type {Promise<G>} */ (import(module.glue)), response])
    .then(async ([glue, response]) => {
      const exports = await glue.default({ module_or_path: response });
      module.memory = exports.memory;
      // A User Timing mark, so DevTools and `cargo xtask bench` see when the wasm was ready.
      performance.mark?.(module.mark);
      return glue;
    })
    .catch((/** @type {unknown} */ error) => {
      module.ready = null;
      module.response = null;
      throw error;
    });
  return module.ready;
}

/** Starts the full module's download, so that it is there by the time a learner reaches the
 *  results; a failure here is tried again at the results. It waits until the page is idle:
 *  the learner has just asked for a page, and drawing it comes first (Safari has no
 *  requestIdleCallback, so there it waits half a second). */
export function prefetchFull() {
  const load = () => loadWasm(FULL).catch(() => {});
  if (typeof requestIdleCallback === "function") requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}

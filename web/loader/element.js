// @ts-check
// The <leadership-balance> element: it starts a widget in its shadow root, draws the early
// pages while the wasm comes, mounts the first module over them, hands over to the full one at
// the results, and follows its attributes.

import { atPath, drawEarlyPages, focusPath, savedAnswerKeys } from "./early-pages.js";
import { languageCode, message, providerLink, words } from "./messages.js";
import { FIRST, FULL, OutdatedBrowser, download, here, languagePack, loadWasm, prefetchFull, readConfig } from "./modules.js";
import { styleRoot } from "./style.js";

/** @typedef {import("./early-pages.js").EarlyPages} EarlyPages */
/** @typedef {import("./modules.js").ConfigRead} ConfigRead */
/** @typedef {import("./modules.js").FirstGlue} FirstGlue */
/** @typedef {import("./modules.js").FullGlue} FullGlue */
/** @typedef {import("./modules.js").MountInput} MountInput */
/** @typedef {import("./modules.js").MountedWidget} MountedWidget */
/** The element as the package's types promise it. @typedef {import("../leadership-balance.d.ts").LeadershipBalanceElement} TypedElement */

/** The module a widget starts with, loaded. @typedef {{ full: false, glue: FirstGlue } | { full: true, glue: FullGlue }} Loaded */

/**
 * What the learner had on the early pages when the wasm takes them over.
 * @typedef {object} Takeover
 * @property {string | undefined} steps What the wasm is told (EarlyPages.handOver).
 * @property {boolean} same Whether the wasm draws the very page the learner is on.
 * @property {number[] | null} carried Where the focus was on that page (see focusPath).
 * @property {boolean} opened Whether the intro's "How your answers are kept" was open.
 */

/** Resolves once the last page the early pages drew is painted, however many the learner
 *  opens meanwhile: starting the widget keeps a page the loader has just drawn off the screen
 *  for a while on a slow phone, so each page is let onto the screen first.
 *  @param {EarlyPages | null} early */
async function earlyPagesPainted(early) {
  for (let painted = null; early && early.painted !== painted; ) {
    painted = early.painted;
    await painted;
  }
}

/** Reads what the learner had on the early pages, then empties `container` for the wasm. The
 *  wasm draws the intro, the context page or the first statements just as the loader did, so
 *  those take over unseen, with the focus and the open details kept. The page the loader
 *  leaves to the wasm (the second page of statements) is new to the learner.
 *  @param {HTMLElement} container
 *  @param {EarlyPages | null} early
 *  @returns {Takeover} */
function takeOver(container, early) {
  const steps = early?.handOver();
  const same = early !== null && early.shown === early.steps.page;
  const carried = same ? focusPath(container) : null;
  const details = container.querySelector(".lb-intro details");
  const opened = details instanceof HTMLDetailsElement && details.open;
  container.replaceChildren();
  container.classList.toggle("lb-host--early", same);
  return { steps, same, carried, opened };
}

/** Focuses `element`, if there is one (the widget's controls and headings are all HTML).
 *  @param {Element | null} element */
function focus(element) {
  if (element instanceof HTMLElement) element.focus();
}

/** Carries the learner's open details and focus over to the wasm's pages. Yew draws in a
 *  microtask queued by mount(), before the next frame: this runs in the microtask after it.
 *  A page the loader left to the wasm is new to the learner: its heading takes the focus.
 *  @param {HTMLElement} container
 *  @param {Takeover} takeover */
function carryOver(container, { steps, same, carried, opened }) {
  const details = container.querySelector(".lb-intro details");
  if (opened && details instanceof HTMLDetailsElement) details.open = true;
  if (carried) focus(atPath(container, carried));
  else if (steps && !same) focus(container.querySelector(".lb-heading"));
}

/** From the learner's first click or key on, pages slide in again, and the full module is on
 *  its way.
 *  @param {HTMLElement} container
 *  @param {boolean} full Whether the full module is the one mounted already. */
function watchFirstStep(container, full) {
  const moved = () => {
    container.classList.remove("lb-host--early");
    if (!full) prefetchFull();
  };
  container.addEventListener("click", moved, { once: true, capture: true });
  container.addEventListener("keydown", moved, { once: true, capture: true });
}

/** @implements {TypedElement} */
export class LeadershipBalanceElement extends HTMLElement {
  // A framework host (React, Vue, …) may set these after the element is on the page.
  static get observedAttributes() {
    return ["lang", "accent", "config"];
  }

  /** The widget a module has mounted; null before, after a failure and once disconnected.
   *  @type {MountedWidget | null} */
  widget = null;
  /** From connectedCallback until the widget is mounted or has failed to start. */
  starting = false;
  /** Whether an attribute changed while starting: the widget is refreshed once mounted. */
  changedWhileStarting = false;
  /** How many refreshes have begun: only the latest one updates the widget. */
  refreshes = 0;
  /** The config's JSON text as last read, for the wasm and the loader's messages.
   *  @type {string | null | undefined} */
  configText;
  /** Why the config could not be read, as last read. @type {string | undefined} */
  configProblem;
  /** While the full module is being mounted in the first one's place. */
  handingOver = false;

  /** @param {string} name
   *  @param {string | null} before
   *  @param {string | null} after */
  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (this.widget) this.refresh();
    else if (this.starting) this.changedWhileStarting = true;
  }

  /** Shows the widget as the attributes now say: the config read again, the language's table
   *  fetched if needed. Answers are kept while the statements stay the same. */
  async refresh() {
    const turn = (this.refreshes += 1);
    const read = await readConfig(this);
    const pack = await languagePack(languageCode(this, read.text));
    // A later change has started its own refresh; that one shows the latest attributes.
    if (turn !== this.refreshes || !this.widget) return;
    this.configText = read.text;
    this.configProblem = read.problem;
    this.widget.update(
      read.text ?? undefined,
      read.problem ?? undefined,
      this.getAttribute("lang") ?? undefined,
      this.getAttribute("accent") ?? undefined,
      pack ?? undefined,
    );
  }

  connectedCallback() {
    if (this.widget || this.starting) return;
    this.starting = true;
    start(this).finally(() => {
      this.starting = false;
    });
  }

  /** The arguments both modules' mount functions start with: where to draw, the config as last
   *  read, the attributes, and the language's pack.
   *  @param {HTMLElement} container
   *  @param {string | undefined} pack
   *  @returns {MountInput} */
  mountInput(container, pack) {
    return [
      container,
      this,
      this.configText ?? undefined,
      this.configProblem ?? undefined,
      this.getAttribute("lang") ?? undefined,
      this.getAttribute("accent") ?? undefined,
      pack ?? undefined,
    ];
  }

  /** Mounts the full module in the first one's place, going on from `progress` (the progress
   *  file's text, or undefined): the first module calls this when the learner reaches the
   *  results, showing "Getting your results ready…" meanwhile.
   *  @param {HTMLElement} container
   *  @param {string | undefined} progress */
  async handOver(container, progress) {
    if (this.handingOver) return;
    this.handingOver = true;
    try {
      const glue = await loadWasm(FULL);
      const pack = await languagePack(languageCode(this, this.configText));
      if (!this.isConnected || !this.widget) return;
      this.widget.unmount();
      container.replaceChildren();
      this.widget = glue.mount_full(...this.mountInput(container, pack), progress ?? undefined);
    } catch (error) {
      console.error("Leadership Balance could not load its results:", error);
      const say = words(this, this.configText);
      message(container, say.failed, { link: providerLink(this.configText), reload: true, role: "alert", say });
    } finally {
      this.handingOver = false;
    }
  }

  /** Bytes of WebAssembly memory held by the widgets of this page (each of the two modules
   *  serves them all); for diagnostics and `cargo xtask bench`. */
  get wasmMemoryBytes() {
    return (FIRST.memory?.buffer.byteLength ?? 0) + (FULL.memory?.buffer.byteLength ?? 0);
  }

  disconnectedCallback() {
    this.widget?.unmount();
    this.widget = null;
  }
}

/** Starts the widget in `element`: everything it needs asked for at once, the early intro
 *  drawn as soon as the config is in, then the wasm compiled and mounted over it; or a
 *  sentence saying why it cannot start. (The steps are functions, not methods, so that a host
 *  page sees none of them on the element.)
 *  @param {LeadershipBalanceElement} element */
async function start(element) {
  const { container, styled } = openRoot(element);
  const { config, pack } = requestConfig(element);
  const say = words(element);
  message(container, say.loading, { say });
  // A link in the address opens the results or a colleague's path: the full module's.
  const full = location.hash.startsWith("#lb");
  download(full ? FULL : FIRST);
  const savedKeys = savedAnswerKeys();
  try {
    const early = await drawEarly(element, container, { config, pack, styled, savedKeys });
    // The wasm downloads from the start but compiles once the intro is on screen (see
    // download in modules.js).
    await early?.painted;
    const loaded = await loadModule(full);
    const [read, packText] = await Promise.all([config, pack]);
    await earlyPagesPainted(early);
    mount(element, container, loaded, read, packText, early);
  } catch (error) {
    await fail(element, container, error, config);
  }
}

/** Opens the element's shadow root with the container the widget draws in; `styled` resolves
 *  to whether the styles apply.
 *  @param {LeadershipBalanceElement} element */
function openRoot(element) {
  const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const container = document.createElement("div");
  container.className = "lb-host";
  // Where the widget's other files are: the PDF's fonts are fetched from there.
  container.dataset.assets = here.href;
  const styled = styleRoot(root, container);
  return { container, styled };
}

/** Asks for the config and then the language's pack. The intro waits on the config, so it is
 *  asked for before the wasm.
 *  @param {LeadershipBalanceElement} element */
function requestConfig(element) {
  const config = readConfig(element);
  const pack = config.then((read) => languagePack(languageCode(element, read.text)));
  return { config, pack };
}

/** Draws the early intro once the config, the pack and the styles are in, unless the element
 *  is gone, the styles failed or the config could not be read; the early pages, or null.
 *  @param {LeadershipBalanceElement} element
 *  @param {HTMLElement} container
 *  @param {{ config: Promise<ConfigRead>, pack: Promise<string | undefined>, styled: Promise<boolean>,
 *    savedKeys: string[] | null }} requested
 *  @returns {Promise<EarlyPages | null>} */
async function drawEarly(element, container, { config, pack, styled, savedKeys }) {
  const [read, packText, stylesheetLoaded] = await Promise.all([config, pack, styled]);
  if (!element.isConnected || !stylesheetLoaded || read.problem) return null;
  return drawEarlyPages(element, container, read.text, packText, savedKeys);
}

/** Loads the module a widget starts with: the full one for a link in the address, else the
 *  first.
 *  @param {boolean} full
 *  @returns {Promise<Loaded>} */
async function loadModule(full) {
  return full ? { full: true, glue: await loadWasm(FULL) } : { full: false, glue: await loadWasm(FIRST) };
}

/** Mounts the loaded module in `container`, over the early pages if they are drawn, going on
 *  from what the learner did there.
 *  @param {LeadershipBalanceElement} element
 *  @param {HTMLElement} container
 *  @param {Loaded} loaded
 *  @param {ConfigRead} read
 *  @param {string | undefined} pack
 *  @param {EarlyPages | null} early */
function mount(element, container, loaded, read, pack, early) {
  element.configText = read.text;
  element.configProblem = read.problem;
  if (!element.isConnected) return;
  const takeover = takeOver(container, early);
  const input = element.mountInput(container, pack);
  if (loaded.full) {
    element.widget = loaded.glue.mount_full(...input, undefined);
  } else {
    element.widget = loaded.glue.mount(...input, takeover.steps, (progress) => element.handOver(container, progress));
    if (takeover.steps) prefetchFull();
  }
  queueMicrotask(() => carryOver(container, takeover));
  watchFirstStep(container, loaded.full);
  if (element.changedWhileStarting) {
    element.changedWhileStarting = false;
    element.refresh();
  }
}

/** Says in the widget's place why it could not start.
 *  @param {LeadershipBalanceElement} element
 *  @param {HTMLElement} container
 *  @param {unknown} error
 *  @param {Promise<ConfigRead>} config */
async function fail(element, container, error, config) {
  console.error("Leadership Balance could not start:", error);
  const { text } = await config.catch(() => ({ text: undefined }));
  const say = words(element, text);
  const sentence = error instanceof OutdatedBrowser ? say.outdated : say.failed;
  message(container, sentence, { link: providerLink(text), role: "alert", say });
}

/** After a panic the wasm instance is finished; every widget on the page says so instead.
 *  Answers are saved after each change, so a reload brings them back. */
export function showCrashed() {
  for (const element of document.querySelectorAll("leadership-balance")) {
    const container = element.shadowRoot?.querySelector(".lb-host");
    if (container) {
      const configText = element instanceof LeadershipBalanceElement ? element.configText : undefined;
      const say = words(element, configText);
      message(container, say.crashed, { reload: true, role: "alert", say });
    }
  }
}

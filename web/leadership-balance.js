// Leadership Balance loader: defines <leadership-balance>.
//
// One script tag and one element put the widget on any page:
//   <script type="module" src="https://…/leadership-balance.js"></script>
//   <leadership-balance config="config.json"></leadership-balance>
//
// The widget lives in the element's shadow root, so the host page's CSS cannot restyle it and
// its CSS cannot leak out. Nothing here is inline or evaluated, so the page may run a strict
// Content-Security-Policy. The loader fetches only the widget's own files and the config.

import init, { mount } from "./core/leadership-balance.js";

const here = new URL(".", import.meta.url);
let wasmReady = null;
let wasmMemory = null;

// The few words the loader shows before (or instead of) the widget, which has its own tables
// in src/strings/. Keep the languages in step with those; a test in tests/e2e checks them.
const WORDS = {
  en: {
    loading: "Loading the self-assessment…",
    failed: "The self-assessment could not load in this browser. Please reload the page, or try again later.",
    outdated: "This browser is too old for the self-assessment. Please update it, or open this page in a current browser.",
    crashed: "Something went wrong; your answers are kept. Reload the page to continue.",
    visit: (name) => `Visit ${name}`,
    reload: "Reload",
  },
  de: {
    loading: "Die Selbsteinschätzung wird geladen…",
    failed: "Die Selbsteinschätzung konnte in diesem Browser nicht geladen werden. Bitte laden Sie die Seite neu oder versuchen Sie es später noch einmal.",
    outdated: "Dieser Browser ist für die Selbsteinschätzung zu alt. Bitte aktualisieren Sie ihn oder öffnen Sie diese Seite in einem aktuellen Browser.",
    crashed: "Etwas ist schiefgelaufen; Ihre Antworten sind gespeichert. Laden Sie die Seite neu, um fortzufahren.",
    visit: (name) => `${name} besuchen`,
    reload: "Neu laden",
  },
  es: {
    loading: "Cargando la autoevaluación…",
    failed: "La autoevaluación no se ha podido cargar en este navegador. Recarga la página o inténtalo más tarde.",
    outdated: "Este navegador es demasiado antiguo para la autoevaluación. Actualízalo o abre esta página en un navegador actual.",
    crashed: "Algo ha fallado; tus respuestas se conservan. Recarga la página para continuar.",
    visit: (name) => `Visitar ${name}`,
    reload: "Recargar",
  },
  fr: {
    loading: "Chargement de l’auto-évaluation…",
    failed: "L’auto-évaluation n’a pas pu se charger dans ce navigateur. Rechargez la page ou réessayez plus tard.",
    outdated: "Ce navigateur est trop ancien pour l’auto-évaluation. Mettez-le à jour ou ouvrez cette page dans un navigateur récent.",
    crashed: "Un problème est survenu\u00a0; vos réponses sont conservées. Rechargez la page pour continuer.",
    visit: (name) => `Visiter ${name}`,
    reload: "Recharger",
  },
};

/** The widget's language: the `lang` attribute, then the config's `language`, then the
 *  browser's language, else English; the same order as `strings::choose` in the wasm. */
function languageCode(element, configText) {
  let configured = null;
  try {
    configured = JSON.parse(configText ?? "null")?.language;
  } catch {
    configured = null;
  }
  for (const tag of [element?.getAttribute("lang"), configured, navigator.language]) {
    const primary = typeof tag === "string" ? tag.split(/[-_]/)[0].toLowerCase() : "";
    if (WORDS[primary]) return primary;
  }
  return "en";
}

/** The loader's words in the widget's language. */
function words(element, configText) {
  return WORDS[languageCode(element, configText)];
}

// The wasm speaks English; every other language's table is a small JSON file, fetched once
// per page for the widgets that need it, at the same time as the wasm.
const packs = new Map();

/** The language table for `code` as JSON text; undefined for English, or when it cannot be
 *  fetched, in which case the widget speaks English and says why in the console. */
function languagePack(code) {
  if (code === "en") return Promise.resolve(undefined);
  if (!packs.has(code)) {
    const url = new URL(`core/lang/${code}.json`, here);
    packs.set(
      code,
      fetch(url, { credentials: "omit" })
        .then((response) => {
          if (response.ok) return response.text();
          throw new Error(`HTTP ${response.status}`);
        })
        .catch((error) => {
          console.warn(`Leadership Balance: the ${code} language file (${url}) could not be loaded (${error.message}); showing English`);
          return undefined;
        }),
    );
  }
  return packs.get(code);
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
class OutdatedBrowser extends Error {}

/** Loads the WebAssembly once, however many widgets the page holds. */
function loadWasm() {
  if (typeof WebAssembly !== "object") {
    return Promise.reject(new Error("this browser has no WebAssembly"));
  }
  if (typeof WebAssembly.validate !== "function" || !WebAssembly.validate(FEATURE_PROBE)) {
    return Promise.reject(
      new OutdatedBrowser("this browser's WebAssembly lacks reference types or bulk memory (Safari 15, Firefox 79 and Chrome 85 have them)"),
    );
  }
  wasmReady ??= init({ module_or_path: new URL("core/leadership-balance_bg.wasm", here) }).then((exports) => {
    wasmMemory = exports.memory;
    // A User Timing mark, so DevTools and `cargo xtask bench` see when the wasm was ready.
    performance.mark?.("leadership-balance:wasm-ready");
    return exports;
  });
  return wasmReady;
}

/** The provider's name and http(s) link from the config, for messages shown without wasm. */
function providerLink(configText) {
  try {
    const provider = JSON.parse(configText ?? "null")?.provider;
    const url = typeof provider?.url === "string" && /^https?:\/\/[^\s]+$/.test(provider.url) ? provider.url : null;
    return url ? { url, name: typeof provider.name === "string" ? provider.name : url } : null;
  } catch {
    return null;
  }
}

/** The config as JSON text, from an inline child or the `config` URL; or why it failed. */
async function readConfig(element) {
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
    const response = await fetch(url, { credentials: "omit" });
    if (!response.ok) return { problem: `could not be loaded from ${url} (HTTP ${response.status})` };
    return { text: await response.text() };
  } catch (error) {
    return { problem: `could not be loaded from ${url} (${error.message})` };
  }
}

function message(container, text, { link = null, reload = false, role = "status", say = WORDS.en } = {}) {
  const box = document.createElement("div");
  box.className = "lb-loading";
  box.setAttribute("role", role);
  const paragraph = document.createElement("p");
  paragraph.textContent = text;
  box.append(paragraph);
  if (link) {
    const anchor = document.createElement("a");
    anchor.href = link.url;
    anchor.rel = "noopener noreferrer";
    anchor.textContent = say.visit(link.name);
    box.append(anchor);
  }
  if (reload) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = say.reload;
    button.addEventListener("click", () => location.reload());
    box.append(button);
  }
  container.replaceChildren(box);
}

// After a panic the wasm instance is finished; every widget shows this instead. Answers are
// saved after each change, so a reload brings them back.
window.addEventListener("leadership-balance:crashed", () => {
  for (const element of document.querySelectorAll("leadership-balance")) {
    const container = element.shadowRoot?.querySelector(".lb-host");
    if (container) {
      const say = words(element, element.configText);
      message(container, say.crashed, { reload: true, role: "alert", say });
    }
  }
});

class LeadershipBalanceElement extends HTMLElement {
  // A framework host (React, Vue, …) may set these after the element is on the page.
  static get observedAttributes() {
    return ["lang", "accent", "config"];
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (this.widget) this.refresh();
    else if (this.starting) this.changedWhileStarting = true;
  }

  /** Shows the widget as the attributes now say: the config read again, the language's table
   *  fetched if needed. Answers are kept while the statements stay the same. */
  async refresh() {
    const turn = (this.refreshes = (this.refreshes ?? 0) + 1);
    const read = await readConfig(this);
    const pack = await languagePack(languageCode(this, read.text));
    // A later change has started its own refresh; that one shows the latest attributes.
    if (turn !== this.refreshes || !this.widget) return;
    this.configText = read.text;
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
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("leadership-balance.css", here).href;
    const container = document.createElement("div");
    container.className = "lb-host";
    root.replaceChildren(style, container);
    const say = words(this);
    message(container, say.loading, { say });

    const config = readConfig(this);
    const pack = config.then((read) => languagePack(languageCode(this, read.text)));
    Promise.all([loadWasm(), config, pack])
      .then(([, config, pack]) => {
        this.configText = config.text;
        if (!this.isConnected) return;
        container.replaceChildren();
        this.widget = mount(
          container,
          this,
          config.text ?? undefined,
          config.problem ?? undefined,
          this.getAttribute("lang") ?? undefined,
          this.getAttribute("accent") ?? undefined,
          pack ?? undefined,
        );
        if (this.changedWhileStarting) {
          this.changedWhileStarting = false;
          this.refresh();
        }
      })
      .catch(async (error) => {
        console.error("Leadership Balance could not start:", error);
        const text = (await config.catch(() => ({}))).text;
        const say = words(this, text);
        const sentence = error instanceof OutdatedBrowser ? say.outdated : say.failed;
        message(container, sentence, { link: providerLink(text), role: "alert", say });
      })
      .finally(() => {
        this.starting = false;
      });
  }

  /** Bytes of WebAssembly memory held by the widgets of this page (one module serves them
   *  all); for diagnostics and `cargo xtask bench`. */
  get wasmMemoryBytes() {
    return wasmMemory?.buffer.byteLength ?? 0;
  }

  disconnectedCallback() {
    this.widget?.unmount();
    this.widget = null;
  }
}

if (!customElements.get("leadership-balance")) {
  customElements.define("leadership-balance", LeadershipBalanceElement);
}

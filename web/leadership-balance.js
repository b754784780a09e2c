// Leadership Balance loader: defines <leadership-balance>.
//
// One script tag and one element put the widget on any page:
//   <script type="module" src="https://…/leadership-balance.js"></script>
//   <leadership-balance config="config.json"></leadership-balance>
//
// The widget lives in the element's shadow root, so the host page's CSS cannot restyle it and
// its CSS cannot leak out. Nothing here is inline or evaluated, so the page may run a strict
// Content-Security-Policy. The loader fetches only the widget's own files and the config.
//
// Fast on a slow phone: as soon as this file runs it asks for the config, a language pack and
// the wasm at once rather than one after another, and it draws the intro itself, in plain DOM
// with the widget's own classes and words, as soon as the config is in (the stylesheet comes
// inside this file, see STYLE_TEXT, so it costs no request and no wait). Only then does the
// wasm compile and the wasm-bindgen glue run, so that they do not hold the intro up. Start and
// Next open the loader's own context questions and first statements, so a quick learner
// answers those meanwhile. The wasm takes over the same DOM without a flash, the answers and
// the focus kept; Next on the first statements says "Getting the questions ready…" until it
// has.
//
// The widget is two wasm modules. The first holds the intro, the context and the statements,
// and is all a learner waits for; the full one holds every view, the results and the PDF
// among them (src/ui/later.rs). The loader fetches the full one in the background at the
// learner's first click or key in the widget (so a visitor who never starts downloads none of
// it, and it never competes with the page's own loading), and mounts it in the first one's
// place when the learner reaches the results, with the progress the first hands over. A link
// in the address (a shared result, a colleague's request or answer) starts with the full one.

const here = new URL(".", import.meta.url);
const FIRST = {
  glue: new URL("core/leadership-balance.js", here).href,
  wasm: new URL("core/leadership-balance_bg.wasm", here),
  mark: "leadership-balance:wasm-ready",
  ready: null,
  memory: null,
};
const FULL = {
  glue: new URL("core/leadership-balance-full.js", here).href,
  wasm: new URL("core/leadership-balance-full_bg.wasm", here),
  mark: "leadership-balance:full-ready",
  ready: null,
  memory: null,
};
const STYLESHEET = new URL("leadership-balance.css", here).href;
// The stylesheet's text, written in here by the build (tools/post_build.mjs) from
// styles/leadership-balance.css, so that a shadow root is styled the moment it is made: a
// <link> waits for a request and then its load event, each a turn of the page's busy main
// thread, and the intro waited on it. Empty in a loader that did not go through the build,
// which then links the stylesheet instead, as browsers without constructable stylesheets do.
const STYLE_TEXT = /* lb:stylesheet */ "";

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
      fetch(url) // same-origin credentials, like the config: a preload hint can match it
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

/** Starts the download of a module's wasm, or joins the one a preload hint began, without
 *  compiling it: on a slow phone the compile's start and the glue's evaluation take the main
 *  thread for a while, and the intro comes first. loadWasm compiles what has come in. */
function download(module) {
  if (checkWasm() || module.response) return;
  module.response = fetch(module.wasm);
  // A failed download is reported by loadWasm, and asked for again on its next call.
  module.response.catch(() => {});
}

/** Loads one of the two modules once, however many widgets the page holds. A module that
 *  failed to load is tried again on the next call. */
function loadWasm(module) {
  const problem = checkWasm();
  if (problem) return Promise.reject(problem);
  download(module);
  // The wasm compiles while it streams in.
  module.ready ??= Promise.all([import(module.glue), module.response])
    .then(async ([glue, response]) => {
      const exports = await glue.default({ module_or_path: response });
      module.memory = exports.memory;
      // A User Timing mark, so DevTools and `cargo xtask bench` see when the wasm was ready.
      performance.mark?.(module.mark);
      return glue;
    })
    .catch((error) => {
      module.ready = null;
      module.response = null;
      throw error;
    });
  return module.ready;
}

// One constructed stylesheet, shared by every widget on the page.
let sheet = null;

/** Puts `container` into the shadow `root` with the widget's styles; resolves to whether the
 *  styles apply. From the build's copy of the stylesheet where the browser has constructable
 *  stylesheets (which a strict CSP allows, unlike an inline <style>); otherwise from a <link>
 *  to the stylesheet, once it has loaded. */
function styleRoot(root, container) {
  if (STYLE_TEXT && "adoptedStyleSheets" in ShadowRoot.prototype) {
    try {
      if (!sheet) {
        const built = new CSSStyleSheet();
        built.replaceSync(STYLE_TEXT);
        sheet = built;
      }
      root.adoptedStyleSheets = [sheet];
      root.replaceChildren(container);
      return Promise.resolve(true);
    } catch {
      // A browser that lists adoptedStyleSheets but cannot construct a sheet: the <link>.
    }
  }
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = STYLESHEET;
  const loaded = new Promise((resolve) => {
    link.addEventListener("load", () => resolve(true), { once: true });
    link.addEventListener("error", () => resolve(false), { once: true });
  });
  root.replaceChildren(link, container);
  return loaded;
}

/** Resolves after the browser's next paint, or after 100 ms where no frame comes (a page in a
 *  background tab draws none). */
function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Starts the full module's download, so that it is there by the time a learner reaches the
 *  results; a failure here is tried again at the results. It waits until the page is idle:
 *  the learner has just asked for a page, and drawing it comes first (Safari has no
 *  requestIdleCallback, so there it waits half a second). */
function prefetchFull() {
  const load = () => loadWasm(FULL).catch(() => {});
  if (typeof requestIdleCallback === "function") requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
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
    // The default credentials mode ("same-origin": never a cookie to another origin, such as
    // a CDN) is the one a `<link rel="preload" as="fetch" crossorigin>` hint matches, so a
    // page can have the config on its way before this script has even run.
    const response = await fetch(url);
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

// BEGIN EARLY WORDS
// Generated from src/strings/ by `LB_UPDATE_PACKS=1 cargo test packs` (the test in
// src/ui/components/intro.rs); do not edit by hand.
const EARLY_WORDS = {"and":" and ","app_title":"Leadership Balance","back":"Back","context_heading":"First, a little about your role","context_missing":"Please answer both questions to continue.","experience_options":["Not yet","Under 1 year","1–3 years","3–5 years","Over 5 years"],"experience_question":"How long have you been managing people?","forget":"Forget my answers on this device","forgotten":"Your answers are forgotten on this device.","intro_body":"Management is the how: planning, organizing and keeping work on track. Leadership is the why: giving people a direction worth following, and the drive and support to get there.","intro_duration":"{statements} short statements · about {minutes} minutes","intro_heading":"Management or leadership: where should you grow next?","missing_many":"Statements {list} still need an answer.","missing_one":"Statement {list} still needs an answer.","next":"Next","no_chance_yet":"No chance to do this yet","preparing":"Getting the questions ready…","privacy_details":"Your answers and notes stay in this browser's own storage on this device, so you can leave and continue later. Nothing is sent to any server and no cookie is set. They stay until you choose “Forget my answers on this device” or clear your browser's data.","privacy_details_off":"Your answers and notes are kept only while this page is open. Nothing is sent to any server and no cookie is set.","privacy_details_summary":"How your answers are kept","privacy_promise":"Your answers never leave this device.","progress":"{answered} of {total} answered","reports_options":["None","1–3","4–8","9 or more"],"reports_question":"How many people report to you directly?","scale":["Never","Rarely","Sometimes","Often","Almost always"],"start":"Start the self-assessment","statement_counter":"Statement {n} of {total}","statements_heading":"How often do you do this?","statements_hint":"Think of the last few months. Keys 1 to 5 answer the statement you are on."};
const EARLY_FIELDS = {"and":32,"app_title":0,"back":33,"context_heading":7,"context_missing":19,"experience_options":[9,10,11,12,13],"experience_question":8,"forget":85,"forgotten":86,"intro_body":2,"intro_duration":3,"intro_heading":1,"missing_many":31,"missing_one":30,"next":34,"no_chance_yet":27,"preparing":6,"privacy_details":83,"privacy_details_off":84,"privacy_details_summary":82,"privacy_promise":4,"progress":29,"reports_options":[15,16,17,18],"reports_question":14,"scale":[22,23,24,25,26],"start":5,"statement_counter":28,"statements_heading":20,"statements_hint":21};
const EARLY_FIRST_PAGE = [["planning_1","Before a busy week starts, I decide who does which task."],["coaching_1","I ask questions that help people find their own answers."],["monitoring_1","I check progress against agreed targets at set times."],["developing_others_1","I give people tasks that stretch their skills, with support."],["administration_1","I keep records, reports and approvals up to date."],["networks_1","I keep in touch with people in other teams who can help us."]];
const EARLY_STATEMENTS = 48;
const EARLY_MINUTES = 8;
// END EARLY WORDS

/** The early pages' words in `code` and the first page's statements: English from the tables
 *  above, another language from its pack (the words by their places in the pack, the options
 *  as lists of places; the statements by their ids); null when the pack is missing or
 *  damaged. */
function earlyWords(code, packText) {
  if (code === "en") {
    return { words: EARLY_WORDS, statements: EARLY_FIRST_PAGE.map(([, text]) => text), direction: "ltr" };
  }
  try {
    const pack = JSON.parse(packText ?? "null");
    const text = (index) => {
      if (typeof pack.texts[index] !== "string") throw new Error(`no text ${index}`);
      return pack.texts[index];
    };
    const words = {};
    for (const [field, place] of Object.entries(EARLY_FIELDS)) {
      words[field] = Array.isArray(place) ? place.map(text) : text(place);
    }
    const statements = EARLY_FIRST_PAGE.map(([id]) => {
      const found = pack.statements.find((pair) => Array.isArray(pair) && pair[0] === id)?.[1];
      if (typeof found !== "string") throw new Error(`no statement ${id}`);
      return found;
    });
    return { words, statements, direction: pack.direction === "rtl" ? "rtl" : "ltr" };
  } catch {
    return null;
  }
}

/** The keys of the widget's saved answers in this browser's storage, or null when storage
 *  cannot be read. Read while the config is still on its way: a first read of storage can take
 *  a phone a few milliseconds, which the intro need not wait for. */
function savedAnswerKeys() {
  try {
    const keys = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith("leadership-balance:")) keys.push(key);
    }
    return keys;
  } catch {
    return null;
  }
}

/** Whether `keys` (from savedAnswerKeys) hold saved answers for `configId`: the widget then
 *  offers them on its own intro, which the loader does not draw. True when storage cannot be
 *  read either. */
function mayHaveSavedAnswers(keys, configId) {
  const suffix = `:${configId ?? "default"}`;
  return keys === null || keys.some((key) => key.endsWith(suffix));
}

// The theme values the loader applies before the wasm has checked them; anything else waits
// for the wasm (web/config.schema.json holds the same patterns).
const HEX_COLOUR = /^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;
const FONT_FAMILY = /^[\p{L}\p{N} ,'"_-]+$/u;

/** Sets the theme's custom properties on `container` as the wasm will, from the `accent`
 *  attribute and the config's `theme`, so that the early pages have the provider's colours. */
function applyEarlyTheme(container, element, config) {
  const theme = config?.theme ?? {};
  const accent = element.getAttribute("accent") || theme.accent;
  const colours = { "--lb-accent": accent, "--lb-text": theme.text, "--lb-background": theme.background };
  for (const [name, value] of Object.entries(colours)) {
    if (typeof value === "string" && HEX_COLOUR.test(value)) container.style.setProperty(name, value);
  }
  if (typeof theme.font_family === "string" && theme.font_family.length <= 200 && FONT_FAMILY.test(theme.font_family)) {
    container.style.setProperty("--lb-font-family", theme.font_family);
  }
  if (Number.isInteger(theme.radius) && theme.radius >= 0 && theme.radius <= 32) {
    container.style.setProperty("--lb-radius", `${theme.radius}px`);
  }
}

/** A new element of `tag` with `className` and text, for the early pages. */
function newElement(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button of the widget's, labelled `text`. */
function newButton(className, text) {
  const button = newElement("button", className, text);
  button.type = "button";
  return button;
}

/** Marks `button` as waiting for the wasm, in words and for assistive technology. */
function showPreparing(button, words) {
  button.textContent = words.preparing;
  button.setAttribute("aria-disabled", "true");
  button.closest("section")?.setAttribute("aria-busy", "true");
}

/** Fills a template's `{name}` slots, as the widget's `strings::fill` does. */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (slot, name) => (name in values ? String(values[name]) : slot));
}

/** "3", "3 and 5", "3, 5 and 8", as the widget's `Strings::join` says it. */
function joinList(items, and) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")}${and}${items.at(-1)}`;
}

/** A question as the widget draws it (src/ui/components/choice_group.rs): native radio
 *  buttons in a fieldset. `choose(index)` hears each choice; with `digitKeys`, the keys 1 to N
 *  choose the first N options while the focus is in the group, and the focus follows. */
function choiceGroup({ legend, options, name, choose, scale = false, digitKeys = 0 }) {
  const group = newElement("fieldset", "lb-choice");
  const list = newElement("div", scale ? "lb-choice__options lb-scale" : "lb-choice__options");
  const inputs = options.map((label, index) => {
    const option = newElement("label", "lb-option");
    const input = newElement("input");
    input.type = "radio";
    input.name = name;
    input.value = String(index);
    input.dataset.index = String(index);
    input.addEventListener("change", () => choose(index));
    option.append(input, newElement("span", "lb-option__label", label));
    list.append(option);
    return input;
  });
  if (digitKeys > 0) {
    group.addEventListener("keydown", (event) => {
      const digit = Number(event.key);
      if (!Number.isInteger(digit) || digit < 1 || digit > digitKeys) return;
      event.preventDefault();
      inputs[digit - 1].checked = true;
      choose(digit - 1);
      inputs[digit - 1].focus();
    });
  }
  group.append(newElement("legend", "lb-choice__legend", legend), list);
  return group;
}

/** Marks `group` as still needing an answer, or not, as the widget does. */
function markGroup(group, missing) {
  group.classList.toggle("lb-choice--missing", missing);
  if (missing) group.setAttribute("aria-invalid", "true");
  else group.removeAttribute("aria-invalid");
}

/** Back and Next under the line that says what is missing (src/ui/components/page_nav.rs). */
function pageNav(words, back, next) {
  const area = newElement("div", "lb-nav-area");
  const status = newElement("p", "lb-status", "");
  status.setAttribute("aria-live", "polite");
  const nav = newElement("div", "lb-nav");
  const backButton = newButton("lb-button lb-button--secondary", words.back);
  const nextButton = newButton("lb-button lb-button--primary", words.next);
  backButton.addEventListener("click", back);
  nextButton.addEventListener("click", next);
  nav.append(backButton, nextButton);
  area.append(status, nav);
  return area;
}

/** The loader's own pages, drawn as the widget draws them (src/ui/components/intro.rs,
 *  context_page.rs, statements_page.rs and the components they use) with the same classes,
 *  so that the wasm's pages replace them without a visible change: the intro, after Start the
 *  two context questions, and after Next the first page of statements, so that a learner
 *  quicker than the network answers those while the wasm arrives. `steps` is what the wasm is
 *  told (src/ui/early_steps.rs): the page, the chosen options' places, and whether Next has
 *  pointed out a missing answer. */
class EarlyPages {
  constructor(words, statements, persistence) {
    this.words = words;
    this.statements = statements;
    this.steps = {
      page: "intro",
      experience: null,
      reports: null,
      answers: statements.map(() => null),
      missing: false,
      forgotten: false,
    };
    this.root = newElement("div", "lb");
    // Resolves once the page last drawn has been painted.
    this.painted = null;
    // Each page once drawn, by the step it belongs to.
    this.pages = { intro: null, context: null, statements: null };
    this.persistence = persistence;
  }

  /** The page on screen: "statements" also while Next there waits for the wasm. */
  get shown() {
    const page = this.root.querySelector(".lb-page");
    return Object.keys(this.pages).find((step) => this.pages[step] === page);
  }

  /** Builds the intro page with `name` (the provider's, or the widget's) and `body`. */
  drawIntro(name, body, duration) {
    const { words } = this;
    const page = newElement("section", "lb-page lb-intro");
    const heading = newElement("h2", "lb-heading", words.intro_heading);
    heading.tabIndex = -1;
    const privacy = newElement("div", "lb-privacy");
    const details = newElement("details");
    details.append(
      newElement("summary", null, words.privacy_details_summary),
      newElement("p", null, this.persistence ? words.privacy_details : words.privacy_details_off),
    );
    privacy.append(newElement("p", null, words.privacy_promise), details);
    const start = newButton("lb-button lb-button--primary", words.start);
    start.addEventListener("click", () => this.start());
    page.append(newElement("p", "lb-eyebrow", name), heading, newElement("p", null, body), newElement("p", "lb-meta", duration), privacy, start);
    this.pages.intro = page;
    this.root.append(page);
    this.painted = afterPaint();
    if (this.persistence) {
      const footer = newElement("footer", "lb-footer");
      // Nothing is saved yet; Forget drops what was chosen here, as the widget's own would.
      const forget = newButton("lb-link-button", words.forget);
      forget.addEventListener("click", () => this.forget());
      const status = newElement("span", "lb-status lb-status--ok");
      status.setAttribute("aria-live", "polite");
      footer.append(forget, status);
      this.root.append(footer);
    }
  }

  /** Builds the context page: one question per fieldset, then Back and Next. */
  drawContext() {
    const { words } = this;
    const page = newElement("section", "lb-page lb-context");
    const heading = newElement("h2", "lb-heading", words.context_heading);
    heading.tabIndex = -1;
    page.append(heading);
    for (const [legend, options, key] of [
      [words.experience_question, words.experience_options, "experience"],
      [words.reports_question, words.reports_options, "reports"],
    ]) {
      const choose = (index) => {
        this.steps[key] = index;
        this.markMissing();
      };
      const group = choiceGroup({ legend, options, name: `lb-early-${key}`, choose });
      group.dataset.question = key;
      page.append(group);
    }
    page.append(pageNav(words, () => this.go("intro"), () => this.next()));
    this.pages.context = page;
  }

  /** Builds the first page of statements (src/ui/components/statements_page.rs and
   *  statement_card.rs): the hint, the progress, a card per statement with the frequency
   *  scale and "No chance to do this yet", then Back and Next. */
  drawStatements() {
    const { words } = this;
    const page = newElement("section", "lb-page lb-statements");
    const heading = newElement("h2", "lb-heading", words.statements_heading);
    heading.tabIndex = -1;
    const progress = newElement("div", "lb-progress");
    const label = newElement("p", "lb-progress__label");
    label.setAttribute("aria-live", "polite");
    const bar = newElement("progress", "lb-progress__bar");
    bar.max = EARLY_STATEMENTS;
    progress.append(label, bar);
    const cards = newElement("div", "lb-cards");
    const options = [...words.scale, words.no_chance_yet];
    this.statements.forEach((statement, place) => {
      const card = newElement("div", "lb-card");
      const counter = fill(words.statement_counter, { n: place + 1, total: EARLY_STATEMENTS });
      const choose = (index) => {
        this.steps.answers[place] = index;
        this.markMissing();
      };
      const name = `lb-early-${EARLY_FIRST_PAGE[place][0]}`;
      const group = choiceGroup({ legend: statement, options, name, choose, scale: true, digitKeys: words.scale.length });
      card.append(newElement("p", "lb-card__counter", counter), group);
      cards.append(card);
    });
    page.append(heading, newElement("p", "lb-hint", words.statements_hint), progress, cards);
    page.append(pageNav(words, () => this.go("context"), () => this.next()));
    this.pages.statements = page;
  }

  /** Start: the context page, drawn here until the wasm takes over. */
  start() {
    if (this.steps.page === "intro") this.go("context");
  }

  /** What is still unanswered on the page the learner is on: the context questions' keys, or
   *  the statements' 1-based numbers. */
  unanswered() {
    const { steps } = this;
    if (steps.page === "context") return ["experience", "reports"].filter((key) => steps[key] === null);
    return steps.answers.flatMap((answer, place) => (answer === null ? [place + 1] : []));
  }

  /** As the widget's Next: on with everything answered, else point out what is missing. On
   *  from the first statements, the wasm draws the next page: Next waits for it. */
  next() {
    const { steps } = this;
    if (steps.page !== "context" && steps.page !== "statements") return;
    if (this.unanswered().length > 0) {
      steps.missing = true;
      this.markMissing();
      return;
    }
    if (steps.page === "context") return this.go("statements");
    this.enter("later");
    showPreparing(this.pages.statements.querySelector(".lb-nav .lb-button--primary"), this.words);
  }

  /** The missing marks and message as the widget shows them, once Next has been pressed: on
   *  each unanswered question, until all are answered. And the statements' progress. */
  markMissing() {
    const { steps, words } = this;
    if (steps.page !== "context" && steps.page !== "statements") return;
    const page = this.pages[steps.page];
    const missing = steps.missing ? this.unanswered() : [];
    let message = "";
    if (steps.page === "context") {
      for (const group of page.querySelectorAll("fieldset")) markGroup(group, missing.includes(group.dataset.question));
      if (missing.length > 0) message = words.context_missing;
    } else {
      page.querySelectorAll(".lb-card").forEach((card, place) => {
        const marked = missing.includes(place + 1);
        card.classList.toggle("lb-card--missing", marked);
        markGroup(card.querySelector("fieldset"), marked);
      });
      if (missing.length > 0) {
        const template = missing.length === 1 ? words.missing_one : words.missing_many;
        message = fill(template, { list: joinList(missing.map(String), words.and) });
      }
      const answered = steps.answers.filter((answer) => answer !== null).length;
      const label = fill(words.progress, { answered, total: EARLY_STATEMENTS });
      page.querySelector(".lb-progress__label").textContent = label;
      const bar = page.querySelector(".lb-progress__bar");
      bar.value = answered;
      bar.setAttribute("aria-label", label);
    }
    page.querySelector(".lb-status").textContent = message;
  }

  /** As the widget's Forget: the answers dropped, back on the intro, and a word that says so. */
  forget() {
    if (this.steps.page !== "intro") this.go("intro");
    Object.assign(this.steps, { experience: null, reports: null, forgotten: true });
    this.steps.answers.fill(null);
    for (const page of [this.pages.context, this.pages.statements]) {
      for (const input of page?.querySelectorAll("input") ?? []) input.checked = false;
    }
    this.setForgotten(true);
  }

  setForgotten(forgotten) {
    this.steps.forgotten = forgotten;
    const status = this.root.querySelector(".lb-footer .lb-status");
    if (status) status.textContent = forgotten ? this.words.forgotten : "";
  }

  /** Moves the learner to `page`, as the widget's reducer does: what was missing or forgotten
   *  is no longer said. */
  enter(page) {
    this.steps.page = page;
    this.steps.missing = false;
    this.setForgotten(false);
  }

  /** Shows `page`, as a new page: it slides in and its heading takes the focus, as the
   *  widget's own pages do, and a missing answer is pointed out afresh. */
  go(page) {
    this.enter(page);
    if (page === "context" && !this.pages.context) this.drawContext();
    if (page === "statements" && !this.pages.statements) this.drawStatements();
    const shown = this.pages[page];
    // Back from "Getting the questions ready…": Next is Next again.
    const next = shown.querySelector(".lb-nav .lb-button--primary");
    if (next) {
      next.textContent = this.words.next;
      next.removeAttribute("aria-disabled");
      shown.removeAttribute("aria-busy");
    }
    this.markMissing();
    this.root.querySelector(".lb-page").replaceWith(shown);
    this.root.parentElement?.classList.remove("lb-host--early");
    shown.querySelector(".lb-heading").focus();
    this.painted = afterPaint();
  }

  /** What the wasm is told, or undefined when the learner has not left the intro. An
   *  unanswered question is left out (JSON.stringify drops `undefined`). */
  handOver() {
    const { page, experience, reports, answers, missing, forgotten } = this.steps;
    if (page === "intro" && experience === null && reports === null && !forgotten) return undefined;
    return JSON.stringify({
      page,
      experience: experience ?? undefined,
      reports: reports ?? undefined,
      answers: answers.some((answer) => answer !== null) ? answers : undefined,
      missing,
      forgotten,
    });
  }
}

/** Draws the intro as the widget draws it; Start then opens the early context page. Returns
 *  the pages, or null when this widget's first screen would be something else: a shared
 *  result in the address, saved answers to offer, a config that is not JSON or brings its own
 *  statements, or a language whose words are not here. */
function drawEarlyPages(host, container, configText, packText, savedKeys) {
  let config = null;
  try {
    config = JSON.parse(configText ?? "null");
  } catch {
    return null;
  }
  if (config !== null && (typeof config !== "object" || Array.isArray(config))) return null;
  if (config?.instrument !== undefined || location.hash.startsWith("#lb")) return null;
  const persistence = config?.persistence !== false;
  if (persistence && mayHaveSavedAnswers(savedKeys, config?.id)) return null;
  const code = languageCode(host, configText);
  const found = earlyWords(code, packText);
  if (!found) return null;
  const { words, statements, direction } = found;
  const name = typeof config?.provider?.name === "string" && config.provider.name ? config.provider.name : words.app_title;
  const body = typeof config?.intro === "string" && config.intro ? config.intro : words.intro_body;
  const duration = fill(words.intro_duration, { statements: EARLY_STATEMENTS, minutes: EARLY_MINUTES });

  const pages = new EarlyPages(words, statements, persistence);
  pages.root.lang = code;
  pages.root.dir = direction;
  pages.drawIntro(name, body, duration);
  applyEarlyTheme(container, host, config);
  // The wasm's intro must not slide in a second time when it takes over.
  container.classList.add("lb-host--early");
  container.replaceChildren(pages.root);
  performance.mark?.("leadership-balance:early-intro");
  return pages;
}

/** Where the focus is inside `container`, as the places of its element and its ancestors
 *  among their siblings, up to the widget's root; null when it is elsewhere. The wasm's pages
 *  repeat the loader's element for element, so the same places find the same control. */
function focusPath(container) {
  const path = [];
  let node = container.getRootNode().activeElement;
  if (!node || !container.contains(node)) return null;
  while (node && node.parentElement !== container) {
    path.unshift([...node.parentElement.children].indexOf(node));
    node = node.parentElement;
  }
  return path;
}

/** The element at `path` (see `focusPath`) inside `container`, if there is one. */
function atPath(container, path) {
  let node = container.firstElementChild;
  for (const index of path) node = node?.children[index];
  return node ?? null;
}

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
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const container = document.createElement("div");
    container.className = "lb-host";
    const styled = styleRoot(root, container);
    // The intro waits on the config, so it is asked for first.
    const config = readConfig(this);
    const pack = config.then((read) => languagePack(languageCode(this, read.text)));
    const say = words(this);
    message(container, say.loading, { say });

    // A link in the address opens the results or a colleague's path: the full module's.
    const full = location.hash.startsWith("#lb");
    const module = full ? FULL : FIRST;
    download(module);
    const savedKeys = savedAnswerKeys();
    // Set once the wasm has taken over or failed: the early pages are then too late.
    let settled = false;
    // The loader's early pages, while they are drawn; null otherwise.
    let early = null;
    const drawn = Promise.all([config, pack, styled]).then(([read, packText, stylesheetLoaded]) => {
      if (settled || !this.isConnected || !stylesheetLoaded || read.problem) return;
      early = drawEarlyPages(this, container, read.text, packText, savedKeys);
      return early?.painted;
    });
    // The wasm downloads from the start but compiles once the intro is on screen (see download).
    const wasm = drawn.then(() => loadWasm(module));
    Promise.all([wasm, config, pack])
      // Starting the widget would keep a page the loader has just drawn off the screen for a
      // while (about 70 ms on this machine's CPU, 250 ms on a phone's), so each page is let
      // onto the screen first.
      .then(async (loaded) => {
        for (let painted = null; early && early.painted !== painted; ) {
          painted = early.painted;
          await painted;
        }
        return loaded;
      })
      .then(([glue, config, pack]) => {
        settled = true;
        this.configText = config.text;
        this.configProblem = config.problem;
        if (!this.isConnected) return;
        // Where the learner is on the early pages. The wasm draws the intro, the context page
        // or the first statements just as the loader did, so those take over unseen, with the
        // focus and the open details kept. The page the loader leaves to the wasm (the second
        // page of statements) is new to the learner: its heading takes the focus.
        const steps = early?.handOver();
        const same = early !== null && early.shown === early.steps.page;
        const carried = same ? focusPath(container) : null;
        const opened = container.querySelector(".lb-intro details")?.open ?? false;
        early = null;
        container.replaceChildren();
        container.classList.toggle("lb-host--early", same);
        const input = this.mountInput(container, pack);
        if (full) {
          this.widget = glue.mount_full(...input, undefined);
        } else {
          this.widget = glue.mount(...input, steps, (progress) => this.handOver(container, progress));
          if (steps) prefetchFull();
        }
        // Yew draws in a microtask queued by mount(), before the next frame: carry the
        // learner's focus and open details over in the microtask after it.
        queueMicrotask(() => {
          const details = container.querySelector(".lb-intro details");
          if (opened && details) details.open = true;
          if (carried) atPath(container, carried)?.focus();
          // A page the loader left to the wasm is new to the learner.
          else if (steps && !same) container.querySelector(".lb-heading")?.focus();
        });
        // From the learner's first step on, pages slide in again, and the full module is on
        // its way.
        const moved = () => {
          container.classList.remove("lb-host--early");
          if (!full) prefetchFull();
        };
        container.addEventListener("click", moved, { once: true, capture: true });
        container.addEventListener("keydown", moved, { once: true, capture: true });
        if (this.changedWhileStarting) {
          this.changedWhileStarting = false;
          this.refresh();
        }
      })
      .catch(async (error) => {
        settled = true;
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

  /** The arguments both modules' mount functions start with: where to draw, the config as last
   *  read, the attributes, and the language's pack. */
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
   *  results, showing "Getting your results ready…" meanwhile. */
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

if (!customElements.get("leadership-balance")) {
  customElements.define("leadership-balance", LeadershipBalanceElement);
}

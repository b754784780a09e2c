// @ts-check
// The loader's own copy of the widget's first pages: the intro, after Start the two context
// questions, and after Next the first six statements, drawn in plain DOM with the widget's
// classes and words while the wasm is still on its way. The wasm takes the same DOM over
// without a flash, with what the learner did (src/ui/early_steps.rs replays it). Why this
// copy is worth keeping: docs/architecture.md.

import { EARLY_FIELDS, EARLY_FIRST_PAGE, EARLY_MINUTES, EARLY_STATEMENTS, EARLY_WORDS } from "./early-words.js";
import { languageCode, parseConfig } from "./messages.js";

/** @typedef {import("./messages.js").LooseConfig} LooseConfig */

/** The early pages' words, by their field names in the widget's `Strings`. @typedef {typeof EARLY_WORDS} EarlyWords */

/** Where the learner is: one of the early pages, or "later" once Next on the first statements
 *  has asked for the wasm's second page. @typedef {"intro" | "context" | "statements" | "later"} Step */

/** The pages the loader draws. @typedef {Exclude<Step, "later">} EarlyPage */

/**
 * What the wasm is told (src/ui/early_steps.rs): the page, the chosen options' places, and
 * whether Next has pointed out a missing answer or Forget has been pressed.
 * @typedef {object} Steps
 * @property {Step} page
 * @property {number | null} experience
 * @property {number | null} reports
 * @property {(number | null)[]} answers
 * @property {boolean} missing
 * @property {boolean} forgotten
 */

/**
 * A language pack as the loader reads it (src/strings/pack.rs writes it): a pack of another
 * shape makes earlyWords throw, and the early pages are not drawn.
 * @typedef {{ texts: unknown[], statements: unknown[], direction?: unknown }} Pack
 */

/** The early pages' words in `code` and the first page's statements: English from the tables
 *  in early-words.js, another language from its pack (the words by their places in the pack,
 *  the options as lists of places; the statements by their ids); null when the pack is
 *  missing or damaged.
 *  @param {string} code
 *  @param {string | undefined} packText
 *  @returns {{ words: EarlyWords, statements: string[], direction: "ltr" | "rtl" } | null} */
function earlyWords(code, packText) {
  if (code === "en") {
    return { words: EARLY_WORDS, statements: EARLY_FIRST_PAGE.map(([, text]) => text), direction: "ltr" };
  }
  try {
    /** @type {Pack} */
    const pack = JSON.parse(packText ?? "null");
    /** @param {number} index */
    const text = (index) => {
      const found = pack.texts[index];
      if (typeof found !== "string") throw new Error(`no text ${index}`);
      return found;
    };
    /** @type {{ [field: string]: string | string[] }} */
    const words = {};
    for (const [field, place] of Object.entries(EARLY_FIELDS)) {
      words[field] = Array.isArray(place) ? place.map(text) : text(place);
    }
    const statements = EARLY_FIRST_PAGE.map(([id]) => {
      const found = pack.statements.find((pair) => Array.isArray(pair) && pair[0] === id);
      const statement = Array.isArray(found) ? found[1] : undefined;
      if (typeof statement !== "string") throw new Error(`no statement ${id}`);
      return statement;
    });
    // EARLY_FIELDS names exactly EARLY_WORDS' fields, each a text or a list as there: both
    // are written together by `cargo xtask codegen`.
    const typed = /** @type {EarlyWords} */ (/** @type {unknown} */ (words));
    return { words: typed, statements, direction: pack.direction === "rtl" ? "rtl" : "ltr" };
  } catch {
    return null;
  }
}

/** The keys of the widget's saved answers in this browser's storage, or null when storage
 *  cannot be read. Read while the config is still on its way: a first read of storage can take
 *  a phone a few milliseconds, which the intro need not wait for.
 *  @returns {string[] | null} */
export function savedAnswerKeys() {
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
 *  read either.
 *  @param {string[] | null} keys
 *  @param {unknown} configId */
function mayHaveSavedAnswers(keys, configId) {
  const suffix = `:${configId ?? "default"}`;
  return keys === null || keys.some((key) => key.endsWith(suffix));
}

// The theme values the loader applies before the wasm has checked them; anything else waits
// for the wasm (web/config.schema.json holds the same patterns).
const HEX_COLOUR = /^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;
const FONT_FAMILY = /^[\p{L}\p{N} ,'"_-]+$/u;

/** Sets the theme's custom properties on `container` as the wasm will, from the `accent`
 *  attribute and the config's `theme`, so that the early pages have the provider's colours.
 *  @param {HTMLElement} container
 *  @param {Element} element
 *  @param {LooseConfig} config */
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
  if (typeof theme.radius === "number" && Number.isInteger(theme.radius) && theme.radius >= 0 && theme.radius <= 32) {
    container.style.setProperty("--lb-radius", `${theme.radius}px`);
  }
}

/** A new element of `tag` with `className` and text, for the early pages.
 *  @template {keyof HTMLElementTagNameMap} K
 *  @param {K} tag
 *  @param {string | null} [className]
 *  @param {string} [text]
 *  @returns {HTMLElementTagNameMap[K]} */
function newElement(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button of the widget's, labelled `text`.
 *  @param {string} className
 *  @param {string} text */
function newButton(className, text) {
  const button = newElement("button", className, text);
  button.type = "button";
  return button;
}

/** The element in `parent` that `selector` finds, which the early pages' own markup always
 *  has, as a `type`.
 *  @template {Element} T
 *  @param {ParentNode} parent
 *  @param {string} selector
 *  @param {new (...args: never[]) => T} type
 *  @returns {T} */
function part(parent, selector, type) {
  const found = parent.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`the early pages have no ${selector}`);
  return found;
}

/** Marks `button` as waiting for the wasm, in words and for assistive technology.
 *  @param {Element} button
 *  @param {EarlyWords} words */
function showPreparing(button, words) {
  button.textContent = words.preparing;
  button.setAttribute("aria-disabled", "true");
  button.closest("section")?.setAttribute("aria-busy", "true");
}

/** Fills a template's `{name}` slots, as the widget's `strings::fill` does.
 *  @param {string} template
 *  @param {{ [name: string]: string | number }} values */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (slot, name) => (name in values ? String(values[name]) : slot));
}

/** "3", "3 and 5", "3, 5 and 8", as the widget's `Strings::join` says it. (Not `.at(-1)`,
 *  which Chrome before 92, Firefox before 90 and Safari before 15.4 lack.)
 *  @param {string[]} items
 *  @param {string} and */
function joinList(items, and) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

/** A question as the widget draws it (src/ui/components/choice_group.rs): native radio
 *  buttons in a fieldset. `choose(index)` hears each choice; with `digitKeys`, the keys 1 to N
 *  choose the first N options while the focus is in the group, and the focus follows.
 *  @param {{ legend: string, options: string[], name: string, choose: (index: number) => void,
 *    scale?: boolean, digitKeys?: number }} question */
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

/** Marks `group` as still needing an answer, or not, as the widget does.
 *  @param {Element} group
 *  @param {boolean} missing */
function markGroup(group, missing) {
  group.classList.toggle("lb-choice--missing", missing);
  if (missing) group.setAttribute("aria-invalid", "true");
  else group.removeAttribute("aria-invalid");
}

/** Back and Next under the line that says what is missing (src/ui/components/page_nav.rs).
 *  @param {EarlyWords} words
 *  @param {() => void} back
 *  @param {() => void} next */
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

/** Resolves after the browser's next paint, or after 100 ms where no frame comes (a page in a
 *  background tab draws none).
 *  @returns {Promise<void>} */
function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** The loader's own pages, drawn as the widget draws them (src/ui/components/intro.rs,
 *  context_page.rs, statements_page.rs and the components they use) with the same classes,
 *  so that the wasm's pages replace them without a visible change: the intro, after Start the
 *  two context questions, and after Next the first page of statements, so that a learner
 *  quicker than the network answers those while the wasm arrives. */
export class EarlyPages {
  /** The pages' words in the widget's language. @type {EarlyWords} */
  words;
  /** The first page's statements, in the order the widget shows them. @type {string[]} */
  statements;
  /** What the learner did, for the wasm to go on from (see `handOver`). @type {Steps} */
  steps;
  /** The widget's root element, which holds the page on screen and the footer. @type {HTMLDivElement} */
  root;
  /** Resolves once the page last drawn has been painted. @type {Promise<void> | null} */
  painted = null;
  /** Each page once drawn, by the step it belongs to. @type {Record<EarlyPage, HTMLElement | null>} */
  pages = { intro: null, context: null, statements: null };
  /** Whether answers are kept on the device (the config's `persistence`). @type {boolean} */
  persistence;

  /** @param {EarlyWords} words
   *  @param {string[]} statements
   *  @param {boolean} persistence */
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
    this.persistence = persistence;
  }

  /** The page on screen: "statements" also while Next there waits for the wasm.
   *  @returns {EarlyPage | undefined} */
  get shown() {
    const page = this.root.querySelector(".lb-page");
    /** @type {EarlyPage[]} */
    const drawn = ["intro", "context", "statements"];
    return drawn.find((step) => this.pages[step] === page);
  }

  /** Builds the intro page with `name` (the provider's, or the widget's) and `body`.
   *  @param {string} name
   *  @param {string} body
   *  @param {string} duration */
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

  /** Builds the context page: one question per fieldset, then Back and Next.
   *  @returns {HTMLElement} */
  drawContext() {
    const { words } = this;
    const page = newElement("section", "lb-page lb-context");
    const heading = newElement("h2", "lb-heading", words.context_heading);
    heading.tabIndex = -1;
    page.append(heading);
    /** @type {[string, string[], "experience" | "reports"][]} */
    const questions = [
      [words.experience_question, words.experience_options, "experience"],
      [words.reports_question, words.reports_options, "reports"],
    ];
    for (const [legend, options, key] of questions) {
      /** @param {number} index */
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
    return page;
  }

  /** Builds the first page of statements (src/ui/components/statements_page.rs and
   *  statement_card.rs): the hint, the progress, a card per statement with the frequency
   *  scale and "No chance to do this yet", then Back and Next.
   *  @returns {HTMLElement} */
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
      /** @param {number} index */
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
    return page;
  }

  /** The page of `step`, which the learner's path has drawn before anything asks for it.
   *  @param {EarlyPage} step */
  drawn(step) {
    const page = this.pages[step];
    if (!page) throw new Error(`the early ${step} page is not drawn`);
    return page;
  }

  /** Start: the context page, drawn here until the wasm takes over. */
  start() {
    if (this.steps.page === "intro") this.go("context");
  }

  /** What is still unanswered on the page the learner is on: the context questions' keys, or
   *  the statements' 1-based numbers.
   *  @returns {(string | number)[]} */
  unanswered() {
    const { steps } = this;
    if (steps.page === "context") {
      /** @type {("experience" | "reports")[]} */
      const questions = ["experience", "reports"];
      return questions.filter((key) => steps[key] === null);
    }
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
    showPreparing(part(this.drawn("statements"), ".lb-nav .lb-button--primary", HTMLElement), this.words);
  }

  /** The missing marks and message as the widget shows them, once Next has been pressed: on
   *  each unanswered question, until all are answered. And the statements' progress. */
  markMissing() {
    const { steps, words } = this;
    if (steps.page !== "context" && steps.page !== "statements") return;
    const page = this.drawn(steps.page);
    const missing = steps.missing ? this.unanswered() : [];
    let message = "";
    if (steps.page === "context") {
      for (const group of page.querySelectorAll("fieldset")) markGroup(group, missing.includes(group.dataset.question ?? ""));
      if (missing.length > 0) message = words.context_missing;
    } else {
      page.querySelectorAll(".lb-card").forEach((card, place) => {
        const marked = missing.includes(place + 1);
        card.classList.toggle("lb-card--missing", marked);
        markGroup(part(card, "fieldset", HTMLFieldSetElement), marked);
      });
      if (missing.length > 0) {
        const template = missing.length === 1 ? words.missing_one : words.missing_many;
        message = fill(template, { list: joinList(missing.map(String), words.and) });
      }
      const answered = steps.answers.filter((answer) => answer !== null).length;
      const label = fill(words.progress, { answered, total: EARLY_STATEMENTS });
      part(page, ".lb-progress__label", HTMLElement).textContent = label;
      const bar = part(page, ".lb-progress__bar", HTMLProgressElement);
      bar.value = answered;
      bar.setAttribute("aria-label", label);
    }
    part(page, ".lb-status", HTMLElement).textContent = message;
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

  /** Says in the footer whether the answers have just been forgotten.
   *  @param {boolean} forgotten */
  setForgotten(forgotten) {
    this.steps.forgotten = forgotten;
    const status = this.root.querySelector(".lb-footer .lb-status");
    if (status) status.textContent = forgotten ? this.words.forgotten : "";
  }

  /** Moves the learner to `page`, as the widget's reducer does: what was missing or forgotten
   *  is no longer said.
   *  @param {Step} page */
  enter(page) {
    this.steps.page = page;
    this.steps.missing = false;
    this.setForgotten(false);
  }

  /** Shows `page`, as a new page: it slides in and its heading takes the focus, as the
   *  widget's own pages do, and a missing answer is pointed out afresh.
   *  @param {EarlyPage} page */
  go(page) {
    this.enter(page);
    if (page === "context" && !this.pages.context) this.drawContext();
    if (page === "statements" && !this.pages.statements) this.drawStatements();
    const shown = this.drawn(page);
    // Back from "Getting the questions ready…": Next is Next again.
    const next = shown.querySelector(".lb-nav .lb-button--primary");
    if (next) {
      next.textContent = this.words.next;
      next.removeAttribute("aria-disabled");
      shown.removeAttribute("aria-busy");
    }
    this.markMissing();
    part(this.root, ".lb-page", HTMLElement).replaceWith(shown);
    this.root.parentElement?.classList.remove("lb-host--early");
    part(shown, ".lb-heading", HTMLElement).focus();
    this.painted = afterPaint();
  }

  /** What the wasm is told, or undefined when the learner has not left the intro. An
   *  unanswered question is left out (JSON.stringify drops `undefined`).
   *  @returns {string | undefined} */
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
 *  statements, a language whose words are not here, or a learning platform around it (the
 *  SCORM launch page's bridge, src/web/lms.rs), whose learner is told other words.
 *  @param {HTMLElement} host The <leadership-balance> element.
 *  @param {HTMLElement} container
 *  @param {string | null | undefined} configText
 *  @param {string | undefined} packText
 *  @param {string[] | null} savedKeys
 *  @returns {EarlyPages | null} */
export function drawEarlyPages(host, container, configText, packText, savedKeys) {
  /** @type {LooseConfig} */
  let config = null;
  try {
    config = parseConfig(configText);
  } catch {
    return null;
  }
  if (config !== null && (typeof config !== "object" || Array.isArray(config))) return null;
  if (config?.instrument !== undefined || location.hash.startsWith("#lb") || "leadershipBalanceLms" in globalThis) {
    return null;
  }
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
 *  repeat the loader's element for element, so the same places find the same control.
 *  @param {HTMLElement} container
 *  @returns {number[] | null} */
export function focusPath(container) {
  const path = [];
  // The container is in the element's shadow root, which knows its own focused element.
  const root = container.getRootNode();
  /** @type {Element | null} */
  let node = root instanceof ShadowRoot ? root.activeElement : null;
  if (!node || !container.contains(node)) return null;
  while (node && node.parentElement !== container) {
    /** @type {Element | null} */
    const parent = node.parentElement;
    if (!parent) return null;
    path.unshift([...parent.children].indexOf(node));
    node = parent;
  }
  return path;
}

/** The element at `path` (see `focusPath`) inside `container`, if there is one.
 *  @param {HTMLElement} container
 *  @param {number[]} path
 *  @returns {Element | null} */
export function atPath(container, path) {
  let node = container.firstElementChild;
  for (const index of path) node = node?.children[index] ?? null;
  return node ?? null;
}

// @ts-check
// The few words the loader shows before (or instead of) the widget, in the widget's language,
// and the box it shows them in: "Loading…", "could not load", "too old", "went wrong".

/**
 * The loader's own words in one language.
 * @typedef {object} LoaderWords
 * @property {string} loading
 * @property {string} failed
 * @property {string} outdated
 * @property {string} crashed
 * @property {(name: string) => string} visit The link to the provider's site.
 * @property {string} reload
 */

/** The languages the widget speaks, as the package's types name them.
 *  @typedef {import("../leadership-balance.d.ts").LeadershipBalanceLanguage} Language */

// The widget has its own tables in src/strings/. Keep the languages in step with those; a
// test (src/config/tests.rs) checks them.
/** @type {Record<Language, LoaderWords>} */
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
  pl: {
    loading: "Wczytywanie samooceny…",
    failed: "Nie udało się wczytać samooceny w tej przeglądarce. Odśwież stronę albo spróbuj ponownie później.",
    outdated: "Ta przeglądarka jest zbyt stara na tę samoocenę. Zaktualizuj ją albo otwórz tę stronę w aktualnej przeglądarce.",
    crashed: "Coś poszło nie tak; Twoje odpowiedzi są zachowane. Odśwież stronę, aby kontynuować.",
    visit: (name) => `Odwiedź stronę ${name}`,
    reload: "Odśwież",
  },
  uk: {
    loading: "Завантаження самооцінювання…",
    failed: "Не вдалося завантажити самооцінювання в цьому браузері. Перезавантажте сторінку або спробуйте пізніше.",
    outdated: "Цей браузер застарий для самооцінювання. Оновіть його або відкрийте цю сторінку в сучасному браузері.",
    crashed: "Щось пішло не так; ваші відповіді збережено. Перезавантажте сторінку, щоб продовжити.",
    visit: (name) => `Перейти на сайт ${name}`,
    reload: "Перезавантажити",
  },
};

/**
 * A config as `JSON.parse` gives it, before the wasm has checked it: each key the loader reads
 * may hold anything, and is checked where it is used. (Reading one of these keys of a JSON
 * number, string or list gives undefined, as for a missing key.)
 * @typedef {{
 *   id?: unknown, language?: unknown, intro?: unknown, instrument?: unknown, persistence?: unknown,
 *   provider?: { name?: unknown, url?: unknown } | null,
 *   theme?: { accent?: unknown, text?: unknown, background?: unknown, font_family?: unknown, radius?: unknown } | null,
 * } | null} LooseConfig
 */

/** The config in `configText` as parsed; throws when it is not JSON.
 *  @param {string | null | undefined} configText
 *  @returns {LooseConfig} */
export function parseConfig(configText) {
  return JSON.parse(configText ?? "null");
}

/** Whether the loader has words for `code`: own keys only, so that `lang="constructor"` is
 *  no language.
 *  @param {string} code
 *  @returns {code is Language} */
function isLanguage(code) {
  return Object.prototype.hasOwnProperty.call(WORDS, code);
}

/** The widget's language: the `lang` attribute, then the config's `language`, then the
 *  browser's language, else English; the same order as `strings::choose` in the wasm.
 *  @param {Element | null} element
 *  @param {string | null | undefined} configText
 *  @returns {Language} */
export function languageCode(element, configText) {
  /** @type {unknown} */
  let configured = null;
  try {
    configured = parseConfig(configText)?.language;
  } catch {
    configured = null;
  }
  for (const tag of [element?.getAttribute("lang"), configured, navigator.language]) {
    const primary = typeof tag === "string" ? tag.split(/[-_]/)[0].toLowerCase() : "";
    if (isLanguage(primary)) return primary;
  }
  return "en";
}

/** The loader's words in the widget's language.
 *  @param {Element | null} element
 *  @param {string | null | undefined} [configText] */
export function words(element, configText) {
  return WORDS[languageCode(element, configText)];
}

/** The provider's name and http(s) link from the config, for messages shown without wasm.
 *  @param {string | null | undefined} configText
 *  @returns {{ url: string, name: string } | null} */
export function providerLink(configText) {
  try {
    const provider = parseConfig(configText)?.provider;
    const url = typeof provider?.url === "string" && /^https?:\/\/[^\s]+$/.test(provider.url) ? provider.url : null;
    return url ? { url, name: typeof provider?.name === "string" ? provider.name : url } : null;
  } catch {
    return null;
  }
}

/**
 * Shows `text` in `container` in place of the widget: with a link to the provider's site, a
 * Reload button, as a status or an alert.
 * @param {Element} container
 * @param {string} text
 * @param {{ link?: { url: string, name: string } | null, reload?: boolean, role?: "status" | "alert", say?: LoaderWords }} [options]
 */
export function message(container, text, { link = null, reload = false, role = "status", say = WORDS.en } = {}) {
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

// The configurator: a provider fills in the form, watches the live preview, and copies the
// snippet. Everything happens in this page; nothing is sent anywhere.

// The built-in instrument's topic ids and titles (src/model/instrument.json; a test keeps
// this list in step with it).
const TOPICS = [
  ["time_management", "Time management"],
  ["communication", "Communication skills"],
  ["conflict_resolution", "Conflict resolution"],
  ["project_management", "Project management"],
  ["policies_processes", "Policies and processes"],
  ["personalities", "Human personalities"],
  ["influence", "Influence and persuasion"],
  ["motivation", "Motivation"],
  ["delegation", "Delegation and empowerment"],
];

const form = document.getElementById("settings");
const courses = document.getElementById("courses");
const snippet = document.getElementById("snippet");
const preview = document.getElementById("preview");
const base = new URL(".", location.href);
/** The address of one of the widget's files, beside this page. */
const fileUrl = (path) => new URL(path, base).href;

for (const [id, title] of TOPICS) {
  const block = document.createElement("div");
  block.className = "course";
  const heading = document.createElement("h3");
  heading.textContent = title;
  block.append(heading);
  for (const [field, label, type] of [["title", "Course title", "text"], ["url", "Course link", "url"]]) {
    const input = document.createElement("input");
    input.id = `course-${id}-${field}`;
    input.type = type;
    input.dataset.topic = id;
    input.dataset.field = field;
    const caption = document.createElement("label");
    caption.htmlFor = input.id;
    caption.textContent = `${label} (${title})`;
    block.append(caption, input);
  }
  courses.append(block);
}

const value = (id) => document.getElementById(id).value.trim();

/** The config the form describes, leaving out everything left empty. */
function config() {
  const result = {};
  const name = value("provider-name");
  const url = value("provider-url");
  if (name || url) {
    result.provider = {};
    if (name) result.provider.name = name;
    if (url) result.provider.url = url;
  }
  result.theme = { accent: value("accent") };
  if (value("language")) result.language = value("language");
  const threshold = Number(value("threshold"));
  if (value("threshold") !== "" && threshold !== 60) result.threshold = threshold;
  const reflection = document.getElementById("section-reflection").checked;
  const pdf = document.getElementById("section-pdf").checked;
  if (!reflection || !pdf) result.sections = { reflection, pdf };
  if (value("cohort-contact")) result.cohort = { contact: value("cohort-contact") };
  const topics = {};
  for (const [id] of TOPICS) {
    const title = value(`course-${id}-title`);
    const link = value(`course-${id}-url`);
    if (title || link) topics[id] = { title, url: link };
  }
  if (Object.keys(topics).length) result.topics = topics;
  return result;
}

/** `json` made safe to sit inside an HTML `<script>` element: `<`, `>` and `&`, and the two
 *  line separators older JavaScript refused, become `\u` escapes. JSON reads them back as the
 *  same characters, and no text a provider types (a course title copied from elsewhere, say)
 *  can end the element early and run as script on the page the snippet is pasted into. */
function jsonForHtml(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A fresh <leadership-balance> carrying `json` inline, as the snippet does. */
function widget(json) {
  const element = document.createElement("leadership-balance");
  const data = document.createElement("script");
  data.type = "application/json";
  data.textContent = json;
  element.append(data);
  return element;
}

/** The hints the snippet starts with, from the README's "Faster on slow phones": the browser
 *  fetches the wasm-bindgen glue, the wasm (at low priority, after the small files) and a
 *  chosen language's pack while it reads the page, instead of once the loader has run. The
 *  loader needs no hint here, as its script tag follows at once, nor the config, which is
 *  inline. On Slow 4G with a 4× slower CPU the wasm was ready 380 ms sooner with them and the
 *  intro 26 ms later (15 loads each; README, Performance). */
function hints(language) {
  const lines = [
    `<link rel="modulepreload" href="${fileUrl("core/leadership-balance.js")}" />`,
    `<link rel="preload" href="${fileUrl("core/leadership-balance_bg.wasm")}" as="fetch" type="application/wasm" crossorigin fetchpriority="low" />`,
  ];
  // English is in the wasm, and every other language the form offers has a pack; with no
  // language chosen, the learner's browser decides, and a hint would fetch a pack most
  // learners never use.
  if (language && language !== "en") {
    lines.push(`<link rel="preload" href="${fileUrl(`core/lang/${language}.json`)}" as="fetch" crossorigin />`);
  }
  return lines.join("\n");
}

function update() {
  const json = jsonForHtml(JSON.stringify(config(), null, 2));
  snippet.value =
    `${hints(value("language"))}\n` +
    `<script type="module" src="${fileUrl("leadership-balance.js")}"></script>\n` +
    `<leadership-balance>\n<script type="application/json">\n${json}\n</script>\n</leadership-balance>\n`;
  preview.replaceChildren(widget(json));
}

let pending = 0;
form.addEventListener("input", () => {
  clearTimeout(pending);
  pending = setTimeout(update, 250);
});
form.addEventListener("submit", (event) => event.preventDefault());

document.getElementById("copy").addEventListener("click", async () => {
  const status = document.getElementById("copy-status");
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = "Copied.";
  } catch {
    snippet.select();
    status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected snippet.";
  }
});

update();

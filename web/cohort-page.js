// Starts the trainer's cohort page (cohort.html): fetches the provider's config when the page
// names one (data-config on #cohort, the same file the widget uses, so that a provider's own
// statements read and their name heads the PDF), picks the language (?lang=de, else the
// config's, else the browser's), fetches its pack as the widget's loader does, and mounts the
// page's own wasm. Nothing the trainer pastes leaves the page.

const SPOKEN = ["en", "de", "es", "fr", "pl", "uk"];

function language(configText) {
  const asked = new URLSearchParams(location.search).get("lang");
  let configured = null;
  try {
    configured = JSON.parse(configText ?? "null")?.language;
  } catch {
    configured = null; // the wasm says what is wrong with the config
  }
  for (const tag of [asked, configured, ...(navigator.languages ?? [navigator.language])]) {
    const code = (tag ?? "").toLowerCase().split("-")[0];
    if (SPOKEN.includes(code)) return code;
  }
  return "en";
}

/** The config's text, or why it could not be fetched; nothing when the page names none. */
async function providerConfig(root) {
  const source = root.dataset.config;
  if (!source) return {};
  try {
    const response = await fetch(new URL(source, document.baseURI));
    if (!response.ok) return { problem: `${source} could not be fetched (HTTP ${response.status})` };
    return { text: await response.text() };
  } catch (error) {
    return { problem: `${source} could not be fetched (${error.message})` };
  }
}

async function start() {
  const root = document.getElementById("cohort");
  const config = await providerConfig(root);
  const code = language(config.text);
  document.documentElement.lang = code;
  let pack;
  if (code !== "en") {
    try {
      const response = await fetch(new URL(`core/lang/${code}.json`, document.baseURI));
      if (response.ok) pack = await response.text();
    } catch (error) {
      console.error("Leadership Balance cohort page: the language could not be fetched", error);
    }
  }
  // The no-modules glue (cohort/cohort.js) defines the global wasm_bindgen.
  await wasm_bindgen({ module_or_path: new URL("cohort/cohort_bg.wasm", document.baseURI) });
  wasm_bindgen.start_cohort(root, pack, config.text, config.problem);
}

start().catch((error) => {
  console.error("Leadership Balance cohort page could not start", error);
  document.getElementById("cohort").textContent =
    "The cohort page could not start in this browser. Please try a current version of Chrome, Edge, Firefox or Safari.";
});

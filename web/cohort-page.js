// Starts the trainer's cohort page (cohort.html): picks the language (?lang=de, else the
// browser's), fetches its pack as the widget's loader does, and mounts the page's own wasm.
// Nothing the trainer pastes leaves the page.

const SPOKEN = ["en", "de", "es", "fr"];

function language() {
  const asked = new URLSearchParams(location.search).get("lang");
  for (const tag of [asked, ...(navigator.languages ?? [navigator.language])]) {
    const code = (tag ?? "").toLowerCase().split("-")[0];
    if (SPOKEN.includes(code)) return code;
  }
  return "en";
}

async function start() {
  const root = document.getElementById("cohort");
  const code = language();
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
  wasm_bindgen.start_cohort(root, pack);
}

start().catch((error) => {
  console.error("Leadership Balance cohort page could not start", error);
  document.getElementById("cohort").textContent =
    "The cohort page could not start in this browser. Please try a current version of Chrome, Edge, Firefox or Safari.";
});

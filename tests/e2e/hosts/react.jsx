// A React 19 host page: the widget rendered in StrictMode, its attributes set from state, and
// its three events listened to. tests/frameworks.rs builds this with esbuild and takes the
// assessment on it; the README's "Use it from React" is the part between the markers.
import { StrictMode, useCallback, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

// README: begin
const EVENTS = ["leadership-balance:started", "leadership-balance:progress", "leadership-balance:completed"];

function SelfAssessment({ lang, accent, onEvent }) {
  const widget = useRef(null);
  useEffect(() => {
    const element = widget.current;
    const listener = (event) => onEvent(event.type, event.detail);
    for (const name of EVENTS) element.addEventListener(name, listener);
    return () => {
      for (const name of EVENTS) element.removeEventListener(name, listener);
    };
  }, [onEvent]);
  return <leadership-balance ref={widget} config="config.json" lang={lang} accent={accent} />;
}
// README: end

function App() {
  const [lang, setLang] = useState("en");
  const [accent, setAccent] = useState("#2450a6");
  const [log, setLog] = useState([]);
  const onEvent = useCallback((type, detail) => setLog((lines) => [...lines, `${type} ${JSON.stringify(detail)}`]), []);
  return (
    <>
      <p>
        <button type="button" onClick={() => setLang(lang === "en" ? "de" : "en")}>
          Switch language
        </button>{" "}
        <button type="button" onClick={() => setAccent("#8a2be2")}>
          Purple accent
        </button>
      </p>
      <SelfAssessment lang={lang} accent={accent} onEvent={onEvent} />
      <ol id="events">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A Vue 3 host page, with render functions (no template compiler, which would need eval under
// the page's strict CSP): the widget's attributes set from reactive state and its three events
// listened to. tests/frameworks.rs builds this with esbuild and takes the assessment on it;
// the README's "Use it from Vue" is the part between the markers.
import { createApp, defineComponent, h, onBeforeUnmount, onMounted, ref } from "vue";

// README: begin
const EVENTS = ["leadership-balance:started", "leadership-balance:progress", "leadership-balance:completed"];

const SelfAssessment = defineComponent({
  props: { lang: String, accent: String },
  emits: ["widget-event"],
  setup(props, { emit }) {
    const widget = ref(null);
    const listener = (event) => emit("widget-event", event.type, event.detail);
    onMounted(() => EVENTS.forEach((name) => widget.value.addEventListener(name, listener)));
    onBeforeUnmount(() => EVENTS.forEach((name) => widget.value.removeEventListener(name, listener)));
    return () => h("leadership-balance", { ref: widget, config: "config.json", lang: props.lang, accent: props.accent });
  },
});
// README: end

const App = defineComponent({
  setup() {
    const lang = ref("en");
    const accent = ref("#2450a6");
    const log = ref([]);
    const record = (type, detail) => log.value.push(`${type} ${JSON.stringify(detail)}`);
    return () => [
      h("p", [
        h("button", { type: "button", onClick: () => (lang.value = lang.value === "en" ? "de" : "en") }, "Switch language"),
        " ",
        h("button", { type: "button", onClick: () => (accent.value = "#8a2be2") }, "Purple accent"),
      ]),
      h(SelfAssessment, { lang: lang.value, accent: accent.value, onWidgetEvent: record }),
      h("ol", { id: "events" }, log.value.map((line) => h("li", line))),
    ];
  },
});

createApp(App).mount("#root");

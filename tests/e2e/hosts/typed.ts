// A TypeScript host, type-checked with `tsc --noEmit` against the package that `npm pack`
// makes of dist/ (tests/package.rs). Each `@ts-expect-error` line must be an error, so the
// types are checked both ways: what a host should write compiles, and typos do not.
import "leadership-balance";
import type { LeadershipBalanceCompletedDetail } from "leadership-balance";
// README: begin
import type { LeadershipBalanceConfig } from "leadership-balance";

const widget = document.createElement("leadership-balance"); // LeadershipBalanceElement
widget.addEventListener("leadership-balance:completed", (event) => {
  console.log(event.detail.management, event.detail.topics); // number | null, string[]
});
const config: LeadershipBalanceConfig = { provider: { name: "Northwind Learning" }, language: "de" };
// README: end

const fuller: LeadershipBalanceConfig = {
  provider: { name: "Northwind Learning", url: "https://northwind.example" },
  theme: { accent: "#2450a6", radius: 8 },
  language: "de",
  topics: { motivation: { title: "What moves people", url: "https://northwind.example/courses/motivation" } },
};

widget.setAttribute("lang", "fr");
const data = document.createElement("script");
data.type = "application/json";
data.textContent = JSON.stringify([config, fuller][1]);
widget.append(data);
document.body.append(widget);

let answered: number = widget.wasmMemoryBytes;
widget.addEventListener("leadership-balance:progress", (event) => {
  answered = event.detail.answered + event.detail.total;
});
widget.addEventListener("leadership-balance:completed", (event) => {
  const detail: LeadershipBalanceCompletedDetail = event.detail;
  const management: number | null = detail.management;
  const topics: string[] = detail.topics;
  console.log(management, topics, detail.profile === "both_strong");
  // @ts-expect-error: the field is `management`
  console.log(event.detail.managment);
});
document.addEventListener("leadership-balance:started", (event) => {
  console.log(event.detail, answered);
});
widget.addEventListener("click", (event) => console.log(event.clientX));

// @ts-expect-error: only the four languages
const wrongLanguage: LeadershipBalanceConfig = { language: "it" };
// @ts-expect-error: unknown keys are refused, as the widget refuses them
const unknownKey: LeadershipBalanceConfig = { colour: "#ffffff" };
// @ts-expect-error: a profile id, not any text
const wrongProfile: LeadershipBalanceCompletedDetail = { management: 1, leadership: 2, profile: "great", topics: [] };
// @ts-expect-error: the read-only diagnostics field
widget.wasmMemoryBytes = 0;
console.log(wrongLanguage, unknownKey, wrongProfile);

// The comparison in `cargo xtask bench`: SurveyJS (survey-core and survey-js-ui, pinned in
// xtask/src/setup.rs) showing the same 48 statements as the widget, as radio groups on 8 pages
// of 6, with the same five-point scale. xtask bundles this with esbuild into
// target/bench-dist/surveyjs/, minified and gzipped like the widget's own files.
import { Model } from "survey-core";
import { renderSurvey } from "survey-js-ui";
import instrument from "../../src/model/instrument.json";

const scale = ["Never", "Rarely", "Sometimes", "Often", "Almost always"];
const pages = [];
instrument.statements.forEach((statement, index) => {
  const page = Math.floor(index / 6);
  pages[page] ??= { name: `page${page + 1}`, elements: [] };
  pages[page].elements.push({
    type: "radiogroup",
    name: statement.id,
    title: statement.text,
    choices: scale.map((text, value) => ({ value: value + 1, text })),
    colCount: 5,
  });
});

renderSurvey(new Model({ title: "Management or leadership: where should you grow next?", pages }), document.getElementById("survey"));

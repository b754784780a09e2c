// Twenty widgets, each with its own config id, so each keeps its own answers.
const crowd = document.getElementById("crowd");
for (let i = 0; i < 20; i += 1) {
  const element = document.createElement("leadership-balance");
  const config = document.createElement("script");
  config.type = "application/json";
  config.textContent = JSON.stringify({ id: `crowd-${i}`, provider: { name: `Provider ${i}` } });
  element.append(config);
  crowd.append(element);
}

// Validates a Custom Elements Manifest against the schema of the `custom-elements-manifest`
// npm package, with ajv. Usage: node validate-manifest.cjs <custom-elements.json>
// (NODE_PATH names .tools/node_modules). Prints each problem and exits 1 if there is any.
const fs = require("fs");
const Ajv = require("ajv");
const schema = require("custom-elements-manifest/schema.json");

const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
if (validate(manifest)) {
  console.log(`valid against custom-elements-manifest schema ${require("custom-elements-manifest/package.json").version}`);
} else {
  for (const error of validate.errors) console.error(`${error.instancePath || "/"} ${error.message}`);
  process.exit(1);
}

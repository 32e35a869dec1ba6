// Checks the answers the app gave (JSON file, first argument) against its own OpenAPI document, as a client generated
// from the document expects them: the status is documented for the operation, the media type is one the response
// lists, and a JSON body validates against the response's schema with ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1), each $ref resolved inside the document. Prints one line per problem and exits with 1 when there is any.
import { readFile } from "node:fs/promises";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const { document, answers } = JSON.parse(await readFile(process.argv[2], "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const integer = (bits) => ({ type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** (bits - 1)) && n < 2 ** (bits - 1) });
ajv.addFormat("int32", integer(32));
ajv.addFormat("int64", integer(64));
ajv.addFormat("double", { type: "number", validate: Number.isFinite });
ajv.addFormat("float", { type: "number", validate: Number.isFinite });
ajv.addSchema(document, "openapi.json");

const pointer = (...tokens) => tokens.map((t) => encodeURIComponent(String(t).replaceAll("~", "~0").replaceAll("/", "~1"))).join("/");
const matches = (documented, actual) =>
  documented === actual || documented === "*/*" || (documented.endsWith("/*") && actual.startsWith(documented.slice(0, -1)));

const problems = [];
for (const answer of answers) {
  const where = `${answer.method.toUpperCase()} ${answer.url} answered ${answer.status}`;
  const operation = document.paths?.[answer.path]?.[answer.method];
  if (!operation) {
    problems.push(`${where}: the document has no operation ${answer.method} ${answer.path}`);
    continue;
  }
  const status = String(answer.status);
  const key = [status, `${status[0]}XX`, "default"].find((k) => k in operation.responses);
  if (!key) {
    problems.push(`${where}: status not documented (documented: ${Object.keys(operation.responses).join(", ")})`);
    continue;
  }
  const content = operation.responses[key].content ?? {};
  const mediaType = (answer.contentType ?? "").split(";")[0].trim().toLowerCase();
  if (answer.length === 0 && Object.keys(content).length === 0) continue;
  const documented = Object.keys(content).find((m) => matches(m.toLowerCase(), mediaType));
  if (!documented) {
    problems.push(`${where}: media type ${mediaType || "(none)"} not documented (documented: ${Object.keys(content).join(", ") || "no content"})`);
    continue;
  }
  if (!content[documented].schema || !/[/+]json$/.test(mediaType)) continue;
  let body;
  try {
    body = JSON.parse(answer.body);
  } catch {
    problems.push(`${where}: the body is not JSON`);
    continue;
  }
  const ref = `openapi.json#/${pointer("paths", answer.path, answer.method, "responses", key, "content", documented, "schema")}`;
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`No schema at ${ref}`);
  if (!validate(body)) problems.push(`${where}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
}

for (const problem of problems) console.log(problem);
console.log(`${answers.length} answers checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);

// Validates the directory's HSDS export (path as first argument) against the Open Referral HSDS 3.0 schemas vendored
// in tests/Passerelles.Tests/Standards/hsds-3.0, with ajv, offline:
// - the whole document as the answer of the HSDS API's paginated list of organizations (GET /organizations in the
//   specification's openapi.json: the Page envelope, with organization_list.json for each item of contents);
// - each item of contents as a fully nested organization (organization.json), since the export nests locations and
//   addresses as the API does when asked for full organizations.
// Prints every error and exits with 1 when there is one; prints a one-line summary and exits with 0 otherwise.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const standards = path.join(here, "..", "Standards", "hsds-3.0");
const read = async (file) => JSON.parse(await readFile(file, "utf8"));

// The specification refers to its compiled schemas by these addresses; they are served from the vendored copies.
const compiled = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/";
const openApiId = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

// HSDS annotates its schemas with Frictionless Data keywords, and the OpenAPI document holds its schemas among
// members of its own: they describe, they do not constrain.
const annotations = ["name", "path", "core", "example", "constraints", "datapackage_metadata", "datapackage_type", "tabular_required"];
const openApiMembers = ["openapi", "info", "jsonSchemaDialect", "servers", "paths", "components", "tags", "security", "externalDocs"];

// The OpenAPI document's schemas use JSON Schema 2020-12 (its jsonSchemaDialect); the HSDS schemas declare none.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, validateSchema: false });
addFormats(ajv);
ajv.addVocabulary([...annotations, ...openApiMembers]);
ajv.addSchema(await read(path.join(standards, "organization.json")), compiled + "organization.json");
ajv.addSchema(await read(path.join(standards, "organization_list.json")), compiled + "organization_list.json");
ajv.addSchema(await read(path.join(standards, "openapi.json")), openApiId);

const page = ajv.compile({ $ref: `${openApiId}#/paths/~1organizations/get/responses/200/content/application~1json/schema` });
const organization = ajv.getSchema(compiled + "organization.json");

const document = await read(process.argv[2]);
const errors = [];
if (!page(document)) errors.push(...page.errors.map((e) => `page${e.instancePath} ${e.message} (${e.schemaPath})`));
for (const [index, item] of (Array.isArray(document.contents) ? document.contents : []).entries()) {
  if (!organization(item)) errors.push(...organization.errors.map((e) => `contents/${index}${e.instancePath} ${e.message} (${e.schemaPath})`));
}

if (errors.length > 0) {
  process.stdout.write(`${errors.length} errors against the HSDS 3.0 schemas:\n${errors.join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(`0 errors against the HSDS 3.0 schemas for ${document.contents.length} organizations\n`);

// Expands a JSON-LD document (path as first argument) with jsonld.js and prints the expanded form.
// The tests run offline, so the remote schema.org context is served from here: schema.org's context maps every
// term under the vocabulary http://schema.org/, which is all the expansion of our terms needs. Any other remote
// context is refused, so a document that relies on one fails the test.
import { readFile } from "node:fs/promises";
import jsonld from "jsonld";

const schemaOrgContext = { "@context": { "@vocab": "http://schema.org/" } };

const documentLoader = async (url) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: null, documentUrl: url, document: schemaOrgContext };
  }
  throw new Error(`No remote context may be loaded: ${url}`);
};

const document = JSON.parse(await readFile(process.argv[2], "utf8"));
const expanded = await jsonld.expand(document, { documentLoader, safe: true });
process.stdout.write(JSON.stringify(expanded));

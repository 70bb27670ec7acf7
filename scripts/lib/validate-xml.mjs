// @ts-check
/**
 * Validates an LMS manifest against the official schemas in standards/ with libxml2 compiled to
 * WebAssembly (the xmllint-wasm package), so packaging and its tests need no system xmllint.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const standards = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'standards');

/**
 * Validates `xml` against `schema` (a path under standards/, e.g. 'scorm12/all.xsd'). Every
 * other .xsd beside the schema is loaded too, for its imports; nothing is fetched from the
 * network (the WebAssembly xmllint has none).
 * @param {string} xml
 * @param {string} schema
 * @returns {Promise<string>} the validation errors, or '' when the document is valid
 */
export async function validateXml(xml, schema) {
  const dir = join(standards, dirname(schema));
  const main = basename(schema);
  const file = (/** @type {string} */ name) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') });
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: file(main),
    preload: readdirSync(dir)
      .filter((f) => f.endsWith('.xsd') && f !== main)
      .map(file),
  });
  return result.valid ? '' : result.rawOutput.trim() || 'invalid';
}

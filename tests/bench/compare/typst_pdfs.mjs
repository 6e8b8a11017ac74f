// Benchmark peer: compiles every DIR/*.typ to OUT_DIR/*.pdf with Typst, in this one process,
// through @myriaddreamin/typst-ts-node-compiler (Typst's compiler as a Node native addon: no
// Typst binary to download). run.sh times the whole process with GNU time.
//
//   node typst_pdfs.mjs DIR OUT_DIR
//
// Fonts: only the system's Liberation and DejaVu folders (the faces qaf's PDFs use), so no font
// scan of the whole machine is timed. Prints one line per document (name, pages), then the total.
// Exits non-zero if a document does not compile.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let NodeCompiler;
try {
  ({ NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler'));
} catch (e) {
  console.error(`typst_pdfs.mjs: cannot load @myriaddreamin/typst-ts-node-compiler (run \`npm ci\` in tests/bench/compare): ${e.message}`);
  process.exit(2);
}

const [dir, outDir] = process.argv.slice(2);
if (!dir || !outDir || process.argv.length !== 4) {
  console.error('usage: node typst_pdfs.mjs DIR OUT_DIR');
  process.exit(2);
}
const fontPaths = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/dejavu'].filter((p) => fs.existsSync(p));
const compiler = NodeCompiler.create({ workspace: path.resolve(dir), fontArgs: [{ fontPaths }] });
const created = Number(process.env.SOURCE_DATE_EPOCH || 0) || undefined;

fs.mkdirSync(outDir, { recursive: true });
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.typ')).sort();
if (!names.length) {
  console.error(`typst_pdfs.mjs: no .typ files in ${dir}`);
  process.exit(2);
}
let total = 0;
for (const name of names) {
  const result = compiler.compile({ mainFileContent: fs.readFileSync(path.join(dir, name), 'utf8') });
  const doc = result.result;
  if (!doc || result.hasError()) {
    console.error(`typst_pdfs.mjs: ${name} did not compile:`);
    result.printErrors();
    process.exit(1);
  }
  const pdf = compiler.pdf(doc, { creationTimestamp: created });
  fs.writeFileSync(path.join(outDir, name.replace(/\.typ$/, '.pdf')), pdf);
  console.log(`${name.replace(/\.typ$/, '')}\t${doc.numOfPages}`);
  total += doc.numOfPages;
  // What the package suggests for a tool that is not watching files: drop old cached results.
  compiler.evictCache(10);
}
console.log(`total\t${total}`);

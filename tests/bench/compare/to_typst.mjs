// Benchmark input for Typst: turns the text of each qaf PDF (as `pdftotext` extracted it) into a
// Typst source with the same text, so Typst lays out and writes the same words.
//
//   node to_typst.mjs DIR        (every DIR/*.txt becomes DIR/*.typ)
//
// The text is kept, the looks are not: A4 pages, Liberation Sans (the face qaf's PDFs use) at
// 11 pt, default margins. Lines of one block (pdftotext separates blocks with a blank line) are
// joined into a paragraph, every block becomes a paragraph, and a page break stands where the
// qaf PDF's page ended (pdftotext's form feed), so each tool writes about as many pages of the
// same text. Every character Typst's markup could read as syntax is escaped with a backslash.
// Prints one line per file: name, characters of text, pages of the qaf PDF.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir || process.argv.length !== 3) {
  console.error('usage: node to_typst.mjs DIR');
  process.exit(2);
}

// Markup syntax in Typst: escapes, code, maths, strong, emphasis, raw, labels, references,
// content blocks, non-breaking space, comments, headings, lists, term lists, numbered lists,
// smart quotes and the dash and ellipsis shorthands.
const SPECIAL = /[\\#$*_`<>@[\]~/=+\-'".:]/g;

function escape(text) {
  return text.replace(SPECIAL, (c) => '\\' + c);
}

const PREAMBLE = [
  '#set page(paper: "a4")',
  '#set text(font: ("Liberation Sans", "DejaVu Sans"), size: 11pt, lang: "en")',
  '#set par(justify: false)',
  '',
].join('\n');

function convert(text) {
  // pdftotext ends every page with a form feed; the last one closes the document.
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  const out = [PREAMBLE];
  pages.forEach((page, i) => {
    if (i > 0) out.push('#pagebreak()\n');
    const blocks = page.split(/\n[ \t]*\n/);
    for (const block of blocks) {
      const words = block.split(/\s+/).filter(Boolean);
      if (words.length) out.push(escape(words.join(' ')) + '\n');
    }
  });
  return { source: out.join('\n'), pages: pages.length };
}

const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
if (!names.length) {
  console.error(`to_typst.mjs: no .txt files in ${dir}`);
  process.exit(2);
}
for (const name of names) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const { source, pages } = convert(text);
  fs.writeFileSync(path.join(dir, name.replace(/\.txt$/, '.typ')), source);
  console.log(`${name.replace(/\.txt$/, '')}\t${text.replace(/\s+/g, '').length}\t${pages}`);
}

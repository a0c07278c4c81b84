// Sizes of the built browser bundle in target/site/pkg, raw / gzip -9 / brotli 11.
//   node scripts/bench/bundle.js [--budget-kb N]
// First load is what the report form (and the receipt page showing a report) fetch: the
// citizen's wasm and its JS, and the CSS (pages without an island, like the home page, fetch
// the CSS only); the staff pages' bundle follows (`lentera-staff`, its split loader and the
// split-off files of its lazy islands), fetched only by staff pages.
// With --budget-kb, exits 1 when the first-load wasm is over N KB (1 KB = 1,000 bytes)
// brotli-compressed: the bytes a citizen's phone downloads, as the server sends them.
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const pkg = path.join(__dirname, "..", "..", "target", "site", "pkg");
const budgetAt = process.argv.indexOf("--budget-kb");
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) * 1000 : null;

// A release build with --precompress ships `x.wasm.br` beside `x.wasm`, and the server sends
// that file as it is: its size is what a phone downloads. Otherwise brotli 11 is computed.
const sizes = (file) => {
  const b = fs.readFileSync(path.join(pkg, file));
  const br = path.join(pkg, file + ".br");
  return {
    raw: b.length,
    gzip: zlib.gzipSync(b, { level: 9 }).length,
    brotli: fs.existsSync(br)
      ? fs.statSync(br).size
      : zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const files = fs.readdirSync(pkg).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
const firstLoad = files.filter((f) => f.startsWith("lentera."));
const later = files.filter((f) => !firstLoad.includes(f));

console.log("| file | loaded | raw | gzip -9 | brotli 11 |\n|---|---|---:|---:|---:|");
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const f of firstLoad) {
  const s = sizes(f);
  for (const k in total) total[k] += s[k];
  console.log(`| ${f} | first load | ${s.raw} | ${s.gzip} | ${s.brotli} |`);
}
console.log(`| **first load, all files** | | ${total.raw} | ${total.gzip} | ${total.brotli} |`);
const staff = { raw: 0, gzip: 0, brotli: 0 };
for (const f of later) {
  const s = sizes(f);
  for (const k in staff) staff[k] += s[k];
}
if (later.length) {
  console.log(`| ${later.length} files of the staff pages' bundle | staff pages | ${staff.raw} | ${staff.gzip} | ${staff.brotli} |`);
}

if (budget !== null) {
  const wasm = sizes("lentera.wasm").brotli;
  const verdict = wasm <= budget ? "within" : "OVER";
  console.log(`\nfirst-load wasm: ${wasm} bytes brotli, ${verdict} the budget of ${budget} bytes`);
  if (wasm > budget) process.exit(1);
}

// Keeps the code in docs/*.md identical to the tested code it quotes. A snippet in a guide is written
//   <!-- snippet: path/to/file.ts#region -->
//   ```ts
//   ...
//   ```
// and stands for the lines between `// #region region` and `// #endregion region` of that file.
// `node scripts/doc-snippets.mjs` rewrites the guides from the files; the test
// docs/embedding.test.ts fails when a guide and its files disagree.
import fs from 'node:fs';
import path from 'node:path';

const marker = /<!-- snippet: ([^#\s]+)#([\w-]+) -->\n```(\w+)\n([\s\S]*?)```/g;

/** The lines of a region of a file, without the markers and without their common indentation. */
export function readRegion(root, file, region) {
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region ${region}`);
  const end = lines.findIndex((line) => line.trim() === `// #endregion ${region}`);
  if (start === -1 || end <= start) throw new Error(`${file} has no region "${region}"`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  return `${body.map((line) => line.slice(indent)).join('\n')}\n`;
}

/** Every snippet of a guide: where it points, what the guide says, and what the file says. */
export function snippetsOf(root, guide) {
  const text = fs.readFileSync(path.join(root, guide), 'utf8');
  return [...text.matchAll(marker)].map(([, file, region, language, quoted]) => ({ file, region, language, quoted, actual: readRegion(root, file, region) }));
}

/** Rewrites a guide's snippets from their files. */
export function syncGuide(root, guide) {
  const target = path.join(root, guide);
  const text = fs.readFileSync(target, 'utf8');
  const next = text.replace(
    marker,
    (_all, file, region, language) => `<!-- snippet: ${file}#${region} -->\n\`\`\`${language}\n${readRegion(root, file, region)}\`\`\``,
  );
  fs.writeFileSync(target, next);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const guide of ['docs/embedding.md']) {
    syncGuide(process.cwd(), guide);
    console.log(`${guide}: ${snippetsOf(process.cwd(), guide).length} snippets in sync`);
  }
}

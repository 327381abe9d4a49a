import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const LIMIT_BYTES = 250 * 1024;
const SHEET_MODULE = /judging\/JudgeSheetPage\.tsx$/;

interface Chunk {
  type: 'chunk';
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * Prints the JavaScript a judge's phone downloads to open the sheet (the entry, the sheet's lazy chunk and
 * every chunk they import statically), gzipped, and fails the build past the 250 KB budget.
 */
export function judgeSheetSize(): Plugin {
  return {
    name: 'judge-sheet-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [name, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') chunks.set(name, output);
      }
      const roots = [...chunks.entries()]
        .filter(
          ([, chunk]) => chunk.isEntry || (chunk.facadeModuleId && SHEET_MODULE.test(chunk.facadeModuleId)),
        )
        .map(([name]) => name);
      if (!roots.some((name) => SHEET_MODULE.test(chunks.get(name)?.facadeModuleId ?? ''))) {
        this.error('judge-sheet-size: the judge sheet is not a chunk of its own (is its route lazy?)');
      }
      const seen = new Set<string>();
      const visit = (name: string): void => {
        if (seen.has(name) || !chunks.has(name)) return;
        seen.add(name);
        for (const imported of chunks.get(name)!.imports) visit(imported);
      };
      roots.forEach(visit);
      const gzipped = [...seen].reduce((sum, name) => sum + gzipSync(chunks.get(name)!.code).length, 0);
      const kb = (gzipped / 1024).toFixed(1);
      console.log(`judge sheet initial JavaScript: ${kb} KB gzipped (${seen.size} chunks, budget 250 KB)`);
      if (gzipped > LIMIT_BYTES)
        this.error(`judge sheet initial JavaScript is ${kb} KB gzipped, over 250 KB`);
    },
  };
}

/** Reads the bank's YAML files from disk. The only file-system code under lib/bank. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileKindOf, type BankFile } from './load';

export function readBankFiles(root: string): BankFile[] {
  const files: BankFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const path = relative(root, full).split('\\').join('/');
        if (fileKindOf(path)) files.push({ path, text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return files;
}

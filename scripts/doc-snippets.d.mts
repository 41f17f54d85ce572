export interface Snippet {
  file: string;
  region: string;
  language: string;
  quoted: string;
  actual: string;
}
export function readRegion(root: string, file: string, region: string): string;
export function snippetsOf(root: string, guide: string): Snippet[];
export function syncGuide(root: string, guide: string): void;

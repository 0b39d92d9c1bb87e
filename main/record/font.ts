import fs from 'node:fs';
import { createRequire } from 'node:module';

// DejaVu Sans: covers French (é è ê à ç « ») and the open-box ␣ (U+2423) that marks spaces. Its
// licence (Bitstream Vera, DejaVu changes public domain) allows embedding; it ships in the
// dejavu-fonts-ttf package, so it installs with npm like every other dependency.
const require = createRequire(import.meta.url);

export function recordFonts(): { regular: Uint8Array; bold: Uint8Array } {
  return {
    regular: fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
}

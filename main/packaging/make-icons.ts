// `npm run icons`: renders main/packaging/icon.svg into the installer icons electron-builder reads
// from this folder (icon.png 1024 px and 512 px for Linux, icon.icns for macOS, icon.ico for
// Windows). Run it after changing the SVG and commit the results; packaging never renders them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import png2icons from 'png2icons';
import { chromiumLaunchOptions } from '../../test/support/system-tools';

const dir = path.dirname(fileURLToPath(import.meta.url));
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');

async function render(size: number): Promise<Buffer> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="width:${size}px;height:${size}px;display:block" `)}</body></html>`,
    );
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await browser.close();
  }
}

const big = await render(1024);
fs.writeFileSync(path.join(dir, 'icon.png'), big);
fs.writeFileSync(path.join(dir, 'icon-512.png'), await render(512));
const icns = png2icons.createICNS(big, png2icons.BICUBIC, 0);
const ico = png2icons.createICO(big, png2icons.BICUBIC, 0, false, true);
if (!icns || !ico) throw new Error('png2icons could not convert the rendered icon');
fs.writeFileSync(path.join(dir, 'icon.icns'), icns);
fs.writeFileSync(path.join(dir, 'icon.ico'), ico);
console.log(`icons written to ${path.relative(process.cwd(), dir)}: icon.png, icon-512.png, icon.icns, icon.ico`);

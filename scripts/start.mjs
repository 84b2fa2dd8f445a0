// npm start: build, then open the desktop console. Without Electron's binary, say how to get it
// (or use browser mode) instead of failing obscurely.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildNode, buildRenderer, root } from './build-lib.mjs';

await buildNode();
await buildRenderer();
let electron;
try {
  electron = createRequire(import.meta.url)('electron');
} catch {
  console.error(
    [
      '未安装 Electron 可执行文件（安装时设置了 ELECTRON_SKIP_BINARY_DOWNLOAD=1，或无法下载）。',
      '  · 联网后运行 `node node_modules/electron/install.js` 获取桌面端；',
      '  · 或运行 `npm run web`，在浏览器中使用统筹。',
      "Electron's binary is not installed. Run `node node_modules/electron/install.js` where it can be downloaded, or use `npm run web`.",
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(electron, [path.join(root, 'dist/electron/main.cjs')], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

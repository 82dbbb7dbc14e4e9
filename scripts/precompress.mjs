// Each script, stylesheet and strings file of the build also as `<file>.gz`, made with Zopfli: a
// host that serves files compressed ahead of time (nginx's gzip_static, docs/hosting/nginx.conf)
// sends ~4 % fewer bytes than compressing as it answers. Only files with hashed names: a `.gz` can
// never be older than the file beside it.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipAsync } from '@gfx/zopfli';

/** Under a kilobyte, gzip's own header and trailer eat the gain. */
const worthIt = (fileName, size) => /^assets\/.+\.(js|css|json)$/.test(fileName) && size >= 1024;

/** @returns {import('vite').Plugin} */
export function precompressAssets() {
  let outDir = 'dist';
  return {
    name: 'precompress-assets',
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      await Promise.all(
        Object.values(bundle).map(async (file) => {
          const source = file.type === 'asset' ? file.source : file.code;
          if (!worthIt(file.fileName, source.length)) return;
          const gz = await gzipAsync(Buffer.from(source), { numiterations: 5 });
          await writeFile(join(outDir, `${file.fileName}.gz`), gz);
        }),
      );
    },
  };
}

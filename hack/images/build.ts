// `make images`: builds the operator, API and web app images and pushes them (and pagemagic-static) to the
// local registry, then prints each image's layers with their compressed sizes and where the time went.
//   node hack/images/build.ts

import { performance } from 'node:perf_hooks';
import { buildImagesWithReport } from './index.ts';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

if (import.meta.main) {
  const started = performance.now();
  try {
    const report = await buildImagesWithReport({ log: (line) => console.log(`images: ${line}`) });
    for (const image of report.reports) {
      const total = image.layers.reduce((sum, layer) => sum + layer.size, 0);
      console.log(`\n${image.reference}\n  ${mib(total)} compressed, ${image.uploaded} new blob(s) pushed`);
      for (const layer of image.layers) {
        const note = layer.compressed ? '' : ' (layer cache)';
        console.log(`  ${mib(layer.size).padStart(10)}  ${layer.name}  ${layer.digest.slice(0, 19)}${note}`);
      }
    }
    console.log(`\n${report.images.static}  (site image base)`);
    const steps = Object.entries(report.timings)
      .map(([step, ms]) => `${step} ${seconds(ms)}`)
      .join(', ');
    console.log(`\nbuilt in ${seconds(performance.now() - started)}: ${steps}`);
    console.log(
      `base: ${report.packages.join(', ')}; node ${report.nodeVersion}; web app ${report.webBuilt ? 'built' : 'unchanged'}`,
    );
    console.log('wrote .local/images/images.json');
  } catch (error) {
    console.error(`images: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

// Unpacks every layer of an image from the local registry into a folder, so its own server can run from
// there: hack/dev.sh serves the demo site's live Build this way, as its Pod would.
//   node hack/src/extract-image.ts <image> <folder>

import { extractImage } from '@pagemagic/operator/image';

if (import.meta.main) {
  const [reference, directory] = process.argv.slice(2);
  if (!reference || !directory) {
    console.error('usage: node hack/src/extract-image.ts <image> <folder>');
    process.exit(2);
  }
  try {
    const image = await extractImage(reference, directory);
    console.log(`extracted ${reference} (${image.manifest.layers.length} layers) into ${directory}`);
  } catch (error) {
    console.error(`extract-image: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

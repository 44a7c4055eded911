// Pure pieces of a Build: where its image goes and what its status says at each step.

import { type Build, type BuildStatus, formatBytes } from '@pagemagic/crds';
import type { OperatorConfig } from '../../config.ts';
import { type LayerFile, STATIC_CONFIG_PATH, staticServerConfigFile } from '../../image/index.ts';
import { parseHeadersFile, type RenderedSite } from '../../site/index.ts';

export const TERMINAL_PHASES: ReadonlySet<string> = new Set(['Succeeded', 'Failed']);

export function isFinished(build: Build): boolean {
  return TERMINAL_PHASES.has(build.status?.phase ?? '');
}

/** `<registry>/<namespace>/<website>`: one repository per site, so its Builds share layers. */
export function imageRepository(config: Pick<OperatorConfig, 'registry'>, build: Build): string {
  return `${config.registry}/${build.metadata.namespace}/${build.spec.website}`;
}

/**
 * The files of the image's site layer: exactly as rendered, plus the web server's config made from the
 * site's `_headers` (it replaces the base image's default one).
 */
export function layerFiles(site: RenderedSite): Map<string, LayerFile> {
  if (site.files.has(STATIC_CONFIG_PATH)) {
    throw new Error(`the rendered site has ${STATIC_CONFIG_PATH}, the web server's own config`);
  }
  const headersFile = site.files.get('/_headers');
  const headers = headersFile ? Buffer.from(headersFile.body).toString('utf8') : '';
  const files = new Map<string, LayerFile>(
    [...site.files].map(([path, file]) => [path, { body: file.body }]),
  );
  files.set(STATIC_CONFIG_PATH, { body: staticServerConfigFile(parseHeadersFile(headers)) });
  return files;
}

export function renderedBytes(site: RenderedSite): number {
  let bytes = 0;
  for (const file of site.files.values()) bytes += file.body.length;
  return bytes;
}

export interface BuildOutput {
  image: string;
  pages: number;
  bytes: number;
  renderSeconds: number;
  pushSeconds: number;
}

const seconds = (value: number) => Math.round(value * 1000) / 1000;

/** The fields a finished Build records besides its conditions. */
export function succeededFields(output: BuildOutput, startedAt: string, completedAt: string): BuildStatus {
  return {
    phase: 'Succeeded',
    image: output.image,
    pages: output.pages,
    bytes: output.bytes,
    size: formatBytes(output.bytes),
    startedAt,
    completedAt,
    durations: { renderSeconds: seconds(output.renderSeconds), pushSeconds: seconds(output.pushSeconds) },
  };
}

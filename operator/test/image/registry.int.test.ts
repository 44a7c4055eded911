// The image builder against a real CNCF distribution registry (hack/test-servers.sh).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { repoRoot } from '@pagemagic/hack/testkit/env';
// Relative until hack/package.json exports ./test-servers.
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BaseImageResult,
  type BuildImageResult,
  buildImage,
  createBaseImage,
  type FetchLike,
  type ImageConfig,
  type ImageManifest,
  MediaTypes,
  pullLayerFiles,
  RegistryClient,
  RegistryError,
  sha256Digest,
} from '../../src/image/index.ts';
import { renderSite } from '../../src/site/render/index.ts';

const { registryHost, registryUrl } = testServerSettings();
// Built by hack/tools/build.sh (`make tools`).
const serverPath = join(repoRoot, 'hack', 'bin', 'pagemagic-static');
// A namespace per run, so every run starts from repositories that hold nothing.
const ns = `test/${randomBytes(6).toString('hex')}`;
const site = renderSite(exampleSiteDocument(), { baseUrl: 'https://bakery.pagemagic.site' });

interface Request {
  method: string;
  path: string;
}

function countingFetch(): { fetch: FetchLike; requests: Request[] } {
  const requests: Request[] = [];
  const fetchLike: FetchLike = (url, init) => {
    requests.push({ method: init.method ?? 'GET', path: new URL(url).pathname });
    return fetch(url, init);
  };
  return { fetch: fetchLike, requests };
}

const blobWrites = (requests: Request[]) =>
  requests.filter((r) => (r.method === 'POST' || r.method === 'PUT') && r.path.includes('/blobs/uploads/'));

const client = new RegistryClient(registryHost);

async function manifestOf(
  repository: string,
  reference: string,
): Promise<{ mediaType: string; manifest: ImageManifest }> {
  const fetched = await client.getManifest(repository, reference);
  return { mediaType: fetched.mediaType, manifest: fetched.json as ImageManifest };
}

async function configOf(repository: string, manifest: ImageManifest): Promise<ImageConfig> {
  return JSON.parse((await client.getBlob(repository, manifest.config.digest)).toString('utf8'));
}

const baseRepo = `${ns}/base`;
const siteRepo = `${ns}/bakery`;
let base: BaseImageResult;
let first: BuildImageResult;

function build(files = site.files, fetchLike?: FetchLike): Promise<BuildImageResult> {
  return buildImage({
    registry: fetchLike ? { fetch: fetchLike } : {},
    base: `${registryHost}/${baseRepo}:v1`,
    target: `${registryHost}/${siteRepo}`,
    tag: 'live',
    files,
    config: { labels: { 'dev.pagemagic.site': 'bakery' }, env: { SITE: 'bakery' } },
  });
}

beforeAll(async () => {
  try {
    await client.ping();
  } catch (error) {
    throw new Error(`no OCI registry at ${registryUrl}: run 'bash hack/test-servers.sh up' (${error})`);
  }
  base = await createBaseImage({ target: `${registryHost}/${baseRepo}`, tag: 'v1', serverPath });
  first = await build();
});

describe('createBaseImage', () => {
  it('pushes an OCI image of the static server and its default config', async () => {
    const { mediaType, manifest } = await manifestOf(baseRepo, 'v1');
    expect(mediaType).toBe(MediaTypes.ociManifest);
    expect(manifest.layers.map((l) => l.digest)).toEqual([base.layerDigest]);
    const config = await configOf(baseRepo, manifest);
    expect(config.config).toMatchObject({
      User: '65532:65532',
      ExposedPorts: { '8080/tcp': {} },
      Entrypoint: ['/usr/bin/pagemagic-static', 'run', '--config', '/srv/site/_caddy.json'],
    });
    const files = await pullLayerFiles(base.reference);
    expect([...files.keys()]).toEqual(['/srv/site/_caddy.json', '/usr/bin/pagemagic-static']);
    expect(files.get('/usr/bin/pagemagic-static')?.body.equals(await readFile(serverPath))).toBe(true);
    expect(files.get('/usr/bin/pagemagic-static')?.mode).toBe(0o755);
  });
});

describe('buildImage against a real registry', () => {
  it('pushes a manifest that is addressable by digest and by tag', async () => {
    expect(first.reference).toBe(`${registryHost}/${siteRepo}@${first.digest}`);
    const byDigest = await client.getManifest(siteRepo, first.digest);
    const byTag = await client.getManifest(siteRepo, 'live');
    expect(byTag.digest).toBe(first.digest);
    expect(sha256Digest(byDigest.bytes)).toBe(first.digest);
  });

  it('writes the right media types, base layers first, and the new layer last', async () => {
    const { mediaType, manifest } = await manifestOf(siteRepo, first.digest);
    expect(mediaType).toBe(MediaTypes.ociManifest);
    expect(manifest.config.mediaType).toBe(MediaTypes.ociConfig);
    expect(manifest.layers.map((l) => [l.mediaType, l.digest])).toEqual([
      [MediaTypes.ociLayerGzip, base.layerDigest],
      [MediaTypes.ociLayerGzip, first.layerDigest],
    ]);
    expect(manifest.layers[1]?.size).toBe(first.bytes);
    expect(manifest.annotations?.['org.opencontainers.image.base.digest']).toBe(base.digest);
  });

  it("extends the base config: diff_ids, history, the base's settings and the overrides", async () => {
    const { manifest } = await manifestOf(siteRepo, first.digest);
    const config = await configOf(siteRepo, manifest);
    expect(config.rootfs.diff_ids).toEqual([base.diffId, first.diffId]);
    expect(config.created).toBe('1970-01-01T00:00:00Z');
    expect(config.history?.map((h) => h.created)).toEqual(['1970-01-01T00:00:00Z', '1970-01-01T00:00:00Z']);
    expect(config.config).toMatchObject({
      User: '65532:65532',
      ExposedPorts: { '8080/tcp': {} },
      Entrypoint: ['/usr/bin/pagemagic-static', 'run', '--config', '/srv/site/_caddy.json'],
      WorkingDir: '/srv/site',
      Labels: { 'dev.pagemagic.base': 'pagemagic-static', 'dev.pagemagic.site': 'bakery' },
    });
    expect(config.config?.Env).toContain('SITE=bakery');
  });

  it('has a top layer that extracts to exactly the rendered files under /srv/site', async () => {
    expect(site.files.size).toBeGreaterThan(20);
    const files = await pullLayerFiles(first.reference, { prefix: '/srv/site' });
    expect([...files.keys()]).toEqual([...site.files.keys()].sort());
    for (const [path, file] of site.files) {
      expect(files.get(path)?.body.equals(file.body), path).toBe(true);
      expect(files.get(path)?.mode).toBe(0o644);
    }
  });

  it('mounts the base layer from the base repository instead of uploading it', async () => {
    expect(first.mounted).toEqual([base.layerDigest]);
    expect(first.uploaded.sort()).toEqual(
      [first.layerDigest, (await manifestOf(siteRepo, first.digest)).manifest.config.digest].sort(),
    );
    expect(await client.blobExists(siteRepo, base.layerDigest)).toBe(true);
  });

  it('gives the same digest when built again, and then uploads no blob', async () => {
    const { fetch, requests } = countingFetch();
    const again = await build(site.files, fetch);
    expect(again.digest).toBe(first.digest);
    expect(again.layerDigest).toBe(first.layerDigest);
    expect(blobWrites(requests)).toEqual([]);
    expect([again.uploaded, again.mounted]).toEqual([[], []]);
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
      `/v2/${siteRepo}/manifests/live`,
    ]);
  });

  it('gives a different digest when one file changes, and uploads only the new layer and config', async () => {
    const changed = new Map(site.files);
    const robots = changed.get('/robots.txt');
    if (!robots) throw new Error('the rendered site has no robots.txt');
    changed.set('/robots.txt', { ...robots, body: Buffer.concat([robots.body, Buffer.from('# changed\n')]) });
    const { fetch, requests } = countingFetch();
    const other = await build(changed, fetch);
    expect(other.digest).not.toBe(first.digest);
    expect(other.layerDigest).not.toBe(first.layerDigest);
    expect(other.uploaded).toHaveLength(2);
    expect(other.uploaded).toContain(other.layerDigest);
    expect(blobWrites(requests).filter((r) => r.method === 'PUT')).toHaveLength(2);
    const files = await pullLayerFiles(other.reference, { prefix: '/srv/site' });
    expect(files.get('/robots.txt')?.body.toString()).toMatch(/# changed\n$/);
    // The tag moved to the new image; the old one is still there by digest.
    expect((await client.getManifest(siteRepo, 'live')).digest).toBe(other.digest);
    expect((await client.getManifest(siteRepo, first.digest)).digest).toBe(first.digest);
  });

  it('builds from a Docker schema 2 base behind a multi-platform index, choosing linux/amd64', async () => {
    const repo = `${ns}/multi`;
    const { manifest: baseManifest } = await manifestOf(baseRepo, 'v1');
    for (const blob of [baseManifest.config, ...baseManifest.layers]) {
      await client.mountBlob(repo, blob.digest, baseRepo, () => client.getBlob(baseRepo, blob.digest));
    }
    const docker = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.dockerManifest,
        config: { ...baseManifest.config, mediaType: MediaTypes.dockerConfig },
        layers: baseManifest.layers.map((l) => ({ ...l, mediaType: MediaTypes.dockerLayerGzip })),
      }),
    );
    const oci = Buffer.from(JSON.stringify(baseManifest));
    const dockerDigest = await client.putManifest(
      repo,
      sha256Digest(docker),
      docker,
      MediaTypes.dockerManifest,
    );
    const ociDigest = await client.putManifest(repo, sha256Digest(oci), oci, MediaTypes.ociManifest);
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: [
          {
            mediaType: MediaTypes.ociManifest,
            digest: ociDigest,
            size: oci.length,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
          },
          {
            mediaType: MediaTypes.dockerManifest,
            digest: dockerDigest,
            size: docker.length,
            platform: { os: 'linux', architecture: 'amd64' },
          },
        ],
      }),
    );
    await client.putManifest(repo, 'multi', index, MediaTypes.ociIndex);

    const built = await buildImage({
      base: `${registryHost}/${repo}:multi`,
      target: `${registryHost}/${siteRepo}`,
      files: site.files,
    });
    expect(built.baseDigest).toBe(dockerDigest);
    const { manifest } = await manifestOf(siteRepo, built.digest);
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([
      MediaTypes.ociLayerGzip,
      MediaTypes.ociLayerGzip,
    ]);
    expect(manifest.layers[0]?.digest).toBe(base.layerDigest);
    expect((await configOf(siteRepo, manifest)).rootfs.diff_ids).toEqual([base.diffId, first.diffId]);
    const files = await pullLayerFiles(built.reference, { prefix: '/srv/site' });
    expect([...files.keys()]).toEqual([...site.files.keys()].sort());
  });

  it('says clearly when the base image does not exist', async () => {
    await expect(
      buildImage({
        base: `${registryHost}/${ns}/no-such-base:v1`,
        target: `${registryHost}/${siteRepo}`,
        files: site.files,
      }),
    ).rejects.toThrow(
      new RegExp(
        `base image ${registryHost}/${ns}/no-such-base:v1 was not found: push it first or fix the reference .*(MANIFEST_UNKNOWN|NAME_UNKNOWN)`,
      ),
    );
  });

  it("surfaces the registry's error JSON", async () => {
    const missing = sha256Digest(Buffer.from('never pushed'));
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        config: { mediaType: MediaTypes.ociConfig, digest: missing, size: 12 },
        layers: [],
      }),
    );
    const error = await client
      .putManifest(siteRepo, 'broken', manifest, MediaTypes.ociManifest)
      .catch((e) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.status).toBe(400);
    expect(error.errors.map((e: { code: string }) => e.code)).toContain('MANIFEST_BLOB_UNKNOWN');
    expect(error.message).toMatch(/failed with 400 Bad Request: MANIFEST_BLOB_UNKNOWN: /);
    expect(error.message).toContain(missing);
  });
});

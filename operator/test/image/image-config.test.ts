import { describe, expect, it } from 'vitest';
import { baseImageConfig } from '../../src/image/base-image.ts';
import { applyOverrides, extendConfig, normalizePort } from '../../src/image/image-config.ts';
import type { ImageConfig } from '../../src/image/oci.ts';

const base: ImageConfig = {
  architecture: 'amd64',
  os: 'linux',
  created: '2024-05-01T10:00:00Z',
  config: {
    Env: ['PATH=/usr/bin:/bin', 'LANG=C.UTF-8'],
    Entrypoint: ['/usr/bin/server'],
    Cmd: ['--serve'],
    ExposedPorts: { '80/tcp': {} },
    Labels: { maintainer: 'base' },
    StopSignal: 'SIGQUIT',
  },
  rootfs: { type: 'layers', diff_ids: ['sha256:1', 'sha256:2'] },
  history: [{ created: '2024-05-01T10:00:00Z', created_by: 'ADD rootfs' }],
  'moby.buildkit.buildinfo.v1': 'kept',
};

const history = { created: '1970-01-01T00:00:00Z', createdBy: 'pagemagic image builder: /srv/site' };

describe('extendConfig', () => {
  it('appends the layer, a history entry and the fixed time, keeping everything else', () => {
    const out = extendConfig(base, 'sha256:3', {}, { ...history, comment: 'renderer 1.0.0' });
    expect(out.rootfs.diff_ids).toEqual(['sha256:1', 'sha256:2', 'sha256:3']);
    expect(out.history?.at(-1)).toEqual({
      created: '1970-01-01T00:00:00Z',
      created_by: 'pagemagic image builder: /srv/site',
      comment: 'renderer 1.0.0',
    });
    expect(out.created).toBe('1970-01-01T00:00:00Z');
    expect(out.config).toEqual(base.config);
    expect(out['moby.buildkit.buildinfo.v1']).toBe('kept');
  });

  it('does not touch the base config it was given', () => {
    const copy = structuredClone(base);
    extendConfig(base, 'sha256:3', { env: { A: '1' }, labels: { b: '2' }, exposedPorts: ['8080'] }, history);
    expect(base).toEqual(copy);
  });

  it('gives the same JSON for the same input', () => {
    const a = JSON.stringify(extendConfig(base, 'sha256:3', { env: { A: '1' } }, history));
    const b = JSON.stringify(extendConfig(structuredClone(base), 'sha256:3', { env: { A: '1' } }, history));
    expect(a).toBe(b);
  });
});

describe('applyOverrides', () => {
  const config = base.config ?? {};

  it('replaces env variables in place and appends new ones', () => {
    expect(applyOverrides(config, { env: { LANG: 'pt_PT.UTF-8', SITE: 'bakery' } }).Env).toEqual([
      'PATH=/usr/bin:/bin',
      'LANG=pt_PT.UTF-8',
      'SITE=bakery',
    ]);
    expect(() => applyOverrides(config, { env: { 'A=B': 'x' } })).toThrow(/holds '='/);
  });

  it("drops the base's cmd when only the entrypoint changes, as a Dockerfile does", () => {
    expect(applyOverrides(config, { entrypoint: ['/bin/other'] })).toMatchObject({
      Entrypoint: ['/bin/other'],
    });
    expect(applyOverrides(config, { entrypoint: ['/bin/other'] }).Cmd).toBeUndefined();
    expect(applyOverrides(config, { entrypoint: ['/bin/other'], cmd: ['x'] }).Cmd).toEqual(['x']);
    expect(applyOverrides(config, { cmd: ['y'] })).toMatchObject({
      Entrypoint: ['/usr/bin/server'],
      Cmd: ['y'],
    });
  });

  it('adds ports and labels to the base ones and sets user and working dir', () => {
    const out = applyOverrides(config, {
      exposedPorts: ['8080', '53/udp'],
      labels: { maintainer: 'site', 'dev.pagemagic.site': 'bakery' },
      user: '65532:65532',
      workingDir: '/srv/site',
    });
    expect(out.ExposedPorts).toEqual({ '80/tcp': {}, '8080/tcp': {}, '53/udp': {} });
    expect(out.Labels).toEqual({ maintainer: 'site', 'dev.pagemagic.site': 'bakery' });
    expect(out.User).toBe('65532:65532');
    expect(out.WorkingDir).toBe('/srv/site');
    expect(out.StopSignal).toBe('SIGQUIT');
    expect(() => applyOverrides(config, { workingDir: 'srv' })).toThrow(/absolute/);
  });

  it('reads ports like docker', () => {
    expect(normalizePort('8080')).toBe('8080/tcp');
    expect(normalizePort('8080/udp')).toBe('8080/udp');
    for (const bad of ['0', '70000', 'http', '80/icmp'])
      expect(() => normalizePort(bad), bad).toThrow(/not a port/);
  });
});

describe('baseImageConfig', () => {
  it('runs the static server on its config as a non-root user, on 8080, serving /srv/site', () => {
    const config = baseImageConfig('sha256:x');
    expect(config.config).toMatchObject({
      User: '65532:65532',
      ExposedPorts: { '8080/tcp': {} },
      Entrypoint: ['/usr/bin/pagemagic-static', 'run', '--config', '/srv/site/_caddy.json'],
      WorkingDir: '/srv/site',
    });
    expect(config.config?.Env).toEqual([
      'PATH=/usr/local/bin:/usr/bin:/bin',
      'PAGEMAGIC_STATIC_LISTEN=:8080',
      'PAGEMAGIC_STATIC_ROOT=/srv/site',
    ]);
    expect([config.os, config.architecture]).toEqual(['linux', 'amd64']);
    expect(config.rootfs.diff_ids).toEqual(['sha256:x']);
  });
});

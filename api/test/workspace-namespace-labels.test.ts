// PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS: the labels that mark an installation's workspace namespaces for its
// operator. A mistake must stop the API at start, not surface later as namespaces nobody reconciles.

import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, parseNamespaceLabels } from '../src/config.ts';
import { generateDevelopmentKeys } from '../src/dev-keys.ts';
import { namespaceObjects } from '../src/tenancy/namespace.ts';

describe('parseNamespaceLabels', () => {
  it('reads comma-separated key=value pairs, with or without a prefix, trimming around them', () => {
    expect(parseNamespaceLabels('pagemagic.dev/install=prod, team=sites ,tier=')).toEqual({
      'pagemagic.dev/install': 'prod',
      team: 'sites',
      tier: '',
    });
    expect(parseNamespaceLabels(undefined)).toEqual({});
    expect(parseNamespaceLabels(' , ')).toEqual({});
  });

  it.each([
    ['install', "entry 'install' is not key=value"],
    ['=prod', "key '' cannot be used"],
    ['Pagemagic.dev/install=prod', "prefix 'Pagemagic.dev' must be a lowercase DNS name"],
    ['pagemagic.dev/-install=prod', "name '-install' must be 1-63"],
    [`x/${'a'.repeat(64)}=prod`, 'must be 1-63'],
    ['pagemagic.dev/install=prod!', "value 'prod!' of pagemagic.dev/install must be"],
    [`install=${'v'.repeat(64)}`, 'must be at most 63'],
    ['install=a,install=b', 'sets install twice'],
    ['pagemagic.dev/workspace=w1', 'the API sets it itself'],
    ['pod-security.kubernetes.io/enforce=baseline', 'the API sets it itself'],
    ['kubernetes.io/metadata.name=x', 'reserved for Kubernetes'],
    ['node.k8s.io/x=y', 'reserved for Kubernetes'],
  ])('refuses %s', (raw, message) => {
    expect(() => parseNamespaceLabels(raw)).toThrow(ConfigError);
    expect(() => parseNamespaceLabels(raw)).toThrow(message);
  });

  it('is read from the environment at start, and a bad value stops the configuration', () => {
    const base = { PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS: 'pagemagic.dev/install=dev-1' };
    expect(configFromEnv(base, generateDevelopmentKeys).workspaceNamespaceLabels).toEqual({
      'pagemagic.dev/install': 'dev-1',
    });
    expect(configFromEnv({}, generateDevelopmentKeys).workspaceNamespaceLabels).toEqual({});
    expect(() =>
      configFromEnv({ PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS: 'install' }, generateDevelopmentKeys),
    ).toThrow('PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS');
  });
});

describe('namespaceObjects', () => {
  const workspace = { id: 'abc123', namespace: 'pm-abc123', plan: 'free' };

  it('puts the configured labels on the namespace only, beside its own', () => {
    const objects = namespaceObjects(workspace, { labels: { 'pagemagic.dev/install': 'prod' } });
    expect(objects.namespace.metadata.labels).toEqual({
      'pagemagic.dev/install': 'prod',
      'app.kubernetes.io/managed-by': 'pagemagic-api',
      'pagemagic.dev/workspace': 'abc123',
      'pagemagic.dev/plan': 'free',
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
    expect(objects.quota.metadata.labels).not.toHaveProperty('pagemagic.dev/install');
  });

  it("never lets a configured label replace the API's own", () => {
    const objects = namespaceObjects(workspace, { labels: { 'pagemagic.dev/workspace': 'someone-else' } });
    expect(objects.namespace.metadata.labels['pagemagic.dev/workspace']).toBe('abc123');
  });
});

// A kubeconfig that authenticates as a ServiceAccount, the way the operator's pod does: a bound token from
// the TokenRequest API, against the same server and CA as the admin kubeconfig. Tests use it to run code
// under a Role and see exactly what that Role lets through.

import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';

/** A short-lived token for `namespace/name`, as the kubelet would mount it. */
export async function serviceAccountToken(
  admin: KubeConfig,
  namespace: string,
  name: string,
  expirationSeconds = 3600,
): Promise<string> {
  const core = admin.makeApiClient(CoreV1Api);
  const request = await core.createNamespacedServiceAccountToken({
    namespace,
    name,
    body: { spec: { audiences: [], expirationSeconds } },
  });
  const token = request.status?.token;
  if (!token) throw new Error(`the API server returned no token for ServiceAccount ${namespace}/${name}`);
  return token;
}

/** The admin kubeconfig's current cluster, with `token` as the only credential. */
export function tokenKubeConfig(admin: KubeConfig, token: string): KubeConfig {
  const cluster = admin.getCurrentCluster();
  if (!cluster) throw new Error('the kubeconfig has no current cluster');
  const config = new KubeConfig();
  config.loadFromClusterAndUser(
    {
      name: cluster.name,
      server: cluster.server,
      caData: cluster.caData,
      caFile: cluster.caFile,
      skipTLSVerify: cluster.skipTLSVerify,
      tlsServerName: cluster.tlsServerName,
    },
    { name: 'service-account', token },
  );
  return config;
}

/** A kubeconfig that acts as ServiceAccount `namespace/name`. */
export async function serviceAccountKubeConfig(
  admin: KubeConfig,
  namespace: string,
  name: string,
): Promise<KubeConfig> {
  return tokenKubeConfig(admin, await serviceAccountToken(admin, namespace, name));
}

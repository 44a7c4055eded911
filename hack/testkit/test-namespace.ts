import { randomBytes } from 'node:crypto';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';

/** A namespace of its own for one test file, so runs never see each other's objects. */
export async function createTestNamespace(config: KubeConfig, prefix: string) {
  const core = config.makeApiClient(CoreV1Api);
  const name = `${prefix}-${randomBytes(4).toString('hex')}`;
  await core.createNamespace({ body: { metadata: { name, labels: { 'pagemagic.dev/test': 'true' } } } });
  return {
    name,
    async delete(): Promise<void> {
      await core.deleteNamespace({ name });
    },
  };
}

/** The API server's reason for refusing a request, or a failure if it was accepted. */
export async function rejection(request: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await request;
  } catch (error) {
    const { code, body } = error as { code?: number; body?: unknown };
    if (typeof code !== 'number') throw error;
    const parsed =
      typeof body === 'string' ? (JSON.parse(body) as { message?: string }) : (body as { message?: string });
    return { code, message: parsed?.message ?? String(body) };
  }
  throw new Error('the API server accepted a request it should have rejected');
}

/** Polls until `check` returns a value, or fails after `seconds` with what was last seen. */
export async function eventually<T>(
  description: string,
  check: () => Promise<T | undefined>,
  seconds = 60,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${seconds}s waiting for ${description}${last ? `: ${String(last)}` : ''}`);
}

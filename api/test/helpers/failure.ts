import { ApiClientError } from '../../src/client/index.ts';

/** The API's refusal of `call`, for asserting its status and message; fails the test if the call succeeds. */
export async function failure(call: Promise<unknown>): Promise<ApiClientError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiClientError) return error;
    throw error;
  }
  throw new Error('the call succeeded but should have failed');
}

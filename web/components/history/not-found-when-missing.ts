import { ApiClientError } from '@pagemagic/api/client';
import { notFound } from 'next/navigation';

/**
 * For a page's reads: a site that is missing, or another workspace's (the API answers 404 for both), or
 * whose id is not even a valid name (400), is the page's "not found", like the site layout's.
 */
export function notFoundWhenMissing(error: unknown): never {
  if (error instanceof ApiClientError && (error.status === 404 || error.status === 400)) notFound();
  throw error;
}

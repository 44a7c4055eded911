// The security headers are helmet's own, computed once: the same set helmet would put on each answer.

import { describe, expect, it } from 'vitest';
import { helmetHeaders } from '../src/plugins/security-headers.ts';

describe('helmetHeaders', () => {
  it("is helmet's set for the API's options: no CSP, same-site resources, and the rest by default", () => {
    const headers = helmetHeaders({
      contentSecurityPolicy: false,
      crossOriginResourcePolicy: { policy: 'same-site' },
    });
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'cross-origin-resource-policy': 'same-site',
      'cross-origin-opener-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    });
    expect(headers).not.toHaveProperty('content-security-policy');
    expect(headers).not.toHaveProperty('x-powered-by');
  });

  it('follows the options it is given', () => {
    expect(helmetHeaders({ frameguard: false })).not.toHaveProperty('x-frame-options');
    expect(helmetHeaders({})['content-security-policy']).toContain("default-src 'self'");
  });
});

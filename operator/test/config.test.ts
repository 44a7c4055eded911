// The operator's settings: where sites' forms post, and what that does to the Builds' names.

import { describe, expect, it } from 'vitest';
import { configFromEnv, rendererVersionFor } from '../src/config.ts';

describe('forms URL', () => {
  it('is unset by default: forms open the mail app, and Builds keep the renderer version', () => {
    const config = configFromEnv({});
    expect(config.formsUrl).toBeUndefined();
    expect(rendererVersionFor(config, '1.2.0')).toBe('1.2.0');
  });

  it('names every Build anew when it changes, as every page with a form changes with it', () => {
    const a = configFromEnv({ PAGEMAGIC_FORMS_URL: 'https://api.pagemagic.example/forms/' });
    const b = configFromEnv({ PAGEMAGIC_FORMS_URL: 'https://api2.pagemagic.example/forms' });
    expect(a.formsUrl).toBe('https://api.pagemagic.example/forms');
    expect(rendererVersionFor(a, '1.2.0')).toMatch(/^1\.2\.0\+forms\.[0-9a-f]{8}$/);
    expect(rendererVersionFor(a, '1.2.0')).not.toBe(rendererVersionFor(b, '1.2.0'));
    expect(rendererVersionFor(a, '1.2.0')).toBe(rendererVersionFor(a, '1.2.0'));
  });
});

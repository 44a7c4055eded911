import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import {
  AiInputError,
  cacheKey,
  completionAllowance,
  estimatePromptTokens,
  estimateTokens,
  MIN_COMPLETION_TOKENS,
  normaliseBrief,
  parseAnswer,
} from '../src/site/ai/index.ts';

describe('normaliseBrief', () => {
  it('collapses whitespace, canonicalises locales and lower-cases page names', () => {
    expect(
      normaliseBrief({
        prompt: '  A bakery\n\n in   Porto. ',
        name: ' Padaria  Ribeira ',
        locales: ['EN', 'pt-pt', 'en'],
        pages: [' Menu', 'menu', 'About Us '],
        tone: 'friendly',
      }),
    ).toEqual({
      prompt: 'A bakery in Porto.',
      name: 'Padaria Ribeira',
      locales: ['en', 'pt-PT'],
      pages: ['menu', 'about us'],
      tone: 'friendly',
    });
  });

  it('defaults to English and rejects what cannot be used', () => {
    expect(normaliseBrief({ prompt: 'A plumber' }).locales).toEqual(['en']);
    expect(() => normaliseBrief({ prompt: ' ' })).toThrow(AiInputError);
    expect(() => normaliseBrief({ prompt: 'A plumber', locales: ['not a locale'] })).toThrow(
      /"not a locale" is not a locale tag/,
    );
  });
});

describe('cacheKey', () => {
  const brief = normaliseBrief({ prompt: 'A bakery in Porto', locales: ['en'] });

  it('is the same for inputs that differ only in spacing, letter case of tags, or key order', () => {
    const same = normaliseBrief({ prompt: ' A bakery\n in  Porto ', locales: ['EN'] });
    expect(cacheKey('p:', 'm', 'generateSite', same)).toBe(cacheKey('p:', 'm', 'generateSite', brief));
    const site = exampleSiteDocument();
    const reordered = Object.fromEntries(Object.entries(site).reverse());
    expect(cacheKey('p:', 'm', 'translateSite', { site: reordered, locale: 'de' })).toBe(
      cacheKey('p:', 'm', 'translateSite', { locale: 'de', site }),
    );
  });

  it('differs by model, operation and input, and starts with the prefix', () => {
    const key = cacheKey('p:', 'model-a', 'generateSite', brief);
    expect(key).toMatch(/^p:generateSite:[0-9a-f]{64}$/);
    expect(cacheKey('p:', 'model-b', 'generateSite', brief)).not.toBe(key);
    expect(cacheKey('p:', 'model-a', 'translateSite', brief)).not.toBe(key);
    expect(cacheKey('p:', 'model-a', 'generateSite', { ...brief, prompt: 'A bakery in Lisbon' })).not.toBe(
      key,
    );
  });
});

describe('token estimate and allowance', () => {
  it('counts a token per 3 UTF-8 bytes, erring high', () => {
    expect(estimateTokens('abcdef')).toBe(2);
    expect(estimateTokens('abcdefg')).toBe(3);
    // Three bytes per character: one token each.
    expect(estimateTokens('面包店')).toBe(3);
    expect(estimatePromptTokens([{ role: 'user', content: 'abcdef' }])).toBe(4 + 2);
    expect(estimatePromptTokens([{ role: 'user', content: 'abcdef' }], { a: 1 })).toBe(4 + 2 + 3);
  });

  it('leaves the completion what the budget has left, or refuses below a useful minimum', () => {
    const spent = { promptTokens: 300, completionTokens: 200 };
    expect(completionAllowance(10_000, spent, 1500)).toBe(8000);
    expect(completionAllowance(2000 + MIN_COMPLETION_TOKENS, spent, 1500)).toBe(MIN_COMPLETION_TOKENS);
    expect(completionAllowance(2000 + MIN_COMPLETION_TOKENS - 1, spent, 1500)).toBeUndefined();
  });
});

describe('parseAnswer', () => {
  it('accepts JSON, also inside a Markdown fence, and explains what is not JSON', () => {
    expect(parseAnswer('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseAnswer('```json\n{"a":1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    const bad = parseAnswer('{"a":');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]?.message).toMatch(/^is not valid JSON \(/);
  });
});

import { describe, expect, it } from 'vitest';
import { hostFromInput } from '../components/domains/domain-words.ts';

describe('hostFromInput', () => {
  it.each([
    ['www.example.com', 'www.example.com'],
    ['  www.example.com/  ', 'www.example.com'],
    ['https://www.example.com/menu?x=1', 'www.example.com'],
    ['WWW.Example.COM', 'www.example.com'],
    // The API takes internationalised names in their ASCII (xn--) form.
    ['café.example', 'xn--caf-dma.example'],
    ['https://bäckerei.de/', 'xn--bckerei-5wa.de'],
  ])('reads %j as %j', (typed, host) => {
    expect(hostFromInput(typed)).toBe(host);
  });

  it('gives back what the URL parser cannot read, for the API to explain', () => {
    expect(hostFromInput('not a host')).toBe('not a host');
  });
});

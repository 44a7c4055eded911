import { describe, expect, it } from 'vitest';
import { openerFor } from '../src/browser.ts';

const url = 'https://bakery.example.com/?a=1&b=2';

describe('the browser opener', () => {
  it("is the platform's own without BROWSER", () => {
    expect(openerFor(url, {}, 'linux')).toEqual({ command: 'xdg-open', args: [url], label: 'xdg-open' });
    expect(openerFor(url, { BROWSER: ' ' }, 'freebsd').command).toBe('xdg-open');
    expect(openerFor(url, {}, 'darwin')).toEqual({ command: 'open', args: [url], label: 'open' });
    expect(openerFor(url, {}, 'win32')).toMatchObject({
      command: 'cmd',
      args: ['/c', 'start', '""', 'https://bakery.example.com/?a=1^&b=2'],
      label: 'start',
    });
  });

  it('is BROWSER when set, the URL passed as an argument and never read as shell code', () => {
    expect(openerFor(url, { BROWSER: 'firefox --new-window:chromium' }, 'linux')).toEqual({
      command: '/bin/sh',
      args: ['-c', 'firefox --new-window "$1"', 'sh', url],
      label: 'BROWSER=firefox --new-window',
    });
    expect(openerFor(url, { BROWSER: 'lynx %s -dump' }, 'darwin').args).toEqual([
      '-c',
      'lynx "$1" -dump',
      'sh',
      url,
    ]);
    expect(openerFor(url, { BROWSER: 'C:\\firefox.exe' }, 'win32')).toEqual({
      command: 'C:\\firefox.exe',
      args: [url],
      label: 'BROWSER=C:\\firefox.exe',
    });
  });
});

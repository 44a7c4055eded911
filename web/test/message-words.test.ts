import { describe, expect, it } from 'vitest';
import {
  languageName,
  messagesPath,
  newMessagesLabel,
  parseFilter,
  parseOutcome,
  replyHref,
  senderOf,
} from '../components/messages/message-words.ts';

const field = (value: string, name = 'name') => ({ name, label: name, value });

describe('the Messages tab', () => {
  it('takes only the filters and outcomes it knows from the query, and all messages otherwise', () => {
    expect(parseFilter('unhandled')).toBe('unhandled');
    expect(parseFilter('handled')).toBe('handled');
    expect(parseFilter('everything')).toBe('all');
    expect(parseFilter(['handled'])).toBe('all');
    expect(parseFilter(undefined)).toBe('all');
    expect(parseOutcome('deleted')).toBe('deleted');
    expect(parseOutcome('archived')).toBeUndefined();
  });

  it('links to a filter, a page and an outcome, leaving the default filter out', () => {
    expect(messagesPath('bakery')).toBe('/sites/bakery/messages');
    expect(messagesPath('bakery', { state: 'all', continue: undefined })).toBe('/sites/bakery/messages');
    expect(messagesPath('bakery', { state: 'handled', continue: 'a+b/=' })).toBe(
      '/sites/bakery/messages?state=handled&continue=a%2Bb%2F%3D',
    );
    expect(messagesPath('bakery', { done: 'deleted', message: 'm1' })).toBe(
      '/sites/bakery/messages?done=deleted&message=m1',
    );
  });

  it('names the sender by their email, else by what they typed first, on one short line', () => {
    expect(senderOf({ replyTo: 'ana@example.com', fields: [field('Ana')] })).toBe('ana@example.com');
    expect(senderOf({ fields: [field('  '), field('Ana\n  Silva', 'full')] })).toBe('Ana Silva');
    const long = senderOf({ fields: [field('x'.repeat(200))] });
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
    expect(senderOf({ fields: [] })).toBe('Someone who left no details');
  });

  it('writes a reply link that cannot add recipients or headers', () => {
    expect(replyHref('ana@example.com')).toBe('mailto:ana@example.com');
    expect(replyHref('a?cc=eve@evil.example&bcc=x@example.com')).toBe(
      'mailto:a%3Fcc%3Deve@evil.example%26bcc%3Dx@example.com',
    );
  });

  it('names languages and counts in words', () => {
    expect(languageName('pt')).toBe('Portuguese');
    expect(languageName('not a locale!')).toBe('not a locale!');
    expect(newMessagesLabel(1)).toBe('1 new message');
    expect(newMessagesLabel(3)).toBe('3 new messages');
  });
});

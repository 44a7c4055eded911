import { describe, expect, it } from 'vitest';
import { invitationPath, invitationToken } from '../app/invitations/accept/token.ts';
import { parseRole } from '../components/account/roles.ts';
import { checkDisplayName, checkEmail, checkWorkspaceName } from '../components/account/validate.ts';

describe('name checks', () => {
  it('accepts a name of up to 100 characters as people count them', () => {
    expect(checkDisplayName('Ada Lovelace')).toBeUndefined();
    expect(checkWorkspaceName('🍞'.repeat(100))).toBeUndefined();
  });

  it('asks for a name when there is none', () => {
    expect(checkDisplayName('')).toBe('Enter your name.');
    expect(checkWorkspaceName('')).toBe('Enter a name for the workspace.');
  });

  it('says how long a name is when it is too long', () => {
    expect(checkWorkspaceName('x'.repeat(101))).toBe(
      'Shorten a name for the workspace to 100 characters or fewer; it is 101.',
    );
  });

  it('refuses line breaks and tabs', () => {
    expect(checkDisplayName('Ada\nLovelace')).toMatch(/one line/);
    expect(checkWorkspaceName('Bakery\tShop')).toMatch(/one line/);
    expect(checkDisplayName('Bak\u007fery')).toMatch(/one line/);
  });
});

describe('checkEmail', () => {
  it('accepts an address and refuses what is not one', () => {
    expect(checkEmail('sam@bakery.example')).toBeUndefined();
    expect(checkEmail('')).toMatch(/^Enter the email address/);
    expect(checkEmail('sam at bakery')).toBe(
      'sam at bakery does not look like an email address; check it and try again.',
    );
    expect(checkEmail(`${'a'.repeat(250)}@b.co`)).toMatch(/does not look like/);
  });
});

describe('parseRole', () => {
  it('knows the three roles and nothing else', () => {
    expect(parseRole('viewer')).toBe('viewer');
    expect(parseRole('editor')).toBe('editor');
    expect(parseRole('owner')).toBe('owner');
    expect(parseRole('admin')).toBeUndefined();
    expect(parseRole(null)).toBeUndefined();
  });
});

describe('invitation tokens', () => {
  const token = 'Abc_def-0123456789xyz';

  it('takes a token the API would accept', () => {
    expect(invitationToken(token)).toBe(token);
    expect(invitationToken([token, 'other'])).toBe(token);
  });

  it('refuses a token cut short, padded or missing', () => {
    expect(invitationToken('Abc123')).toBeUndefined();
    expect(invitationToken(`${token}=`)).toBeUndefined();
    expect(invitationToken('x'.repeat(129))).toBeUndefined();
    expect(invitationToken(undefined)).toBeUndefined();
  });

  it('builds the address sign-in returns to', () => {
    expect(invitationPath(token)).toBe(`/invitations/accept?token=${token}`);
  });
});

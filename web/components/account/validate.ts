// The account forms' own checks, run by the server actions before calling the API. The API checks the same
// rules; asking here first lets the refusal name the field and say what to change.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Names are counted in characters as people count them, as the API does. */
function length(value: string): number {
  return [...value].length;
}

/** Tabs, line breaks and other control characters would break every place a name is shown. */
function hasControlCharacter(value: string): boolean {
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function checkName(value: string, what: string): string | undefined {
  if (value === '') return `Enter ${what}.`;
  if (length(value) > 100) return `Shorten ${what} to 100 characters or fewer; it is ${length(value)}.`;
  if (hasControlCharacter(value)) return `Keep ${what} on one line, without tabs or line breaks.`;
  return undefined;
}

export function checkDisplayName(trimmed: string): string | undefined {
  return checkName(trimmed, 'your name');
}

export function checkWorkspaceName(trimmed: string): string | undefined {
  return checkName(trimmed, 'a name for the workspace');
}

export function checkEmail(trimmed: string): string | undefined {
  if (trimmed === '') return 'Enter the email address of the person to invite.';
  if (!EMAIL.test(trimmed) || trimmed.length > 254) {
    return `${trimmed} does not look like an email address; check it and try again.`;
  }
  return undefined;
}

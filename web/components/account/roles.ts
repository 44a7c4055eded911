// Workspace roles as people read them (the API's contract says what each role may do).

export const ROLES = ['viewer', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  owner: 'Owner',
  editor: 'Editor',
  viewer: 'Viewer',
};

/** The role a form sent, or undefined for anything else (the form is only a suggestion to a browser). */
export function parseRole(value: unknown): Role | undefined {
  return ROLES.find((role) => role === value);
}

/** "You are … here." */
export const ROLE_WITH_ARTICLE: Readonly<Record<Role, string>> = {
  owner: 'an owner',
  editor: 'an editor',
  viewer: 'a viewer',
};

/** Who may delete a site: the API lets editors and owners (api/src/routes/sites.ts), not viewers. */
export function mayDeleteSites(role: Role | undefined): boolean {
  return role === 'owner' || role === 'editor';
}

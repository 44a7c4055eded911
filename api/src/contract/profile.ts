import { Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';

export const ProfileSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    workspaces: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        role: Type.Union([Type.Literal('owner'), Type.Literal('editor'), Type.Literal('viewer')]),
        plan: Type.String(),
      }),
    ),
  },
  { title: 'Profile' },
);

export const getProfile = defineRoute({
  method: 'GET',
  url: '/profile',
  auth: true,
  summary: 'Who is signed in, and the workspaces they belong to',
  tags: ['profile'],
  response: { 200: ProfileSchema, ...authErrors, 404: ErrorBodySchema },
});

export const updateProfile = defineRoute({
  method: 'PATCH',
  url: '/profile',
  auth: true,
  summary: 'Changes the display name (1 to 100 characters, surrounding space trimmed)',
  tags: ['profile'],
  body: Type.Object(
    {
      // Checked again after trimming; control characters would break every place a name is shown.
      // The pattern says the same: 1 to 100 characters between optional surrounding space.
      name: Type.String({
        minLength: 1,
        maxLength: 200,
        'x-error-message':
          'must be 1 to 100 characters once surrounding space is trimmed, with no control characters',
        pattern:
          '^[^\\S\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f](?:[^\\u0000-\\u001f\\u007f]{0,98}[^\\s\\u0000-\\u001f\\u007f])?[^\\S\\u0000-\\u001f\\u007f]*$',
      }),
    },
    { additionalProperties: false },
  ),
  response: { 200: ProfileSchema, ...authErrors, 404: ErrorBodySchema },
});

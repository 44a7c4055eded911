import type { FastifyInstance } from 'fastify';
import { findUserById, type User, updateUserName } from '../accounts/users.ts';
import { audit } from '../audit.ts';
import { getProfile, updateProfile } from '../contract/profile.ts';
import { ApiError, notFound } from '../errors.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import type { Role } from '../tenancy/workspaces.ts';

export const NAME_MAX_CHARACTERS = 100;

async function profileOf(services: Services, user: User) {
  const { rows } = await services.db.query<{ id: string; name: string; role: Role; plan: string }>(
    `SELECT w.id, w.name, m.role, w.plan
       FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = $1 ORDER BY m.created_at, w.id`,
    [user.id],
  );
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    createdAt: user.createdAt.toISOString(),
    workspaces: rows,
  };
}

export async function profileRoutes(app: FastifyInstance, { services }: { services: Services }) {
  registerRoute(app, getProfile, async (request) => {
    const user = await findUserById(services, request.principal.userId);
    if (!user) throw notFound('Your account');
    return profileOf(services, user);
  });

  registerRoute(app, updateProfile, async (request) => {
    const name = request.body.name.trim();
    // Code points, as people count them (and as the schema's maxLength does), not UTF-16 units.
    const length = [...name].length;
    if (length < 1 || length > NAME_MAX_CHARACTERS) {
      throw new ApiError(
        'validation_failed',
        `The name must be 1 to ${NAME_MAX_CHARACTERS} characters once surrounding space is trimmed; it is ${length}`,
        { issues: [{ path: 'body/name', message: `must be 1 to ${NAME_MAX_CHARACTERS} characters` }] },
      );
    }
    if (!(await findUserById(services, request.principal.userId))) throw notFound('Your account');
    const user = await updateUserName(services, request.principal.userId, name);
    await audit(services.db, request, {
      action: 'profile.updated',
      target: user.id,
      details: { fields: ['name'] },
    });
    return profileOf(services, user);
  });
}

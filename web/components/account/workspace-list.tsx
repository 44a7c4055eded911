'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { ROLE_LABELS, type Role } from './roles.ts';
import { SECONDARY_BUTTON } from './styles.ts';

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
  plan: string;
}

/** The person's workspaces; switching sets the workspace every page works in. */
export function WorkspaceList({
  workspaces,
  currentId,
  action,
}: {
  workspaces: WorkspaceSummary[];
  currentId: string | undefined;
  action: FormAction;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <div className="mt-4">
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {workspaces.map((workspace) => {
          const current = workspace.id === currentId;
          return (
            <li
              key={workspace.id}
              aria-current={current ? 'true' : undefined}
              className="flex flex-wrap items-center justify-between gap-3 p-4"
            >
              <div className="min-w-0">
                <p className="truncate font-semibold text-slate-900">{workspace.name}</p>
                <p className="text-sm text-slate-700">
                  {ROLE_LABELS[workspace.role]} · <span className="capitalize">{workspace.plan}</span> plan
                </p>
              </div>
              {current ? (
                <span className="rounded-full bg-brand-100 px-2.5 py-0.5 text-xs font-semibold text-brand-800">
                  Current workspace
                </span>
              ) : (
                <form action={formAction}>
                  <input type="hidden" name="workspaceId" value={workspace.id} />
                  <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
                    Switch<span className="sr-only"> to {workspace.name}</span>
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      <FormFeedback state={state} errorId="workspace-switch-error" />
    </div>
  );
}

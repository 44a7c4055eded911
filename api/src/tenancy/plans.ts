// What each plan allows. The numbers become the workspace namespace's ResourceQuota, so the API server
// itself refuses the Website or Domain past the limit, whichever client created it.

export interface Plan {
  id: string;
  title: string;
  websites: number;
  domains: number;
}

export const PLANS: Record<string, Plan> = {
  free: { id: 'free', title: 'Free', websites: 3, domains: 1 },
  pro: { id: 'pro', title: 'Pro', websites: 50, domains: 25 },
  agency: { id: 'agency', title: 'Agency', websites: 500, domains: 500 },
};

export const DEFAULT_PLAN = 'free';

export function planOf(id: string): Plan {
  const plan = PLANS[id];
  if (!plan) throw new Error(`unknown plan '${id}'; known plans: ${Object.keys(PLANS).join(', ')}`);
  return plan;
}

// Class lists shared by the editor's panels, so buttons and inputs look and behave the same everywhere.

export const INPUT =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-700';
export const LABEL = 'block text-sm font-medium text-slate-800';
export const PRIMARY_BUTTON =
  'rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60';
export const BUTTON =
  'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60';
export const SMALL_BUTTON =
  'rounded border border-slate-400 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60';
export const DANGER_BUTTON =
  'rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60';
export const PANEL = 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm';
export const PANEL_HEADING = 'text-base font-semibold text-slate-900';

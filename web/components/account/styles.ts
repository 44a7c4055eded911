// The account pages' control styles, so every form looks and behaves alike (contrast checked on white).

export const INPUT =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm';
export const PRIMARY_BUTTON =
  'rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70';
export const SECONDARY_BUTTON =
  'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-70';
export const CARD = 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6';

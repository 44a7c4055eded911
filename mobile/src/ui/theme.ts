// Light and dark colours, picked by the phone's setting. Text pairs meet WCAG AA contrast on their
// backgrounds (4.5:1 or more).

import { useColorScheme } from 'react-native';

export interface Palette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  primary: string;
  onPrimary: string;
  danger: string;
  dangerSurface: string;
  success: string;
  warning: string;
  infoSurface: string;
}

const light: Palette = {
  background: '#ffffff',
  surface: '#f3f4f6',
  text: '#111827',
  muted: '#4b5563',
  border: '#9ca3af',
  primary: '#4338ca',
  onPrimary: '#ffffff',
  danger: '#b91c1c',
  dangerSurface: '#fef2f2',
  success: '#166534',
  warning: '#92400e',
  infoSurface: '#eef2ff',
};

const dark: Palette = {
  background: '#0b0f19',
  surface: '#1f2937',
  text: '#f9fafb',
  muted: '#d1d5db',
  border: '#6b7280',
  primary: '#a5b4fc',
  onPrimary: '#111827',
  danger: '#fca5a5',
  dangerSurface: '#3b0d0d',
  success: '#86efac',
  warning: '#fcd34d',
  infoSurface: '#1e1b4b',
};

export function usePalette(): Palette {
  return useColorScheme() === 'dark' ? dark : light;
}

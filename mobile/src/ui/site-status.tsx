// A site's phase as words and colour (the words the CLI and the web app use), never colour alone. The
// glyph is decoration and hidden from screen readers.

import { PHASE_STATE_LABELS, type SitePhase } from '@pagemagic/crds';
import { Text, View } from 'react-native';
import { usePalette } from './theme.ts';

const GLYPHS: Record<SitePhase, string> = {
  writing: '◌',
  building: '◌',
  deploying: '◌',
  ready: '●',
  failed: '▲',
};

export function SiteStatus({ phase }: { phase: SitePhase }) {
  const palette = usePalette();
  const color = phase === 'ready' ? palette.success : phase === 'failed' ? palette.danger : palette.warning;
  const text = { color, fontSize: 16, fontWeight: '600' } as const;
  return (
    <View style={{ flexDirection: 'row', gap: 6, alignItems: 'center' }}>
      <Text aria-hidden style={text}>
        {GLYPHS[phase]}
      </Text>
      <Text style={text}>{PHASE_STATE_LABELS[phase]}</Text>
    </View>
  );
}

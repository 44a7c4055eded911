// The few building blocks every screen is made of. Each control carries a role and a label for screen
// readers, touch targets are at least 44 points, and text scales with the phone's text size (nothing
// clips: rows wrap rather than truncate).

import type { ReactNode } from 'react';
import {
  ActivityIndicator,
  Pressable,
  RefreshControl,
  ScrollView,
  StyleSheet,
  Text,
  TextInput,
  type TextInputProps,
  View,
} from 'react-native';
import { describeProblem } from '../errors.ts';
import { OfflineNotice } from './offline.tsx';
import { usePalette } from './theme.ts';

export function Screen(props: { children: ReactNode; refreshing?: boolean; onRefresh?: () => void }) {
  const palette = usePalette();
  return (
    <ScrollView
      style={{ backgroundColor: palette.background }}
      contentContainerStyle={styles.screen}
      refreshControl={
        props.onRefresh ? (
          <RefreshControl refreshing={props.refreshing ?? false} onRefresh={props.onRefresh} />
        ) : undefined
      }
    >
      <View role="main" style={styles.main}>
        <OfflineNotice />
        {props.children}
      </View>
    </ScrollView>
  );
}

export function Heading({ children, level = 1 }: { children: ReactNode; level?: 1 | 2 }) {
  const palette = usePalette();
  return (
    <Text
      accessibilityRole="header"
      aria-level={level}
      style={[level === 1 ? styles.h1 : styles.h2, { color: palette.text }]}
    >
      {children}
    </Text>
  );
}

export function Body({
  children,
  muted,
  selectable,
}: {
  children: ReactNode;
  muted?: boolean;
  selectable?: boolean;
}) {
  const palette = usePalette();
  return (
    <Text selectable={selectable} style={[styles.body, { color: muted ? palette.muted : palette.text }]}>
      {children}
    </Text>
  );
}

export function Button(props: {
  label: string;
  onPress: () => void;
  hint?: string;
  kind?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
  busy?: boolean;
  role?: 'button' | 'link';
  /** For one of a few choices: whether it is the chosen one. */
  selected?: boolean;
}) {
  const palette = usePalette();
  const kind = props.kind ?? 'primary';
  const disabled = props.disabled || props.busy;
  const background = kind === 'primary' ? palette.primary : 'transparent';
  const color = kind === 'primary' ? palette.onPrimary : kind === 'danger' ? palette.danger : palette.primary;
  return (
    <Pressable
      accessibilityRole={props.role ?? 'button'}
      accessibilityLabel={props.label}
      accessibilityHint={props.hint}
      aria-disabled={Boolean(disabled)}
      aria-busy={Boolean(props.busy)}
      {...(props.selected === undefined ? {} : { 'aria-selected': props.selected })}
      disabled={disabled}
      onPress={props.onPress}
      style={({ pressed }) => [
        styles.button,
        {
          backgroundColor: background,
          borderColor: kind === 'primary' ? palette.primary : color,
          opacity: disabled ? 0.6 : pressed ? 0.8 : 1,
        },
      ]}
    >
      {props.busy ? <ActivityIndicator color={color} accessibilityElementsHidden /> : null}
      <Text style={[styles.buttonText, { color }]}>{props.label}</Text>
    </Pressable>
  );
}

export function Field(props: TextInputProps & { label: string; help?: string }) {
  const palette = usePalette();
  const { label, help, style, ...input } = props;
  return (
    <View style={styles.field}>
      <Text style={[styles.label, { color: palette.text }]}>{label}</Text>
      <TextInput
        accessibilityLabel={label}
        accessibilityHint={help}
        placeholderTextColor={palette.muted}
        style={[
          styles.input,
          { color: palette.text, borderColor: palette.border, backgroundColor: palette.surface },
          props.multiline ? styles.multiline : null,
          style,
        ]}
        {...input}
      />
      {help ? <Text style={[styles.help, { color: palette.muted }]}>{help}</Text> : null}
    </View>
  );
}

export function Loading({ what }: { what: string }) {
  const palette = usePalette();
  return (
    <View style={styles.row} accessibilityRole="progressbar" accessibilityLabel={`Loading ${what}`}>
      <ActivityIndicator color={palette.primary} />
      <Text style={[styles.body, { color: palette.muted }]}>Loading {what}…</Text>
    </View>
  );
}

export function Problem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const palette = usePalette();
  const problem = describeProblem(error);
  return (
    <View
      accessibilityRole="alert"
      style={[styles.notice, { backgroundColor: palette.dangerSurface, borderColor: palette.danger }]}
    >
      <Text style={[styles.h2, { color: palette.danger }]}>{problem.title}</Text>
      <Text style={[styles.body, { color: palette.text }]}>{problem.message}</Text>
      {onRetry ? <Button label="Try again" kind="secondary" onPress={onRetry} /> : null}
    </View>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  const palette = usePalette();
  return (
    <View style={[styles.notice, { backgroundColor: palette.infoSurface, borderColor: palette.border }]}>
      {typeof children === 'string' ? (
        <Text style={[styles.body, { color: palette.text }]}>{children}</Text>
      ) : (
        children
      )}
    </View>
  );
}

export function Card({ children, label }: { children: ReactNode; label?: string }) {
  const palette = usePalette();
  return (
    <View
      role="group"
      aria-label={label}
      style={[styles.card, { backgroundColor: palette.surface, borderColor: palette.border }]}
    >
      {children}
    </View>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <View style={styles.row}>{children}</View>;
}

export const styles = StyleSheet.create({
  screen: { padding: 16, flexGrow: 1 },
  main: { gap: 16 },
  h1: { fontSize: 26, fontWeight: '700' },
  h2: { fontSize: 19, fontWeight: '600' },
  body: { fontSize: 16, lineHeight: 22, flexShrink: 1 },
  label: { fontSize: 16, fontWeight: '600' },
  help: { fontSize: 14 },
  field: { gap: 6 },
  input: {
    minHeight: 48,
    borderWidth: 1,
    borderRadius: 8,
    paddingHorizontal: 12,
    paddingVertical: 10,
    fontSize: 16,
  },
  multiline: { minHeight: 120, textAlignVertical: 'top' },
  button: {
    minHeight: 48,
    minWidth: 48,
    borderWidth: 1,
    borderRadius: 8,
    paddingHorizontal: 16,
    paddingVertical: 10,
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 8,
  },
  buttonText: { fontSize: 16, fontWeight: '600', textAlign: 'center' },
  notice: { borderWidth: 1, borderRadius: 8, padding: 12, gap: 8 },
  card: { borderWidth: 1, borderRadius: 8, padding: 12, gap: 8 },
  row: { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', gap: 8 },
});

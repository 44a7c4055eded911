// Describe the business, pick the languages, and go: the site's page then shows it being written, built
// and deployed as it happens.

import { createSite } from '@pagemagic/api/contract/sites';
import { useRouter } from 'expo-router';
import { useState } from 'react';
import { Pressable, Text } from 'react-native';
import { useApp } from '../src/app-context.tsx';
import { Body, Button, Field, Heading, Problem, Screen, styles } from '../src/ui/parts.tsx';
import { usePalette } from '../src/ui/theme.ts';

// The contract's own examples, so the app suggests what the API documents.
const PROMPT_EXAMPLES: string[] = [
  ...(createSite.body.properties.prompt.examples as string[]),
  'A dog grooming salon in Leeds, open Tuesday to Saturday, walk-ins welcome',
  'Yoga classes in a small studio in Lisbon, for beginners and in English and Portuguese',
];

/** "en, pt-PT" → ["en", "pt-PT"]; empty: the API uses the language the description is written in. */
export function parseLocales(text: string): string[] | undefined {
  const tags = text
    .split(/[\s,]+/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return tags.length === 0 ? undefined : [...new Set(tags)];
}

export default function NewSiteScreen() {
  const { client } = useApp();
  const router = useRouter();
  const palette = usePalette();
  const [prompt, setPrompt] = useState('');
  const [languages, setLanguages] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();

  const create = async () => {
    if (prompt.trim() === '') {
      setProblem(new Error('Describe your business first: what you offer, where, and for whom.'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const site = await client.call(createSite, {
        body: { prompt: prompt.trim(), locales: parseLocales(languages) },
      });
      router.replace({ pathname: '/sites/[siteId]', params: { siteId: site.id } });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen>
      <Heading>Describe your business</Heading>
      <Field
        label="Description"
        help="A sentence or two: what you offer, where, opening hours, anything people should know."
        value={prompt}
        onChangeText={setPrompt}
        multiline
        maxLength={4000}
      />
      <Field
        label="Languages (optional)"
        help="Language codes separated by commas, the first the main one, e.g. en, pt-PT. Leave empty for the language you wrote in."
        value={languages}
        onChangeText={setLanguages}
        autoCapitalize="none"
        autoCorrect={false}
      />
      <Button label="Create the site" onPress={create} busy={busy} />
      {problem ? <Problem error={problem} /> : null}
      <Heading level={2}>Examples</Heading>
      <Body muted>Tap one to start from it.</Body>
      {PROMPT_EXAMPLES.map((example) => (
        <Pressable
          key={example}
          accessibilityRole="button"
          accessibilityLabel={`Use the example: ${example}`}
          onPress={() => setPrompt(example)}
          style={[styles.card, { backgroundColor: palette.surface, borderColor: palette.border }]}
        >
          <Text style={[styles.body, { color: palette.text }]}>{example}</Text>
        </Pressable>
      ))}
    </Screen>
  );
}

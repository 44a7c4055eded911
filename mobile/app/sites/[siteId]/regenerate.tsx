// Rewrite one section of the site following an instruction ("shorter", "mention free delivery"); the
// other sections stay exactly as they are. The site's page then shows the change being built.

import { regenerateSite } from '@pagemagic/api/contract/regenerate';
import { getSiteContent } from '@pagemagic/api/contract/sites';
import { useLocalSearchParams, useRouter } from 'expo-router';
import { useState } from 'react';
import { Pressable, Text } from 'react-native';
import { useApp } from '../../../src/app-context.tsx';
import { Button, Field, Heading, Loading, Problem, Screen, styles } from '../../../src/ui/parts.tsx';
import { usePalette } from '../../../src/ui/theme.ts';
import { useApi } from '../../../src/use-api.ts';

export default function RegenerateScreen() {
  const { siteId } = useLocalSearchParams<{ siteId: string }>();
  const { client } = useApp();
  const router = useRouter();
  const palette = usePalette();
  const content = useApi(() => client.call(getSiteContent, { params: { siteId } }), [client, siteId]);
  const [section, setSection] = useState<string | undefined>();
  const [instruction, setInstruction] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();

  const submit = async () => {
    if (!section) {
      setProblem(new Error('Pick the section to rewrite first.'));
      return;
    }
    if (instruction.trim() === '') {
      setProblem(new Error('Say how the section should change, e.g. "shorter" or "mention free delivery".'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await client.call(regenerateSite, {
        params: { siteId },
        body: { section, instruction: instruction.trim() },
      });
      router.back();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const pages = content.data?.document.pages ?? [];
  return (
    <Screen>
      <Heading>Rewrite a section</Heading>
      {content.loading ? <Loading what="the site's sections" /> : null}
      {content.error ? <Problem error={content.error} onRetry={content.reload} /> : null}
      {pages.flatMap((page) => [
        <Heading key={page.slug} level={2}>
          {page.title}
        </Heading>,
        ...page.sections.map((s) => {
          const chosen = s.id === section;
          return (
            <Pressable
              key={`${page.slug}/${s.id}`}
              accessibilityRole="radio"
              aria-checked={chosen}
              accessibilityLabel={`${page.title}: ${s.type} section ${s.id}`}
              onPress={() => setSection(s.id)}
              style={[
                styles.card,
                {
                  backgroundColor: chosen ? palette.infoSurface : palette.surface,
                  borderColor: chosen ? palette.primary : palette.border,
                },
              ]}
            >
              <Text style={[styles.body, { color: palette.text }]}>
                {chosen ? '◉' : '○'} {s.type} · {s.id}
              </Text>
            </Pressable>
          );
        }),
      ])}
      <Field
        label="Instruction"
        help='How the section should change, e.g. "shorter" or "mention free delivery".'
        value={instruction}
        onChangeText={setInstruction}
        multiline
        maxLength={2000}
      />
      <Button label="Rewrite the section" onPress={submit} busy={busy} disabled={!content.data} />
      {problem ? <Problem error={problem} /> : null}
    </Screen>
  );
}

// Who is signed in, which workspace the app works in (switch to another), and sign-out.

import { getProfile } from '@pagemagic/api/contract/profile';
import { useRouter } from 'expo-router';
import { useState } from 'react';
import { Pressable, Text } from 'react-native';
import { useApp } from '../src/app-context.tsx';
import { Body, Button, Heading, Loading, Problem, Screen, styles } from '../src/ui/parts.tsx';
import { usePalette } from '../src/ui/theme.ts';
import { useApi } from '../src/use-api.ts';

export default function AccountScreen() {
  const { client, session, signedIn } = useApp();
  const router = useRouter();
  const palette = usePalette();
  const profile = useApi(() => client.call(getProfile), [client]);
  const [signingOut, setSigningOut] = useState(false);
  const current = signedIn?.workspaceId ?? profile.data?.workspaces[0]?.id;
  return (
    <Screen refreshing={profile.refreshing} onRefresh={profile.reload}>
      <Heading>Account</Heading>
      {profile.loading ? <Loading what="your account" /> : null}
      {profile.error ? <Problem error={profile.error} onRetry={profile.reload} /> : null}
      {profile.data ? (
        <>
          <Body>Signed in as {profile.data.email}</Body>
          <Heading level={2}>Workspace</Heading>
          {profile.data.workspaces.map((workspace) => {
            const chosen = workspace.id === current;
            return (
              <Pressable
                key={workspace.id}
                accessibilityRole="radio"
                aria-checked={chosen}
                accessibilityLabel={`${workspace.name}, ${workspace.role}, ${workspace.plan} plan`}
                onPress={async () => {
                  await session.setWorkspace(workspace.id);
                  router.replace('/');
                }}
                style={[
                  styles.card,
                  {
                    backgroundColor: chosen ? palette.infoSurface : palette.surface,
                    borderColor: chosen ? palette.primary : palette.border,
                  },
                ]}
              >
                <Text style={[styles.body, { color: palette.text }]}>
                  {chosen ? '◉' : '○'} {workspace.name} · {workspace.role} · {workspace.plan}
                </Text>
              </Pressable>
            );
          })}
        </>
      ) : null}
      <Button
        label="Sign out"
        kind="danger"
        busy={signingOut}
        onPress={async () => {
          setSigningOut(true);
          await session.signOut();
        }}
      />
    </Screen>
  );
}

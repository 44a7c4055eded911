// Says so when the phone has no connection: every call would fail, and the reason is not the API's.

import { useNetworkState } from 'expo-network';
import { Text, View } from 'react-native';
import { usePalette } from './theme.ts';

export function OfflineNotice() {
  const network = useNetworkState();
  const palette = usePalette();
  if (network.isConnected !== false) return null;
  return (
    <View
      accessible
      accessibilityRole="alert"
      style={{ borderWidth: 1, borderRadius: 8, padding: 12, borderColor: palette.warning }}
    >
      <Text style={{ color: palette.text, fontSize: 16 }}>
        You are offline. What you see may be out of date; changes need a connection, so try again once you are
        back online.
      </Text>
    </View>
  );
}

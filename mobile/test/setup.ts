// Two native modules Jest does not have: expo-network (tests set what the phone would report through
// `setNetwork`) and react-native-webview (a view that keeps the page it was asked to show, so a test can
// check which preview opened). Nothing else is mocked.

import type { NetworkState } from 'expo-network';

const mockNetwork: { state: NetworkState } = {
  state: { isConnected: true, isInternetReachable: true },
};

jest.mock('expo-network', () => ({
  useNetworkState: () => mockNetwork.state,
}));

export function setNetwork(state: NetworkState): void {
  mockNetwork.state = state;
}

beforeEach(() => {
  mockNetwork.state = { isConnected: true, isInternetReachable: true };
});

jest.mock('react-native-webview', () => {
  const { createElement } = jest.requireActual<typeof import('react')>('react');
  const { View } = jest.requireActual<typeof import('react-native')>('react-native');
  return {
    WebView: (props: { source: { uri: string }; accessibilityLabel?: string }) =>
      createElement(View, {
        accessibilityLabel: props.accessibilityLabel,
        testID: `webview:${props.source.uri}`,
      }),
  };
});

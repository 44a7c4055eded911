// Three native modules Jest does not have: expo-network (tests set what the phone would report through
// `setNetwork`), react-native-webview (a view that keeps the page it was asked to show, so a test can
// check which preview opened) and @react-native-clipboard/clipboard (the package's own mock, whose
// `setString` records what was copied). Nothing else is mocked.

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

jest.mock('@react-native-clipboard/clipboard', () =>
  jest.requireActual('@react-native-clipboard/clipboard/jest/clipboard-mock.js'),
);

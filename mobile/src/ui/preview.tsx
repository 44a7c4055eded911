// A Build shown inside the app before (or after) it is live: the API's preview link in a WebView.

import { WebView } from 'react-native-webview';

export function BuildPreview({ url, title }: { url: string; title: string }) {
  return (
    <WebView
      source={{ uri: url }}
      accessibilityLabel={title}
      style={{ height: 480, borderRadius: 8 }}
      originWhitelist={['http://*', 'https://*']}
      javaScriptEnabled={false}
    />
  );
}

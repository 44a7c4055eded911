// A Build's page as a picture for the sites list: its preview link in a WebView that runs no script and
// takes no touches (the card around it is what the person presses). A page that does not load (offline,
// the link expired) is reported rather than shown: the WebView's own error text names codes and domains.

import { View } from 'react-native';
import { WebView } from 'react-native-webview';
import { PAGE_AT_A_QUARTER, PAGE_SCALE } from './thumbnail-layout.ts';

export function ThumbnailPage({ url, onFailed }: { url: string; onFailed: () => void }) {
  return (
    <View style={{ flex: 1, pointerEvents: 'none' }}>
      <WebView
        source={{ uri: url }}
        originWhitelist={['http://*', 'https://*']}
        javaScriptEnabled={false}
        scrollEnabled={false}
        showsHorizontalScrollIndicator={false}
        showsVerticalScrollIndicator={false}
        onError={onFailed}
        onHttpError={onFailed}
        renderError={() => <View />}
        style={{ ...PAGE_AT_A_QUARTER, transform: [{ scale: PAGE_SCALE }], backgroundColor: 'transparent' }}
      />
    </View>
  );
}

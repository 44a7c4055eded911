// A Build's page as a picture for the sites list: its preview link in a WebView that runs no script and
// takes no touches (the card around it is what the person presses). A page that does not load (offline,
// the link expired) is reported rather than shown: the WebView's own error text names codes and domains.

import { View } from 'react-native';
import { WebView } from 'react-native-webview';

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
        // Four times the box, shown at a quarter from the top-left corner: the page is laid out at a
        // desktop width and fills the 2:1 box exactly at any card width.
        style={{
          position: 'absolute',
          left: 0,
          top: 0,
          width: '400%',
          height: '400%',
          transformOrigin: 'top left',
          transform: [{ scale: 0.25 }],
          backgroundColor: 'transparent',
        }}
      />
    </View>
  );
}

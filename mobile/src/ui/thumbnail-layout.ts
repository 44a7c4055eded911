// Four times the box, shown at a quarter from the top-left corner: the page is laid out at a desktop width
// and fills the 2:1 box exactly at any card width. Shared by the WebView (phones) and the frame (web).

export const PAGE_SCALE = 0.25;

export const PAGE_AT_A_QUARTER = {
  position: 'absolute',
  left: 0,
  top: 0,
  width: '400%',
  height: '400%',
  transformOrigin: 'top left',
} as const;

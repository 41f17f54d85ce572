// Under a Content-Security-Policy without `style-src 'unsafe-inline'`, the host's own <style>
// elements (style-loader) need the policy's nonce. The page states it as
// `<meta property="csp-nonce" nonce="…">`, the same tag the apps read (src/runtime/style-registry.ts);
// webpack gives `__webpack_nonce__` to every style and script element it adds.
declare let __webpack_nonce__: string | undefined;

const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
const nonce = meta?.nonce || meta?.getAttribute('content') || '';
if (nonce) __webpack_nonce__ = nonce;

export {};

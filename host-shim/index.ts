// The page's style nonce first, before any style is added.
import './csp-nonce';

// An async boundary first, so the Module Federation runtime can negotiate shared modules before use.
void import('./bootstrap');

// An async boundary first, so the Module Federation runtime can negotiate shared modules before use.
void import('./bootstrap');

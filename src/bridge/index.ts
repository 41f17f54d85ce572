/**
 * What the remote publishes as `types/index.d.ts` (with the declarations of its exposed modules): the
 * bridge contract and the conformance kit's types. Host teams import it as `portal-apps/types`.
 */
export * from './contract';
export type * from './conformance-types';

/**
 * The sentence that tells the user what went wrong with a request, by the kind of API error (network,
 * timeout, forbidden, server…), in the user's language. One place, so every screen says the same.
 */
export function apiErrorMessage(t: (key: string) => string, error: { readonly kind: string }): string {
  return t(`common:errors.${error.kind}`);
}

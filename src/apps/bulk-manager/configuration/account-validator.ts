import { validateSeats, type ApiClient } from '../../../api';
import type { SeatValidator } from '../../../import';

/**
 * The import engine's account check on the API: a failed call throws, so the import goes on without
 * the check and says so (a notice), instead of marking rows on a guess.
 */
export function accountValidator(client: ApiClient, signal?: AbortSignal): SeatValidator {
  return async (request) => {
    const result = await validateSeats(client, request, { signal });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
}

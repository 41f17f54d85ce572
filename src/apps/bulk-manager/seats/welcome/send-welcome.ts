import { sendWelcomeMessages, type ApiClient, type ApiError } from '../../../../api';
import type { WelcomeChannel, WelcomeResult } from '../../../../contract';

/** Most seats one request may name (the contract's limit). */
const MAX_SEATS_PER_REQUEST = 500;

/**
 * Sends welcome messages to any number of seats, 500 per request, one request after the other. Stops
 * at the first failed request and says which seats got no answer, so nothing is silently skipped.
 */
export async function sendWelcome(
  client: ApiClient,
  seatIds: readonly string[],
  channel: WelcomeChannel,
): Promise<{ results: WelcomeResult[]; error: ApiError | null; unanswered: string[] }> {
  const results: WelcomeResult[] = [];
  for (let start = 0; start < seatIds.length; start += MAX_SEATS_PER_REQUEST) {
    const batch = seatIds.slice(start, start + MAX_SEATS_PER_REQUEST);
    const sent = await sendWelcomeMessages(client, { seatIds: batch, channel });
    if (!sent.ok) return { results, error: sent.error, unanswered: seatIds.slice(start) };
    results.push(...sent.value.results);
  }
  return { results, error: null, unanswered: [] };
}

import type { TFunction } from 'i18next';
import type { EventLogEntry } from '../../../contract';
import type { IntlFormat } from '../shared/use-intl-format';

/** One line that says what an event was about, in the current language. */
export function eventDetails(event: EventLogEntry, t: TFunction<'bulk'>, format: IntlFormat): string {
  switch (event.type) {
    case 'bulk-job-started':
      return t('eventLogs.details.jobStarted', { file: event.details.fileName, rows: format.number(event.details.rowCount), count: event.details.rowCount });
    case 'bulk-job-finished':
      return t('eventLogs.details.jobFinished', {
        file: event.details.fileName,
        created: format.number(event.details.created),
        failed: format.number(event.details.failed),
        rows: format.number(event.details.rowCount),
      });
    case 'seat-created':
      return t('eventLogs.details.seatCreated', { email: event.details.email, extension: event.details.extension });
    case 'seat-creation-failed':
      return t('eventLogs.details.seatFailed', {
        email: event.details.email,
        extension: event.details.extension,
        reason: t(`eventLogs.failureCodes.${event.details.code}`, { defaultValue: t('eventLogs.failureCodes.other', { code: event.details.code }) }),
      });
    case 'welcome-sent':
      return t(`eventLogs.details.welcomeSent.${event.details.channel}`, { recipient: event.details.recipient });
  }
}

/** The bulk job an event belongs to, if any (its row opens the job). */
export function jobOf(event: EventLogEntry): string | null {
  switch (event.type) {
    case 'bulk-job-started':
    case 'bulk-job-finished':
      return event.details.jobId;
    case 'seat-created':
    case 'seat-creation-failed':
      return event.details.jobId;
    case 'welcome-sent':
      return null;
  }
}

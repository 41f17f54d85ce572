import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../api';
import { useApiClient } from '../../../../data/use-api';
import type { SeatJob } from '../../../../contract';
import { fetchSummarySource, jobSummaryCsv, summaryFileName, type SummaryTexts } from './job-summary-csv';
import { saveFile } from '../../../../ui';

/** Builds the summary texts in the current language. */
export function useSummaryTexts(): SummaryTexts {
  const { t } = useTranslation('bulk');
  return {
    created: t('eventLogs.job.results.created'),
    failed: t('eventLogs.job.results.failed'),
    failure: (code, fieldErrors) => {
      const reason = t(`eventLogs.failureCodes.${code}`, { defaultValue: t('eventLogs.failureCodes.other', { code }) });
      const fields = Object.keys(fieldErrors ?? {});
      return fields.length > 0
        ? t('eventLogs.failureWithFields', { reason, fields: fields.map((field) => t(`seats.fields.${field}`, { defaultValue: field })).join(', ') })
        : reason;
    },
  };
}

/** Downloads a job's summary again: the template and every row record, fetched page by page, as a CSV file. */
export function useJobSummaryDownload(job: SeatJob) {
  const { t } = useTranslation('bulk');
  const client = useApiClient();
  const texts = useSummaryTexts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    const fetched = await fetchSummarySource(client, job.id);
    setBusy(false);
    if (!fetched.ok) {
      setError(fetched.error);
      return;
    }
    const csv = jobSummaryCsv(fetched.columns, fetched.records, texts, (key, params) => t(`import:${key}`, params));
    saveFile(summaryFileName(job), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  };
  return { download, busy, error };
}

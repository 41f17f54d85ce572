import { useState } from 'react';
import { EventsSection } from './events-section';
import styles from './event-logs-screen.module.css';
import { JobDetailsPanel } from './job-details/job-details-panel';
import { JobsSection } from './jobs-section';

/** Event Logs: the account's bulk jobs and everything that happened, each job open to its rows. */
export function EventLogsScreen() {
  const [openJob, setOpenJob] = useState<string | null>(null);
  return (
    <div className={styles.tab}>
      <JobsSection onOpenJob={setOpenJob} />
      <EventsSection onOpenJob={setOpenJob} />
      {openJob ? <JobDetailsPanel jobId={openJob} onClose={() => setOpenJob(null)} /> : null}
    </div>
  );
}

import type { SeatJob, SeatJobRowRecord, SeatJobRowResult } from '../../src/contract';
import type { MockBackend } from '../backend';
import { iso } from '../clock';
import type { SeatJobRecord } from '../state';
import { fail, ok, paginate, type RouteImpls } from './define';
import { checkSeat, insertSeat, logSeatFailure, refusalMessage } from './seats';

/** The wire form of a job. */
export function toSeatJob(job: SeatJobRecord): SeatJob {
  const results = Object.values(job.results);
  const created = results.filter((result) => result.status === 'created').length;
  return {
    id: job.id,
    fileName: job.fileName,
    rowCount: job.rowCount,
    status: job.completedAt === null ? 'open' : 'completed',
    createdAt: iso(job.createdAt),
    updatedAt: iso(job.updatedAt),
    completedAt: job.completedAt === null ? null : iso(job.completedAt),
    createdBy: job.createdBy,
    counts: { processed: results.length, created, failed: results.length - created },
  };
}

/** A stored row as the chunk response carries it: the outcome only (the client has the seat it sent). */
function resultOf(record: SeatJobRowRecord): SeatJobRowResult {
  const { seat: _sent, ...result } = record;
  return result;
}

function completeJob(backend: MockBackend, accountId: string, job: SeatJobRecord): void {
  const now = backend.now();
  job.completedAt = now;
  job.updatedAt = now;
  const { counts } = toSeatJob(job);
  backend.bulk(accountId).events.unshift({
    id: backend.nextId('evt'),
    type: 'bulk-job-finished',
    occurredAt: iso(now),
    actor: job.createdBy,
    details: { jobId: job.id, fileName: job.fileName, rowCount: job.rowCount, created: counts.created, failed: counts.failed },
  });
}

/** Bulk seat jobs. Idempotent replay of chunks happens in the pipeline, before these run. */
export const seatJobImpls: RouteImpls<'listSeatJobs' | 'createSeatJob' | 'getSeatJob' | 'sendSeatJobChunk' | 'completeSeatJob'> = {
  listSeatJobs: ({ backend, accountId, query }) => {
    const jobs = backend
      .bulk(accountId)
      .jobs.map(toSeatJob)
      .filter((job) => query.status === undefined || job.status === query.status)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    return ok(200, paginate(jobs, query));
  },
  createSeatJob: ({ backend, accountId, body, user }) => {
    const now = backend.now();
    const job: SeatJobRecord = {
      id: backend.nextId('job'),
      fileName: body.fileName,
      rowCount: body.rowCount,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
      createdBy: { id: user.id, displayName: user.displayName },
      results: {},
    };
    const data = backend.bulk(accountId);
    data.jobs.push(job);
    data.events.unshift({
      id: backend.nextId('evt'),
      type: 'bulk-job-started',
      occurredAt: iso(now),
      actor: job.createdBy,
      details: { jobId: job.id, fileName: job.fileName, rowCount: job.rowCount },
    });
    return ok(201, toSeatJob(job));
  },
  getSeatJob: ({ backend, accountId, params, query }) => {
    const job = backend.bulk(accountId).jobs.find((item) => item.id === params.jobId);
    if (!job) return fail(404, 'job-not-found', `No job ${params.jobId}`);
    const results = Object.values(job.results)
      .filter((result) => query.status === undefined || result.status === query.status)
      .sort((a, b) => a.rowNumber - b.rowNumber);
    return ok(200, { job: toSeatJob(job), results: paginate(results, query) });
  },
  sendSeatJobChunk: ({ backend, accountId, params, body, effects }) => {
    const job = backend.bulk(accountId).jobs.find((item) => item.id === params.jobId);
    if (!job) return fail(404, 'job-not-found', `No job ${params.jobId}`);
    if (job.completedAt !== null) return fail(409, 'job-completed', 'The job is completed; open a new one');
    const outside = body.rows.find((row) => row.rowNumber > job.rowCount);
    if (outside) return fail(422, 'row-out-of-range', `Row ${outside.rowNumber} is beyond the job's ${job.rowCount} rows`);
    const data = backend.bulk(accountId);
    const results: SeatJobRowResult[] = body.rows.map((row) => {
      const previous = job.results[String(row.rowNumber)];
      // A row created earlier stays created (with the seat it was created from): sending it again must not make a second seat.
      if (previous?.status === 'created') return resultOf(previous);
      const refusal = checkSeat(data, row.seat);
      let record: SeatJobRowRecord;
      if (refusal) {
        const code = Object.values(refusal.fieldErrors)[0] ?? refusal.code;
        logSeatFailure(backend, accountId, row.seat, code, job.createdBy, job.id);
        record = { rowNumber: row.rowNumber, status: 'failed', code, message: refusalMessage(refusal), fieldErrors: refusal.fieldErrors, seat: row.seat };
      } else {
        const seat = insertSeat(backend, accountId, row.seat, job.createdBy, job.id);
        effects.seatsCreated += 1;
        record = { rowNumber: row.rowNumber, status: 'created', seatId: seat.id, createdAt: seat.createdAt, seat: row.seat };
      }
      job.results[String(row.rowNumber)] = record;
      return resultOf(record);
    });
    job.updatedAt = backend.now();
    if (Object.keys(job.results).length >= job.rowCount) completeJob(backend, accountId, job);
    return ok(200, { job: toSeatJob(job), results, replayed: false });
  },
  completeSeatJob: ({ backend, accountId, params }) => {
    const job = backend.bulk(accountId).jobs.find((item) => item.id === params.jobId);
    if (!job) return fail(404, 'job-not-found', `No job ${params.jobId}`);
    if (job.completedAt === null) completeJob(backend, accountId, job);
    return ok(200, toSeatJob(job));
  },
};

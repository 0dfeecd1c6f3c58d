/**
 * Where the public samples are: ../shared/samples beside the project (as in the main checkout),
 * or CASEAUDIT_SAMPLES when the project is checked out elsewhere (a git worktree). Read there,
 * never copied in.
 */
import { resolve } from 'node:path';

export const SAMPLES = resolve(
  process.env.CASEAUDIT_SAMPLES ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'samples'),
);

import { errors } from '@strapi/utils';

/** An action that the record's current state does not allow (HTTP 409), with what is allowed now. */
export class TransitionConflictError extends errors.ApplicationError {
  constructor(message: string, details: { status: string; allowed: string[] }) {
    super(message, details);
    (this as { name: string }).name = 'ConflictError';
  }
}

/**
 * A TransitionConflictError from either compiled copy of this file (the app's code and the plugin
 * each have one, so `instanceof` sees only its own). Strapi's error middleware would answer it as
 * a 400: a route that lets one through answers conflictBody with status 409 itself.
 */
export const isConflict = (error: unknown): error is TransitionConflictError =>
  error instanceof errors.ApplicationError && (error as { name?: string }).name === 'ConflictError';

export const conflictBody = (error: TransitionConflictError) => ({
  data: null,
  error: { status: 409, name: error.name, message: error.message, details: error.details },
});

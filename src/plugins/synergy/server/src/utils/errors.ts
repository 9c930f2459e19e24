import { errors } from '@strapi/utils';

/** An action that the record's current state does not allow (HTTP 409), with what is allowed now. */
export class TransitionConflictError extends errors.ApplicationError {
  constructor(message: string, details: { status: string; allowed: string[] }) {
    super(message, details);
    (this as { name: string }).name = 'ConflictError';
  }
}

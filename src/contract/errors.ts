import type { z } from 'zod';

/** The one error vocabulary of the API. Each code has one HTTP status. */
export const errorStatus = {
  validation: 400,
  unauthenticated: 401,
  mfa_required: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field-level problems: the web app and the API answer translate these codes with `messages`. */
export const fieldErrorCodes = [
  'required',
  'invalid',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'invalid_option',
  'invalid_email',
  'invalid_date',
  'invalid_identity_code',
  'identity_code_mismatch',
  'unknown_municipality',
  'unknown_isced_level',
  'unknown_programme',
  'unknown_user',
  'unknown_team',
  'unknown_organisation',
  'unknown_process_model',
  'invalid_business_id',
  'programme_has_enrolments',
  'end_before_start',
  'date_in_future',
  'phase_not_in_model',
  'before_phase_start',
  'password_too_short',
  'password_common',
  'password_wrong',
  'already_exists',
  'enrolment_ended',
  'enrolment_active',
  'stale_version',
  'unknown_enrolment',
  'already_revoked',
  'transition_not_allowed',
  'duplicate_in_file',
  'missing_column',
  'unknown_column',
  'unknown_occupation',
  'unknown_isco_code',
  'isco_mismatch',
  'unknown_skill',
  'unknown_workplace',
  'unknown_task',
  'task_of_other_employer',
  'consent_missing',
  'already_proposed',
  'unknown_assignment',
  'unknown_opportunity',
  'unknown_employer',
  'placement_ended',
  'target_closed',
  'unknown_contact',
  'already_responded',
  'before_received',
  'workday_end_before_start',
  'unknown_industry_section',
  'in_use',
  'already_archived',
  'not_esf_funded',
  'after_start_date',
  'enrolment_not_ended',
  'before_end_date',
  'outside_four_weeks',
  'esf_entry_missing',
  'before_six_months',
  'invitation_answered',
  'invitation_expired',
  'no_email_address',
  'invitation_not_resendable',
  'unknown_client',
  'already_participant',
  'has_attendance',
  'outside_group_period',
  'not_participant',
  'joined_after_session',
  'sessions_outside_period',
] as const;

export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export type FieldError = { path: string; code: FieldErrorCode; message: string };

export type ApiError = {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
};

/** Maps a zod issue to a field error code; a schema can name the code directly as the issue's message. */
export function fieldCodeOfIssue(issue: z.core.$ZodIssue): FieldErrorCode {
  if ((fieldErrorCodes as readonly string[]).includes(issue.message)) {
    return issue.message as FieldErrorCode;
  }
  switch (issue.code) {
    case 'invalid_type':
      // Issues usually come without their input (zod reports it only when asked); zod names what it received in the message.
      if ('input' in issue && issue.input !== undefined) return issue.input === null ? 'required' : 'invalid';
      return /received (undefined|null)$/.test(issue.message) ? 'required' : 'invalid';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      return 'too_small';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_large';
    case 'invalid_value':
      return 'invalid_option';
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'date' || issue.format === 'datetime') return 'invalid_date';
      return 'invalid';
    default:
      return 'invalid';
  }
}

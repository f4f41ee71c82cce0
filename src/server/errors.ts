/**
 * Every error the API answers with has a stable code. The web app translates `errors.<code>`;
 * `field` names the input at fault where there is one.
 */
export const errorStatus = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_authenticated: 401,
  invalid_credentials: 401,
  wrong_password: 400,
  user_deactivated: 403,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  code_taken: 409,
  email_taken: 409,
  move_into_own_subtree: 409,
  unit_is_root: 409,
  unit_closed: 409,
  parent_closed: 409,
  grant_exists: 409,
  own_administrator_role: 409,
  cannot_deactivate_self: 409,
  archived: 409,
  indicator_in_use: 409,
  target_invalid: 422,
  not_applicable: 409,
  result_invalid: 422,
  stale_write: 409,
  period_approved: 409,
  approval_disabled: 409,
  already_approved: 409,
  import_invalid: 422,
  import_unreadable: 422,
  link_not_found: 422,
  link_out_of_reach: 422,
  action_has_updates: 409,
  in_use: 409,
  plan_exists: 409,
  plan_locked: 409,
  plan_not_latest: 409,
  plan_wrong_status: 409,
  title_taken: 409,
  unsafe_link: 422,
  html_not_allowed: 422,
  image_not_allowed: 422,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldIssue {
  field: string;
  code: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);

export const forbidden = () =>
  new AppError('forbidden', 'You do not have access to do this for this unit');

/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie. Every
 * failure becomes an ApiError carrying the server's stable code, so pages can translate it.
 */

export interface FieldIssue {
  field: string;
  code: string;
  message: string;
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    field?: string;
    issues?: FieldIssue[];
    details?: unknown;
    requestId?: string;
  };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly issues: FieldIssue[] = [],
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | boolean | undefined>;

let whenSessionEnds: (() => void) | null = null;

/** Lets the session know when the server no longer recognises the cookie. */
export function onSessionEnded(listener: (() => void) | null): void {
  whenSessionEnds = listener;
}

export async function request<T>(
  method: Method,
  path: string,
  options: { body?: unknown; query?: Query } = {},
): Promise<T> {
  const url = `/api${path}${queryString(options.query)}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  // The server refuses an empty JSON body, so POSTs without data still send {}.
  const body = method === 'GET' || method === 'DELETE' ? undefined : (options.body ?? {});
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached');
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  throw toApiError(response.status, payload as ErrorBody | null);
}

function toApiError(status: number, payload: ErrorBody | null): ApiError {
  const error = payload?.error;
  const code = error?.code ?? (status >= 500 ? 'internal_error' : 'unexpected_response');
  if (code === 'not_authenticated') whenSessionEnds?.();
  return new ApiError(
    status,
    code,
    error?.message ?? `Request failed with status ${status}`,
    error?.field || undefined,
    error?.issues ?? [],
    error?.details,
    error?.requestId,
  );
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
};

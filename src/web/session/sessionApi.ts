import { api } from '../api.js';
import type { Locale, Me } from '../types.js';

export const fetchMe = () => api.get<Me>('/auth/me');

export const logIn = (credentials: { email: string; password: string }) =>
  api.post<{ ok: true }>('/auth/login', credentials);

export const logOut = () => api.post<void>('/auth/logout');

export const updateMe = (changes: { name?: string; locale?: Locale }) =>
  api.patch<Me>('/auth/me', changes);

export const changePassword = (input: { currentPassword: string; newPassword: string }) =>
  api.post<void>('/auth/password', input);

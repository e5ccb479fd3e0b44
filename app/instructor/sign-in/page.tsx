import type { Metadata } from 'next';
import { AUTH_TITLE, AuthPage, type AuthPageProps } from '../auth-page';

export const metadata: Metadata = { title: AUTH_TITLE['sign-in'] };

export default function Page(props: AuthPageProps) {
  return <AuthPage mode="sign-in" {...props} />;
}

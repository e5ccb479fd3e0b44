import type { Metadata } from 'next';
import { AUTH_TITLE, AuthPage, type AuthPageProps } from '../auth-page';

export const metadata: Metadata = { title: AUTH_TITLE['sign-up'] };

export default function Page(props: AuthPageProps) {
  return <AuthPage mode="sign-up" {...props} />;
}

import { IntentLink } from '@/components/ui/IntentLink';

export default function NotFound() {
  return (
    <div className="stack">
      <h1>Not found</h1>
      <p>There is no page, quiz or concept at this address. It may have been renamed.</p>
      <IntentLink className="button" href="/">
        Back to the home page
      </IntentLink>
    </div>
  );
}

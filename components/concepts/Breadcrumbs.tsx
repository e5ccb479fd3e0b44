import { IntentLink } from '@/components/ui/IntentLink';

export function Breadcrumbs({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((step) => (
          <li key={step.href}>
            <IntentLink href={step.href}>{step.label}</IntentLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}

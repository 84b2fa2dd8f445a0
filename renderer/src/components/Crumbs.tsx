import { Fragment } from 'react';

/** Where a page sits (信息化项目 › 项目名称): each step a link, except a last one without `href`. */
export function Crumbs({ label, trail }: { label: string; trail: readonly { label: string; href?: string }[] }) {
  return (
    <nav className="crumbs" aria-label={label}>
      {trail.map((step, i) => (
        <Fragment key={i}>
          {i > 0 && <span aria-hidden> › </span>}
          {step.href ? <a href={step.href}>{step.label}</a> : <span>{step.label}</span>}
        </Fragment>
      ))}
    </nav>
  );
}

/** A section's tabs as links (each tab is a route of its own, so Back and bookmarks work). */
export function Tabs({ tabs, current, label }: { tabs: readonly { id: string; href: string; label: string }[]; current: string; label?: string }) {
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <a key={tab.id} role="tab" aria-selected={tab.id === current} className={tab.id === current ? 'active' : ''} href={tab.href}>
          {tab.label}
        </a>
      ))}
    </div>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  BriefcaseBusiness,
  Building2,
  KeyRound,
  ScrollText,
  UserPlus,
  Users,
  UsersRound,
  Zap,
  FolderHeart,
  type LucideIcon,
} from "lucide-react";
import { cn } from "@/components/ui/cn";
import { activeNavHref, navHref, type NavIconName, type NavItem } from "./nav-items";

const ICONS: Record<NavIconName, LucideIcon> = {
  jobPosts: BriefcaseBusiness,
  talentPools: FolderHeart,
  addCandidate: UserPlus,
  quickAdd: Zap,
  offices: Building2,
  users: Users,
  apiKeys: KeyRound,
  team: UsersRound,
  audit: ScrollText,
};

/** The section links; the current one is marked with aria-current for screen readers. */
export function NavLinks({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  // Typed nullable because pages/ exists (pages/api/uploads/cv.ts); never null under the App Router.
  const pathname = usePathname() ?? "/";
  const active = activeNavHref(pathname, items);
  const memberItems = items.filter((item) => item.role === "member");
  const adminItems = items.filter((item) => item.role === "admin");
  const renderItem = (item: NavItem) => {
    const Icon = ICONS[item.icon];
    const current = item.href === active;
    return (
      <li key={item.href}>
        <Link
          href={navHref(item, pathname)}
          onClick={onNavigate}
          aria-current={current ? "page" : undefined}
          className={cn(
            "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600",
            current
              ? "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-white"
              : "text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white",
          )}
        >
          <Icon aria-hidden="true" className="size-4 shrink-0" />
          {item.label}
        </Link>
      </li>
    );
  };
  return (
    <div className="space-y-6">
      <ul className="space-y-1">{memberItems.map(renderItem)}</ul>
      {adminItems.length ? (
        <div>
          <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Admin</p>
          <ul className="space-y-1">{adminItems.map(renderItem)}</ul>
        </div>
      ) : null}
    </div>
  );
}

import Link from "next/link";
import { Suspense } from "react";
import type { TenantContext } from "@/lib/tenancy/context";
import { Skeleton } from "@/components/ui/skeleton";
import { Toaster } from "@/components/ui/toaster";
import { CommandPalette } from "./command-palette";
import { HeaderSearch } from "./header-search";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { navItemsFor } from "./nav-items";
import { ThemeToggle } from "./theme-toggle";
import { TenantSlot, UserSlot, type ShellActions } from "./account-slots";

/**
 * The frame around every signed-in page: a sidebar on desktop, a drawer on phones, and a header
 * with the search, the command palette (Ctrl+K), theme toggle, workspace switcher and user menu.
 */
export function AppShell({ ctx, actions, children }: { ctx: TenantContext; actions: ShellActions; children: React.ReactNode }) {
  const items = navItemsFor(ctx.role);
  return (
    <>
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_1fr]">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-brand-600 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
      >
        Skip to content
      </a>
      <aside className="hidden border-r border-slate-200 bg-slate-50 lg:flex lg:flex-col dark:border-slate-800 dark:bg-slate-900/40">
        <div className="sticky top-0 flex max-h-dvh flex-col gap-6 overflow-y-auto p-4">
          <Brand />
          <div className="px-1">
            <TenantSlot ctx={ctx} actions={actions} />
          </div>
          <nav aria-label="Main">
            <NavLinks items={items} />
          </nav>
        </div>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-16 items-center gap-2 border-b border-slate-200 bg-white/95 px-3 backdrop-blur sm:px-6 dark:border-slate-800 dark:bg-slate-950/95">
          <MobileNav items={items} tenantName={ctx.tenantName} footer={<TenantSlot ctx={ctx} actions={actions} />} />
          <div className="hidden sm:block lg:hidden">
            <Brand compact />
          </div>
          <div className="min-w-0 flex-1 sm:max-w-md">
            <Suspense fallback={<Skeleton className="h-10 w-full" />}>
              <HeaderSearch searchPeople={actions.searchPeople} />
            </Suspense>
          </div>
          <div className="ml-auto flex items-center gap-1">
            <CommandPalette searchPeople={actions.searchPeople} loadTargets={actions.paletteTargets} />
            <ThemeToggle />
            <UserSlot ctx={ctx} actions={actions} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
    {/* Outside the grid: sonner's <section> would take a row of its own and cut the sidebar short. */}
    <Toaster />
    </>
  );
}

function Brand({ compact }: { compact?: boolean }) {
  return (
    <Link
      href="/job-posts"
      className="flex items-center gap-2 rounded-md px-1 font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <span aria-hidden="true" className="inline-flex size-8 items-center justify-center rounded-md bg-brand-600 text-sm font-bold text-white">
        R
      </span>
      <span className={compact ? "sr-only" : undefined}>Recruspace Admin</span>
    </Link>
  );
}

import Link from "next/link";

/** Sign-in, sign-up and invite pages: one centred card, no app shell (there is no workspace yet). */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-slate-50 px-4 py-10 dark:bg-slate-950">
      <header className="mb-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-100">
          Recruspace <span className="text-brand-600 dark:text-blue-400">Admin</span>
        </Link>
      </header>
      <main id="main" className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}

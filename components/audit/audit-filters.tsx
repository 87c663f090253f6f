import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** A plain GET form: the filters live in the URL, so they survive reloads and can be shared. */
export function AuditFilters({
  actions,
  values,
}: {
  actions: readonly string[];
  values: { action?: string; actor?: string; from?: string; to?: string };
}) {
  const options = [{ value: "", label: "All actions" }, ...actions.map((a) => ({ value: a, label: a }))];
  return (
    <form method="get" action="/settings/audit" role="search" aria-label="Filter audit events" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_10rem_auto] lg:items-end">
      <Field label="Action">{(props) => <Select {...props} name="action" options={options} defaultValue={values.action ?? ""} />}</Field>
      <Field label="Actor email">{(props) => <Input {...props} name="actor" type="search" defaultValue={values.actor ?? ""} />}</Field>
      <Field label="From">{(props) => <Input {...props} name="from" type="date" defaultValue={values.from ?? ""} />}</Field>
      <Field label="To">{(props) => <Input {...props} name="to" type="date" defaultValue={values.to ?? ""} />}</Field>
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <Button asChild variant="ghost">
          <Link href="/settings/audit">Clear</Link>
        </Button>
      </div>
    </form>
  );
}

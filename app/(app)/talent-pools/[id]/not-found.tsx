import { RecordNotFound } from "@/components/shell/record-not-found";

export default function TalentPoolNotFound() {
  return (
    <RecordNotFound title="Talent pool not found" back={{ href: "/talent-pools", label: "All talent pools" }}>
      There is no talent pool with this number in your company. It may have been deleted.
    </RecordNotFound>
  );
}

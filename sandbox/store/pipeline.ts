/** Pipeline stages are derived from the job post's pipeline id, so they need no storage. */
const STAGES = [
  { key: "applied", name: "Applied" },
  { key: "screening", name: "Screening" },
  { key: "interview", name: "Interview" },
  { key: "assessment", name: "Assessment" },
  { key: "offer", name: "Offer" },
  { key: "hired", name: "Hired" },
] as const;

export function substageFor(pipeline: number, stageIndex: number, createdAt: string) {
  const stage = STAGES[Math.max(0, Math.min(stageIndex, STAGES.length - 1))] ?? STAGES[0];
  const index = STAGES.indexOf(stage);
  return {
    id: pipeline * 100 + index * 10 + 1,
    stage: { id: pipeline * 100 + index * 10, name: stage.name, key: stage.key, created_at: createdAt, pipeline },
    name: stage.name,
    queue: index,
    is_visible: true,
    created_at: createdAt,
    email_template: null,
  };
}

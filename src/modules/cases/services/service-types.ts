// The service types of a service plan (SIMFONI-PPA services plus Perpres 55/2024, DOMAIN.md section 4) and the professions that fit each.
import type { Profession } from "../../../platform/access/roles.js";

export const SERVICE_TYPES = [
  "complaint",
  "health",
  "legal_aid",
  "law_enforcement",
  "social_rehabilitation",
  "social_reintegration",
  "repatriation",
  "religious_guidance",
  "psychological_support",
  "shelter",
  "mediation",
  "economic_empowerment",
  "law_enforcement_monitoring",
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

const ALL: readonly Profession[] = ["advokat", "paralegal", "psikolog", "konselor", "pendamping"];

/** Who may be responsible for a service: the provider's profession must be listed here. */
export const FITTING_PROFESSIONS: Record<ServiceType, readonly Profession[]> = {
  complaint: ALL,
  health: ["pendamping"],
  legal_aid: ["advokat", "paralegal"],
  law_enforcement: ["advokat", "paralegal", "pendamping"],
  social_rehabilitation: ["psikolog", "konselor", "pendamping"],
  social_reintegration: ["konselor", "pendamping"],
  repatriation: ["pendamping"],
  religious_guidance: ["konselor", "pendamping"],
  psychological_support: ["psikolog", "konselor"],
  shelter: ["pendamping"],
  mediation: ["advokat", "paralegal", "psikolog", "konselor"],
  economic_empowerment: ["konselor", "pendamping"],
  law_enforcement_monitoring: ["advokat", "paralegal", "pendamping"],
};

export const INTERVENTION_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

/**
 * from -> to: who may move an intervention's status. "holder" is the provider holding it; "worker" the case manager or a
 * supervisor (with case.plan). The server enforces it; the console shows exactly these moves.
 */
export const INTERVENTION_MOVES: Record<
  InterventionStatus,
  Partial<Record<InterventionStatus, readonly ("holder" | "worker")[]>>
> = {
  planned: { in_progress: ["holder", "worker"], cancelled: ["worker"] },
  in_progress: { done: ["holder", "worker"], cancelled: ["worker"] },
  done: { in_progress: ["worker"] },
  cancelled: { planned: ["worker"] },
};

export const ASSESSMENT_SECTIONS = [
  "physicalHealth",
  "psychological",
  "socialFamily",
  "legal",
  "spiritual",
  "safetyRisk",
  "needsExpectations",
] as const;

export const PLAN_AGREED_VIA = ["in_person", "phone", "video_call", "written"] as const;

// The console's door to the case-services contracts and vocabularies (service types, statuses, moves, attachment rules).
export * from "../../../../../modules/cases/services/attachment-contracts";
export {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_SESSION,
} from "../../../../../modules/cases/services/attachment-rules";
export * from "../../../../../modules/cases/services/contracts";
export * from "../../../../../modules/cases/services/service-types";

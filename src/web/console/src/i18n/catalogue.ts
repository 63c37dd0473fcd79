// The console's translation catalogues: the base files plus one pair per feature area (each with its own top-level keys).
import casesEn from "./cases.en.json";
import casesId from "./cases.id.json";
import consentEn from "./consent.en.json";
import consentId from "./consent.id.json";
import enBase from "./en.json";
import idBase from "./id.json";
import intakeEn from "./intake.en.json";
import intakeId from "./intake.id.json";
import servicesEn from "./services.en.json";
import servicesId from "./services.id.json";
import verificationEn from "./verification.en.json";
import verificationId from "./verification.id.json";

export const id = { ...idBase, ...intakeId, ...verificationId, ...casesId, ...consentId, ...servicesId };
export const en = { ...enBase, ...intakeEn, ...verificationEn, ...casesEn, ...consentEn, ...servicesEn };

// What each print mode removes from a case file: the victim's copy, and a child's identity for a printer not entitled to it.
import { describe, expect, it } from "vitest";
import type { CaseFile } from "./case-file-types.js";
import { initials } from "./child-identity.js";
import { HIDDEN, redactCaseFile } from "./redact-case-file.js";

const at = new Date("2026-11-20T03:00:00Z");

function assessment(status: "draft" | "final", psychological: string, safetyRisk: string): CaseFile["assessments"][number] {
  const texts: Record<string, string | null> = {
    physicalHealth: "Memar di lengan Putri",
    psychological,
    socialFamily: "Ayah Putri bekerja di luar kota",
    legal: "Pelaku belum dilaporkan",
    spiritual: null,
    safetyRisk,
    needsExpectations: "Putri ingin tetap sekolah",
  };
  return {
    status,
    reassessment: status === "draft",
    version: 3,
    riskLevel: "high",
    sections: Object.entries(texts).map(([section, text]) => ({ section, text })),
    createdBy: "Wulan",
    createdAt: at,
    updatedBy: "Wulan",
    updatedAt: at,
    finalisedBy: status === "final" ? "Wulan" : null,
    finalisedAt: status === "final" ? at : null,
  };
}

function caseFile(category: "woman" | "child", reporterRelation = "neighbour"): CaseFile {
  return {
    letterhead: { unitName: "UPTD PPA", address: "Jl. 1", phone: null, email: null, timeZone: "Asia/Jakarta" },
    facts: {
      caseId: "c",
      registerNumber: "PPA-3509-2026-00001",
      status: "open",
      category,
      riskLevel: "high",
      caseManager: "Wulan",
      submittedBy: "Agus",
      submittedAt: at,
      approvedBy: "Rina",
      approvedAt: at,
      closedAt: null,
      closeReason: null,
      terminationReason: null,
      nextReviewAt: null,
    },
    complaint: {
      channel: "walk_in",
      receivedAt: at,
      inDanger: false,
      reporterRelation,
      reporterName: "Bambang",
      reporterPhone: "0813",
      contactMethod: "phone",
      safeTime: "pagi",
      victimName: "Putri Anjani",
      victimNik: "3509015003140002",
      victimBirthDate: "2014-03-10",
      victimAge: 12,
      victimSex: "female",
      victimPhone: "0812",
      victimDisability: false,
      victimDisabilityType: null,
      victimEducation: "primary",
      victimOccupation: "student",
      victimMaritalStatus: "unmarried",
      regencyCode: "3509",
      violenceTypes: ["physical"],
      incidentPlace: "household",
      incidentDate: "2026-11-18",
      incidentLocation: "Rumah Putri",
      chronology: "Putri dipukul",
      perpetrator: "Tetangga",
      perpetratorRelationship: "neighbour",
      details: {
        victimAddressKtp: "Jl. Kenanga",
        victimAddressDomicile: null,
        reporterAddress: "Jl. Anggrek",
        conditionPhysical: "Memar",
        conditionPsychological: null,
        conditionSocial: null,
        conditionSpiritual: null,
        needs: "Konseling untuk Putri",
        expectations: null,
      },
    },
    verifications: [],
    contactAttempts: [{ at, by: "Agus", method: "phone", outcome: "reached", note: "Putri aman" }],
    outreachVisits: [{ scheduledFor: at, status: "done", outcome: "met_safe", team: ["Agus"], notes: "Bertemu Putri" }],
    timeline: [{ at, event: "approve", fromStatus: "awaiting_approval", toStatus: "open", actor: "Rina", comment: "Putri" }],
    notes: [{ at, author: "Wulan", content: "Putri takut" }],
    assessments: [
      assessment("final", "Putri sulit tidur", "Pelaku tetangga sebelah, masih sering lewat"),
      assessment("draft", "Putri mulai tenang", "Draf: pindah ke rumah aman di Jl. Melati"),
    ],
    plan: {
      version: 2,
      updatedBy: "Wulan",
      updatedAt: at,
      agreedAt: at,
      agreedVia: "in_person",
      agreedBy: "guardian",
      agreedRecordedBy: "Wulan",
    },
    interventions: [
      {
        createdAt: at,
        serviceType: "legal_aid",
        provider: "Made",
        profession: "advokat",
        partner: "LBH Jember",
        targetDate: "2026-12-01",
        goal: "Laporan Putri diterima Polres",
        status: "in_progress",
        sessions: [
          {
            heldOn: "2026-11-21",
            whatWasDone: "Mendampingi Putri membuat laporan",
            result: "Laporan diterima",
            followUp: "Koordinasi dengan penyidik soal pemanggilan Pak Darto",
            attachments: ["surat-panggilan-Darto.pdf", "tanda-terima.pdf"],
            recordedBy: "Made",
            recordedAt: at,
          },
        ],
      },
    ],
    policeReport: {
      dueAt: at,
      state: "waived",
      metAt: null,
      metBy: null,
      reference: null,
      waivedAt: at,
      waivedBy: "Wulan",
      waiveReason: "Ibu Putri menunda laporan",
    },
    consents: [
      {
        givenAt: at,
        purpose: "case_handling",
        partners: [],
        granted: true,
        textVersion: "v1",
        givenBy: "guardian",
        guardianName: "Siti Anjani",
        guardianRelationship: "mother",
        signatureKind: "typed",
        method: "in_person",
        recordedBy: "Wulan",
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawalReason: null,
      },
    ],
    terminationForms: [],
    feedback: [{ at, declined: false, scores: [], comments: "Terima kasih, Putri" }],
    printedBy: "Wulan",
    printedAt: at,
  };
}

describe("redacting a case file", () => {
  it("the full file for an entitled printer is printed as gathered", () => {
    const file = caseFile("child");
    expect(redactCaseFile(file, { variant: "full", childIdentityShown: true })).toEqual(file);
  });

  it("the victim's copy drops the reporter, the perpetrator, a third party's account, internal notes and guardian names", () => {
    const copy = redactCaseFile(caseFile("woman"), { variant: "victim", childIdentityShown: true });
    expect(copy.complaint).toMatchObject({
      reporterName: null,
      reporterPhone: null,
      safeTime: null,
      perpetrator: null,
      chronology: null,
    });
    expect(copy.complaint.details.reporterAddress).toBeNull();
    expect(copy.complaint).toMatchObject({ victimName: "Putri Anjani", victimNik: "3509015003140002" });
    expect(copy.complaint.details.needs).toBe("Konseling untuk Putri");
    expect(copy.notes).toEqual([]);
    expect(copy.contactAttempts[0]?.note).toBeNull();
    expect(copy.outreachVisits[0]?.notes).toBeNull();
    expect(copy.timeline[0]?.comment).toBeNull();
    expect(copy.consents[0]?.guardianName).toBeNull();
    expect(copy.interventions).toHaveLength(1);
    expect(copy.feedback[0]?.comments).toBe("Terima kasih, Putri");
  });

  it("the victim's copy keeps the services delivered and drops drafts, other people's sections and internal notes", () => {
    const copy = redactCaseFile(caseFile("woman"), { variant: "victim", childIdentityShown: true });
    expect(copy.assessments).toHaveLength(1);
    const [final] = copy.assessments;
    expect(final).toMatchObject({ status: "final", riskLevel: "high", finalisedBy: "Wulan" });
    expect(final?.sections.map((s) => s.section)).toEqual(["physicalHealth", "psychological", "spiritual", "needsExpectations"]);
    expect(final?.sections.find((s) => s.section === "psychological")?.text).toBe("Putri sulit tidur");
    expect(copy.plan).toEqual(caseFile("woman").plan);
    const [legal] = copy.interventions;
    expect(legal).toMatchObject({ provider: "Made", partner: "LBH Jember", goal: "Laporan Putri diterima Polres" });
    expect(legal?.sessions[0]).toMatchObject({
      heldOn: "2026-11-21",
      whatWasDone: "Mendampingi Putri membuat laporan",
      result: "Laporan diterima",
      recordedBy: "Made",
      followUp: null,
      attachments: [null, null],
    });
    expect(copy.policeReport).toMatchObject({ state: "waived", waiveReason: "Ibu Putri menunda laporan" });
    const printed = JSON.stringify(copy);
    for (const absent of ["Pelaku tetangga", "rumah aman", "Ayah Putri", "Pelaku belum", "Pak Darto", "surat-panggilan"])
      expect(printed).not.toContain(absent);
  });

  it("the full file keeps every assessment, follow-up plan and attachment name", () => {
    const file = redactCaseFile(caseFile("woman"), { variant: "full", childIdentityShown: false });
    expect(file.assessments.map((a) => a.status)).toEqual(["final", "draft"]);
    expect(file.assessments[1]?.sections).toHaveLength(7);
    expect(file.interventions[0]?.sessions[0]?.followUp).toContain("Pak Darto");
    expect(file.interventions[0]?.sessions[0]?.attachments).toEqual(["surat-panggilan-Darto.pdf", "tanda-terima.pdf"]);
  });

  it("the victim's copy keeps the chronology the victim told themself", () => {
    const copy = redactCaseFile(caseFile("woman", "self"), { variant: "victim", childIdentityShown: true });
    expect(copy.complaint.chronology).toBe("Putri dipukul");
  });

  it.each(["full", "victim"] as const)(
    "a child's %s file for a printer not entitled holds no identity and no free text",
    (variant) => {
      const file = redactCaseFile(caseFile("child"), { variant, childIdentityShown: false });
      expect(file.complaint.victimName).toBe("P. A.");
      const printed = JSON.stringify(file);
      for (const secret of [
        "Putri",
        "Anjani",
        "3509015003140002",
        "2014-03-10",
        "0812",
        "Kenanga",
        "Memar",
        "Darto",
        "tanda-terima",
      ])
        expect(printed).not.toContain(secret);
      expect(file.complaint.victimNik).toBe(HIDDEN);
      expect(file.interventions[0]?.sessions[0]).toMatchObject({
        whatWasDone: HIDDEN,
        result: HIDDEN,
        attachments: [null, null],
      });
      expect(file.interventions[0]).toMatchObject({ provider: "Made", serviceType: "legal_aid", goal: HIDDEN });
      expect(file.policeReport?.waiveReason).toBe(HIDDEN);
    },
  );

  it("an adult's file is not masked when the printer is not entitled to children's identities", () => {
    const file = redactCaseFile(caseFile("woman"), { variant: "full", childIdentityShown: false });
    expect(file.complaint.victimName).toBe("Putri Anjani");
  });

  it("initials take the first letter of every word", () => {
    expect(initials("siti  aminah")).toBe("S. A.");
    expect(initials("")).toBeNull();
  });
});

// Settings that would start a broken server are refused at start-up, naming the setting.
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("process and connection settings", () => {
  it("default to one process with ten PostgreSQL connections", () => {
    const config = loadConfig({});
    expect(config.workers).toBe(1);
    expect(config.pgPoolSize).toBe(10);
  });

  it("read TEDUH_WORKERS and TEDUH_PG_POOL", () => {
    const config = loadConfig({ TEDUH_WORKERS: "4", TEDUH_PG_POOL: "20" });
    expect(config.workers).toBe(4);
    expect(config.pgPoolSize).toBe(20);
  });

  it.each([
    ["TEDUH_WORKERS", "0", /TEDUH_WORKERS must be a positive whole number/],
    ["TEDUH_WORKERS", "two", /TEDUH_WORKERS must be a positive whole number/],
    ["TEDUH_WORKERS", "500", /TEDUH_WORKERS must be at most 32/],
    ["TEDUH_PG_POOL", "abc", /TEDUH_PG_POOL must be a positive whole number/],
    ["TEDUH_PG_POOL", "1.5", /TEDUH_PG_POOL must be a positive whole number/],
    ["TEDUH_PG_POOL", "5000", /TEDUH_PG_POOL must be at most 100/],
  ])("refuse %s=%s", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

describe("TEDUH_SMTP_URL", () => {
  it("takes smtp:// and smtps:// URLs", () => {
    expect(loadConfig({ TEDUH_SMTP_URL: "smtp://127.0.0.1:2525" }).smtpUrl).toBe("smtp://127.0.0.1:2525");
    expect(loadConfig({ TEDUH_SMTP_URL: "smtps://u:p@mail.example.go.id" }).smtpUrl).toBe("smtps://u:p@mail.example.go.id");
    expect(loadConfig({ TEDUH_SMTP_URL: "" }).smtpUrl).toBeUndefined();
  });

  it.each(["mail.example.go.id", "http://u:secret@mail.example.go.id", "smtp//u:secret@x"])(
    "refuses %s without repeating it (it may hold the password)",
    (value) => {
      let message = "";
      try {
        loadConfig({ TEDUH_SMTP_URL: value });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/TEDUH_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
      expect(message).not.toContain("secret");
    },
  );
});

describe("TEDUH_PUBLIC_URL and TEDUH_LINK_URL", () => {
  it("send victims' and clients' links to the staff address unless a neutral host is named", () => {
    const staff = loadConfig({ PORT: "3100", TEDUH_PUBLIC_URL: "https://ppa.jemberkab.go.id/" });
    expect(staff.publicUrl).toBe("https://ppa.jemberkab.go.id");
    expect(staff.linkUrl).toBe("https://ppa.jemberkab.go.id");
    expect(loadConfig({ PORT: "3100" }).linkUrl).toBe("http://localhost:3100");
    const neutral = loadConfig({ TEDUH_PUBLIC_URL: "https://ppa.jemberkab.go.id", TEDUH_LINK_URL: "https://cek.example.id//" });
    expect(neutral.publicUrl).toBe("https://ppa.jemberkab.go.id");
    expect(neutral.linkUrl).toBe("https://cek.example.id");
  });

  it.each([
    ["TEDUH_PUBLIC_URL", "ppa.jemberkab.go.id"],
    ["TEDUH_LINK_URL", "cek.example.id"],
    ["TEDUH_LINK_URL", "javascript:alert(1)"],
  ])("refuse %s=%s, naming the setting", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(`${name} must be an http:// or https:// address`);
  });
});

describe("TEDUH_TRUST_PROXY", () => {
  it("is off by default; 1 trusts proxies on this machine or a private network; a list names them", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TEDUH_TRUST_PROXY: "0" }).trustProxy).toBe(false);
    expect(loadConfig({ TEDUH_TRUST_PROXY: "1" }).trustProxy).toEqual(["loopback", "linklocal", "uniquelocal"]);
    expect(loadConfig({ TEDUH_TRUST_PROXY: "true" }).trustProxy).toEqual(["loopback", "linklocal", "uniquelocal"]);
    expect(loadConfig({ TEDUH_TRUST_PROXY: "10.0.0.5, 192.168.0.0/16,fd00::/8,loopback" }).trustProxy).toEqual([
      "10.0.0.5",
      "192.168.0.0/16",
      "fd00::/8",
      "loopback",
    ]);
  });

  it.each(["yes", "10.0.0.300", "10.0.0.0/33", "10.0.0.0/8/1", "fd00::/129", "10.0.0.5,", "*"])("refuses %s", (value) => {
    expect(() => loadConfig({ TEDUH_TRUST_PROXY: value })).toThrow(/TEDUH_TRUST_PROXY/);
  });
});

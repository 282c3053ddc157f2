import { describe, expect, it } from "vitest";
import { hashPassword, newPasswordSchema, passwordProblem, verifyPassword } from "../../../server/auth/passwords.ts";

describe("password hashes", () => {
  it("verify the right password and refuse a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("are self-describing scrypt strings with N of at least 2^15, salted afresh each time", async () => {
    const first = await hashPassword("correct horse battery staple");
    const second = await hashPassword("correct horse battery staple");
    expect(first).toMatch(/^\$scrypt\$ln=(1[5-9]|20),r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain("horse");
  });

  it("still verify after the default cost changes, because the cost travels with the hash", async () => {
    const cheaper = await hashPassword("correct horse battery staple", { ln: 14, r: 8, p: 1 });
    expect(cheaper).toContain("ln=14");
    expect(await verifyPassword("correct horse battery staple", cheaper)).toBe(true);
  });

  it("never match a missing, malformed or tampered hash", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", null)).toBe(false);
    expect(await verifyPassword("correct horse battery staple", "plain text")).toBe(false);
    expect(await verifyPassword("correct horse battery staple", hash.replace("ln=15", "ln=31"))).toBe(false);
    expect(await verifyPassword("correct horse battery staple", `${hash.slice(0, -2)}AA`)).toBe(false);
  });
});

describe("the password policy", () => {
  it("asks for at least 12 characters, saying so", () => {
    expect(passwordProblem("short pass")).toMatch(/too short: A password has at least 12 characters/);
    expect(passwordProblem("twelve chars")).toBeNull();
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toMatch(/single repeated character/);
    expect(passwordProblem("x".repeat(300))).toMatch(/too long/);
  });

  it("counts characters, not bytes", () => {
    expect(passwordProblem("ééééééééééé")).toMatch(/too short/);
    expect(passwordProblem("éèêëàâäîïôöû")).toBeNull();
  });

  it("gives its message as a validation issue of HTTP inputs", () => {
    const parsed = newPasswordSchema.safeParse("hunter2");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/at least 12 characters/);
  });
});

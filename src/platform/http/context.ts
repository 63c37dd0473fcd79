// What every operation receives: configuration, the database, the field cipher.
import type { Config } from "../../server/config.js";
import type { FieldCipher } from "../crypto/field-encryption.js";
import type { Database } from "../db/connection.js";

export interface AppContext {
  config: Config;
  database: Database;
  cipher: FieldCipher;
}

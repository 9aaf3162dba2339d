"""The encrypted store: key slots, SQLCipher connection, schema, repositories, audit, backups."""

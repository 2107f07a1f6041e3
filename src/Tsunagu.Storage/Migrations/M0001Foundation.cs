using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Migrations;

/// <summary>
/// The foundation: organizations and their API clients, members' coverage, viewing consent, the hash-chained audit
/// trail, and id blocks. Tables that grow with people carry person_id so a sharded PostgreSQL can distribute by it.
/// </summary>
internal static class M0001Foundation
{
    public static Migration Migration { get; } = new(1, "foundation",
    [
        new CreateTable("organizations")
            .Column("code", ColumnType.Text)
            .Column("kind", ColumnType.Text)
            .Column("name", ColumnType.Text)
            .Column("prefecture", ColumnType.Number)
            .Column("beds", ColumnType.Number, nullable: true)
            .Column("large_chain", ColumnType.Boolean)
            .Column("created_at", ColumnType.Instant)
            .PrimaryKey("code"),
        new CreateIndex("ix_organizations_kind", "organizations", ["kind", "code"]),
        new CreateTable("clients")
            .Column("client_id", ColumnType.Text)
            .Column("organization_code", ColumnType.Text, nullable: true)
            .Column("role", ColumnType.Text)
            .Column("secret_hash", ColumnType.Bytes)
            .Column("created_at", ColumnType.Instant)
            .PrimaryKey("client_id"),
        new CreateIndex("ix_clients_organization", "clients", ["organization_code"]),
        new CreateTable("id_blocks")
            .Column("name", ColumnType.Text)
            .Column("next_id", ColumnType.BigInteger)
            .PrimaryKey("name"),
        new CreateTable("coverages")
            .Column("id", ColumnType.BigInteger)
            .Column("person_id", ColumnType.BigInteger)
            .Column("insurer_number", ColumnType.Text)
            .Column("symbol", ColumnType.Text)
            .Column("number", ColumnType.Text)
            .Column("branch", ColumnType.Text)
            .Column("birthdate", ColumnType.Date)
            .Column("name", ColumnType.Text)
            .Column("name_kana", ColumnType.Text)
            .Column("sex", ColumnType.Number)
            .Column("qualification_date", ColumnType.Date)
            .Column("disqualification_date", ColumnType.Date, nullable: true)
            .Column("record", ColumnType.Json)
            .Column("updated_at", ColumnType.Instant)
            .PrimaryKey("id"),
        new CreateIndex("ux_coverages_card", "coverages", ["insurer_number", "number", "symbol", "branch"], Unique: true),
        new CreateIndex("ix_coverages_person", "coverages", ["person_id"]),
        new CreateTable("consents")
            .IdentityKey("id")
            .Column("person_id", ColumnType.BigInteger)
            .Column("facility_code", ColumnType.Text)
            .Column("scopes", ColumnType.Number)
            .Column("method", ColumnType.Text)
            .Column("client_id", ColumnType.Text)
            .Column("granted_at", ColumnType.Instant)
            .Column("expires_at", ColumnType.Instant)
            .Column("revoked_at", ColumnType.Instant, nullable: true),
        new CreateIndex("ix_consents_person_facility", "consents", ["person_id", "facility_code", "expires_at"]),
        new CreateTable("audit_log")
            .Column("chain", ColumnType.Text)
            .Column("seq", ColumnType.BigInteger)
            .Column("at", ColumnType.Instant)
            .Column("organization_code", ColumnType.Text)
            .Column("client_id", ColumnType.Text)
            .Column("subject_person_id", ColumnType.BigInteger, nullable: true)
            .Column("subject", ColumnType.Text, nullable: true)
            .Column("action", ColumnType.Text)
            .Column("reason", ColumnType.Text)
            .Column("outcome", ColumnType.Text)
            .Column("detail", ColumnType.Text, nullable: true)
            .Column("previous_hash", ColumnType.Bytes)
            .Column("hash", ColumnType.Bytes)
            .PrimaryKey("chain", "seq"),
        new CreateIndex("ix_audit_subject", "audit_log", ["subject_person_id", "at"]),
        new CreateIndex("ix_audit_organization", "audit_log", ["organization_code", "at"]),
        new CreateIndex("ix_audit_at", "audit_log", ["at"]),
        new CreateTable("audit_heads")
            .Column("chain", ColumnType.Text)
            .Column("seq", ColumnType.BigInteger)
            .Column("hash", ColumnType.Bytes)
            .PrimaryKey("chain"),
    ]);
}

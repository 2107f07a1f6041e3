using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Migrations;

/// <summary>
/// Online eligibility verification: My Number card links and one-time nonces, emergency grants (a reason on consents),
/// persisted bulk pre-checks, public-expense recipients, usage counts for the dashboard, and the index the four-fact
/// emergency lookup needs.
/// </summary>
internal static class M0002Eligibility
{
    public static Migration Migration { get; } = new(2, "eligibility",
    [
        new CreateIndex("ix_coverages_birthdate", "coverages", ["birthdate", "sex"]),
        new AddColumn("consents", "reason", ColumnType.Text),
        new CreateTable("card_links")
            .Column("certificate_id", ColumnType.Text)
            .Column("person_id", ColumnType.BigInteger)
            .Column("insurer_number", ColumnType.Text)
            .Column("subject", ColumnType.Text)
            .Column("linked_at", ColumnType.Instant)
            .PrimaryKey("certificate_id"),
        new CreateIndex("ix_card_links_person", "card_links", ["person_id"]),
        new CreateTable("nonces")
            .Column("nonce", ColumnType.Text)
            .Column("facility_code", ColumnType.Text)
            .Column("issued_at", ColumnType.Instant)
            .Column("expires_at", ColumnType.Instant)
            .Column("used_at", ColumnType.Instant, nullable: true)
            .PrimaryKey("nonce"),
        new CreateIndex("ix_nonces_expiry", "nonces", ["expires_at"]),
        new CreateTable("bulk_checks")
            .Column("id", ColumnType.Text)
            .Column("facility_code", ColumnType.Text)
            .Column("client_id", ColumnType.Text)
            .Column("facility_kind", ColumnType.Text)
            .Column("status", ColumnType.Text)
            .Column("query_count", ColumnType.Number)
            .Column("queries", ColumnType.Json)
            .Column("results", ColumnType.Json, nullable: true)
            .Column("created_at", ColumnType.Instant)
            .Column("completed_at", ColumnType.Instant, nullable: true)
            .PrimaryKey("id"),
        new CreateIndex("ix_bulk_checks_status", "bulk_checks", ["status", "created_at"]),
        new CreateTable("public_expense_recipients")
            .Column("public_payer_number", ColumnType.Text)
            .Column("recipient_number", ColumnType.Text)
            .Column("program", ColumnType.Text)
            .Column("valid_from", ColumnType.Date)
            .Column("valid_to", ColumnType.Date, nullable: true)
            .Column("person_id", ColumnType.BigInteger)
            .Column("municipality_code", ColumnType.Text)
            .Column("updated_at", ColumnType.Instant)
            .PrimaryKey("public_payer_number", "recipient_number"),
        new CreateIndex("ix_public_expense_person", "public_expense_recipients", ["person_id"]),
        new CreateTable("usage_counts")
            .Column("day", ColumnType.Date)
            .Column("facility_kind", ColumnType.Text)
            .Column("prefecture", ColumnType.Number)
            .Column("metric", ColumnType.Text)
            .Column("count", ColumnType.BigInteger)
            .PrimaryKey("day", "facility_kind", "prefecture", "metric"),
    ]);
}

using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Migrations;

/// <summary>
/// The electronic prescription service (電子処方箋管理サービス): registered prescriptions with their canonical JSON and
/// the payload as received, dispensing results (調剤結果), the medication history the 重複投薬等チェック and the 薬剤情報
/// view read (one row per drug, one indexed query per person), and the answers kept for retried requests
/// (Idempotency-Key). 引換番号 are unique among live prescriptions only: a partial unique index over the rows that still
/// carry one.
/// </summary>
internal static class M0004Prescriptions
{
    public static Migration Migration { get; } = new(4, "prescriptions",
    [
        new CreateTable("prescriptions")
            .Column("id", ColumnType.Text)
            .Column("person_id", ColumnType.BigInteger)
            .Column("facility_code", ColumnType.Text)
            .Column("issue_type", ColumnType.Text)
            .Column("status", ColumnType.Text)
            .Column("access_code", ColumnType.Text, nullable: true)
            .Column("holder_code", ColumnType.Text, nullable: true)
            .Column("issue_date", ColumnType.Date)
            .Column("window_from", ColumnType.Date)
            .Column("window_to", ColumnType.Date)
            .Column("uses_total", ColumnType.Number)
            .Column("uses_done", ColumnType.Number)
            .Column("inpatient", ColumnType.Boolean)
            .Column("signer", ColumnType.Text, nullable: true)
            .Column("media_type", ColumnType.Text)
            .Column("content", ColumnType.Json)
            .Column("raw", ColumnType.Bytes)
            .Column("created_at", ColumnType.Instant)
            .Column("updated_at", ColumnType.Instant)
            .PrimaryKey("id"),
        new CreateIndex("ux_prescriptions_access_code", "prescriptions", ["access_code"], Unique: true, Where: "access_code IS NOT NULL"),
        new CreateIndex("ix_prescriptions_person", "prescriptions", ["person_id", "issue_date"]),
        new CreateIndex("ix_prescriptions_expiry", "prescriptions", ["status", "window_to"]),
        new CreateTable("dispensings")
            .Column("id", ColumnType.Text)
            .Column("person_id", ColumnType.BigInteger)
            .Column("prescription_id", ColumnType.Text, nullable: true)
            .Column("pharmacy_code", ColumnType.Text)
            .Column("dispensed_on", ColumnType.Date)
            .Column("use_number", ColumnType.Number, nullable: true)
            .Column("signer", ColumnType.Text, nullable: true)
            .Column("media_type", ColumnType.Text)
            .Column("content", ColumnType.Json)
            .Column("raw", ColumnType.Bytes)
            .Column("created_at", ColumnType.Instant)
            .PrimaryKey("id"),
        new CreateIndex("ix_dispensings_person", "dispensings", ["person_id", "dispensed_on"]),
        new CreateIndex("ix_dispensings_prescription", "dispensings", ["prescription_id"]),
        new CreateTable("medication_history")
            .Column("person_id", ColumnType.BigInteger)
            .Column("source_id", ColumnType.Text)
            .Column("line", ColumnType.Number)
            .Column("kind", ColumnType.Text)
            .Column("prescription_id", ColumnType.Text, nullable: true)
            .Column("facility_code", ColumnType.Text)
            .Column("facility_name", ColumnType.Text)
            .Column("started_on", ColumnType.Date)
            .Column("usable_until", ColumnType.Date, nullable: true)
            .Column("code", ColumnType.Text, nullable: true)
            .Column("resolved_code", ColumnType.Text, nullable: true)
            .Column("ingredient_key", ColumnType.Text, nullable: true)
            .Column("route", ColumnType.Number, nullable: true)
            .Column("drug_name", ColumnType.Text)
            .Column("quantity", ColumnType.Text)
            .Column("unit", ColumnType.Text)
            .Column("usage_text", ColumnType.Text)
            .Column("dosage_form", ColumnType.Number)
            .Column("days_supply", ColumnType.Number)
            .Column("inpatient", ColumnType.Boolean)
            .Column("in_house", ColumnType.Boolean)
            .PrimaryKey("person_id", "source_id", "line"),
        new CreateIndex("ix_medication_history_person_date", "medication_history", ["person_id", "started_on"]),
        new CreateTable("idempotency_keys")
            .Column("client_id", ColumnType.Text)
            .Column("idempotency_key", ColumnType.Text)
            .Column("request_hash", ColumnType.Bytes)
            .Column("status", ColumnType.Number)
            .Column("location", ColumnType.Text, nullable: true)
            .Column("body", ColumnType.Bytes)
            .Column("created_at", ColumnType.Instant)
            .PrimaryKey("client_id", "idempotency_key"),
        new CreateIndex("ix_idempotency_keys_created", "idempotency_keys", ["created_at"]),
    ]);
}

using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Migrations;

/// <summary>
/// The drug catalog of the prescription service: the 支払基金 医薬品マスター (one row per レセ電 code), the MHLW
/// 薬価基準 list's 成分名 and 区分 per 薬価基準 code, the interaction table, and one row per imported part whose
/// version goes up on every import so servers know when to reload. Version 2 belongs to the eligibility service.
/// </summary>
internal static class M0003Drugs
{
    public static Migration Migration { get; } = new(3, "drugs",
    [
        new CreateTable("drugs")
            .Column("receipt_code", ColumnType.Text)
            .Column("price_list_code", ColumnType.Text)
            .Column("generic_name_code", ColumnType.Text, nullable: true)
            .Column("name", ColumnType.Text)
            .Column("kana_name", ColumnType.Text)
            .Column("base_name", ColumnType.Text)
            .Column("unit", ColumnType.Text)
            .Column("price_hundredths", ColumnType.BigInteger)
            .Column("dosage_form", ColumnType.Number)
            .Column("generic_name", ColumnType.Text, nullable: true)
            .Column("listed_on", ColumnType.Date, nullable: true)
            .Column("changed_on", ColumnType.Date, nullable: true)
            .Column("discontinued_on", ColumnType.Date, nullable: true)
            .Column("updated_at", ColumnType.Instant)
            .PrimaryKey("receipt_code"),
        new CreateIndex("ix_drugs_price_list_code", "drugs", ["price_list_code"]),
        new CreateIndex("ix_drugs_generic_name_code", "drugs", ["generic_name_code"]),
        new CreateTable("price_list_items")
            .Column("code", ColumnType.Text)
            .Column("route", ColumnType.Number)
            .Column("ingredient", ColumnType.Text)
            .Column("product_name", ColumnType.Text)
            .Column("updated_at", ColumnType.Instant)
            .PrimaryKey("code"),
        new CreateTable("interactions")
            .Column("drug_a", ColumnType.Text)
            .Column("drug_b", ColumnType.Text)
            .Column("level", ColumnType.Text)
            .PrimaryKey("drug_a", "drug_b"),
        new CreateTable("drug_catalog")
            .Column("part", ColumnType.Text)
            .Column("version", ColumnType.BigInteger)
            .Column("source", ColumnType.Text)
            .Column("row_count", ColumnType.BigInteger)
            .Column("imported_at", ColumnType.Instant)
            .PrimaryKey("part"),
    ]);
}

namespace Tsunagu.Storage.People;

/// <summary>The coverages table's column list, shared by every statement that writes or reads whole rows.</summary>
internal static class CoverageColumns
{
    public const string Write = "id, person_id, insurer_number, symbol, number, branch, birthdate, name, name_kana, sex, qualification_date, disqualification_date, record, updated_at";

    public const string Read = "id, person_id, record";
}

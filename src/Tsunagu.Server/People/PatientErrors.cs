using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.People;

/// <summary>Errors when a patient named by card identifiers and birthdate cannot be told apart.</summary>
public static class PatientErrors
{
    public static readonly ErrorCode NotFound = new(
        "PATIENT_NOT_FOUND", ErrorKind.NotFound,
        "該当する資格が見つかりません（保険者番号・記号・番号・枝番・生年月日を確認してください）。",
        "No coverage matches these identifiers and birthdate.");

    public static readonly ErrorCode Ambiguous = new(
        "PATIENT_AMBIGUOUS", ErrorKind.Conflict,
        "複数の方が該当します。枝番を指定してください。", "Several people match: give the branch number (枝番).");
}

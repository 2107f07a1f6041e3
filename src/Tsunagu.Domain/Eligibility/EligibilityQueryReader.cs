using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Eligibility;

/// <summary>Checks an <see cref="EligibilityQueryDraft"/>: identifiers, dates and consent flags.</summary>
public static class EligibilityQueryReader
{
    public static readonly ErrorCode FlagInvalid = new(
        "ELIGIBILITY_FLAG_INVALID", ErrorKind.Invalid,
        "同意フラグは 0 または 1 で指定してください。", "A consent flag is 0 or 1 (or false/true).");

    /// <param name="today">The date in Japan, used when the draft names no confirmation date.</param>
    public static ValidationResult<EligibilityQuery> Read(EligibilityQueryDraft draft, DateOnly today, int? index = null)
    {
        var reader = new FieldReader(index);
        var card = InsuredIdentifiers.Read(reader, new CoverageKeyDraft(draft.InsurerNumber, draft.InsuredCardSymbol, draft.InsuredIdentificationNumber, draft.InsuredBranchNumber));
        var birthdate = reader.Date(draft.Birthdate, "birthdate", required: true);
        var date = reader.Date(draft.QualificationConfirmationDate, "qualificationConfirmationDate") ?? today;
        var limit = Flag(reader, draft.LimitApplicationCertificateRelatedConsFlg, "limitApplicationCertificateRelatedConsFlg");
        var diseases = Flag(reader, draft.SpecificDiseasesCertificateRelatedConsFlg, "specificDiseasesCertificateRelatedConsFlg");
        return reader.HasErrors
            ? ValidationResult<EligibilityQuery>.Invalid(reader.Errors)
            : ValidationResult<EligibilityQuery>.Valid(new EligibilityQuery(card!, card!.Branch.Length > 0, birthdate!.Value, date, limit, diseases));
    }

    private static bool Flag(FieldReader reader, string? value, string field)
    {
        switch (value?.Trim())
        {
            case null or "" or "0" or "false":
                return false;
            case "1" or "true":
                return true;
            default:
                reader.Add(FlagInvalid, field, value);
                return false;
        }
    }
}

using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Tests.Support;

/// <summary>Sets one field of a member record by the path its errors name, so that a test can be written per field.</summary>
internal static class MemberRecordFields
{
    private const string Elderly = "elderlyRecipientCertificateInfo.";
    private const string Limit = "limitApplicationCertificateRelatedInfo.";
    private const string Previous = "previousCoverage.";
    private const string Diseases = "specificDiseasesCertificateList[";

    /// <summary>Returns <paramref name="draft"/> with the field at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    public static MemberRecordDraft Set(MemberRecordDraft draft, string path, string? value)
    {
        if (path.StartsWith(Elderly, StringComparison.Ordinal))
        {
            return draft with { ElderlyRecipientCertificateInfo = SetElderly(draft.ElderlyRecipientCertificateInfo!, path[Elderly.Length..], value) };
        }

        if (path.StartsWith(Limit, StringComparison.Ordinal))
        {
            return draft with { LimitApplicationCertificateRelatedInfo = SetLimit(draft.LimitApplicationCertificateRelatedInfo!, path[Limit.Length..], value) };
        }

        if (path.StartsWith(Previous, StringComparison.Ordinal))
        {
            return draft with { PreviousCoverage = SetPrevious(draft.PreviousCoverage!, path[Previous.Length..], value) };
        }

        if (path.StartsWith(Diseases, StringComparison.Ordinal))
        {
            var close = path.IndexOf(']', StringComparison.Ordinal);
            var position = int.Parse(path[Diseases.Length..close], System.Globalization.CultureInfo.InvariantCulture);
            var diseases = draft.SpecificDiseasesCertificateList!.ToArray();
            diseases[position] = SetDisease(diseases[position], path[(close + 2)..], value);
            return draft with { SpecificDiseasesCertificateList = diseases };
        }

        return SetTopLevel(draft, path, value);
    }

    private static MemberRecordDraft SetTopLevel(MemberRecordDraft d, string field, string? value) => field switch
    {
        "insurerNumber" => d with { InsurerNumber = value },
        "insuredCardClassification" => d with { InsuredCardClassification = value },
        "insuredCardSymbol" => d with { InsuredCardSymbol = value },
        "insuredIdentificationNumber" => d with { InsuredIdentificationNumber = value },
        "insuredBranchNumber" => d with { InsuredBranchNumber = value },
        "personalFamilyClassification" => d with { PersonalFamilyClassification = value },
        "insuredName" => d with { InsuredName = value },
        "name" => d with { Name = value },
        "nameOfOther" => d with { NameOfOther = value },
        "nameKana" => d with { NameKana = value },
        "nameOfOtherKana" => d with { NameOfOtherKana = value },
        "sex" => d with { Sex = value },
        "birthdate" => d with { Birthdate = value },
        "address" => d with { Address = value },
        "postNumber" => d with { PostNumber = value },
        "qualificationDate" => d with { QualificationDate = value },
        "disqualificationDate" => d with { DisqualificationDate = value },
        "reasonOfLoss" => d with { ReasonOfLoss = value },
        "insuredCertificateIssuanceDate" => d with { InsuredCertificateIssuanceDate = value },
        "insuredCardValidDate" => d with { InsuredCardValidDate = value },
        "insuredCardExpirationDate" => d with { InsuredCardExpirationDate = value },
        "insuredPartialContributionRatio" => d with { InsuredPartialContributionRatio = value },
        "preschoolClassification" => d with { PreschoolClassification = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a member record field."),
    };

    private static ElderlyRecipientDraft SetElderly(ElderlyRecipientDraft d, string field, string? value) => field switch
    {
        "elderlyRecipientCertificateDate" => d with { ElderlyRecipientCertificateDate = value },
        "elderlyRecipientValidStartDate" => d with { ElderlyRecipientValidStartDate = value },
        "elderlyRecipientValidEndDate" => d with { ElderlyRecipientValidEndDate = value },
        "elderlyRecipientContributionRatio" => d with { ElderlyRecipientContributionRatio = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an elderly recipient field."),
    };

    private static LimitApplicationDraft SetLimit(LimitApplicationDraft d, string field, string? value) => field switch
    {
        "limitApplicationCertificateClassification" => d with { LimitApplicationCertificateClassification = value },
        "limitApplicationCertificateClassificationFlag" => d with { LimitApplicationCertificateClassificationFlag = value },
        "limitApplicationCertificateDate" => d with { LimitApplicationCertificateDate = value },
        "limitApplicationCertificateValidStartDate" => d with { LimitApplicationCertificateValidStartDate = value },
        "limitApplicationCertificateValidEndDate" => d with { LimitApplicationCertificateValidEndDate = value },
        "limitApplicationCertificateLongTermDate" => d with { LimitApplicationCertificateLongTermDate = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a limit application field."),
    };

    private static SpecificDiseaseDraft SetDisease(SpecificDiseaseDraft d, string field, string? value) => field switch
    {
        "specificDiseasesDiseaseCategory" => d with { SpecificDiseasesDiseaseCategory = value },
        "specificDiseasesCertificateDate" => d with { SpecificDiseasesCertificateDate = value },
        "specificDiseasesValidStartDate" => d with { SpecificDiseasesValidStartDate = value },
        "specificDiseasesValidEndDate" => d with { SpecificDiseasesValidEndDate = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a specific disease field."),
    };

    private static CoverageKeyDraft SetPrevious(CoverageKeyDraft d, string field, string? value) => field switch
    {
        "insurerNumber" => d with { InsurerNumber = value },
        "insuredCardSymbol" => d with { InsuredCardSymbol = value },
        "insuredIdentificationNumber" => d with { InsuredIdentificationNumber = value },
        "insuredBranchNumber" => d with { InsuredBranchNumber = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a coverage key field."),
    };
}

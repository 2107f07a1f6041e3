using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.People;

/// <summary>Turns a <see cref="MemberRecordDraft"/> into a <see cref="Coverage"/>, or lists every problem with it.</summary>
public static class MemberRecordValidator
{
    public const int MaxNameLength = 100;
    public const int MaxAddressLength = 200;

    /// <param name="insurerNumber">
    /// The loading insurer's 保険者番号 as registered; a record naming another insurer is refused. A record may write a
    /// 国保 number in any form <see cref="InsurerNumber.Parse"/> reads (space-padded or zero-padded to 8 digits).
    /// </param>
    /// <param name="index">The record's position in its batch, carried by every error.</param>
    public static ValidationResult<Coverage> Validate(MemberRecordDraft draft, string insurerNumber, int index)
    {
        var reader = new FieldReader(index);
        if (draft.InsurerNumber is { Length: > 0 } named && InsurerNumber.Parse(named).Value?.Value != insurerNumber)
        {
            reader.Add(MemberErrors.InsurerMismatch, "insurerNumber", named);
        }

        var key = InsuredIdentifiers.ReadCard(reader, insurerNumber, draft.InsuredCardSymbol, draft.InsuredIdentificationNumber, draft.InsuredBranchNumber);
        var coverage = ReadCoverage(reader, draft, key);
        return reader.HasErrors ? ValidationResult<Coverage>.Invalid(reader.Errors) : ValidationResult<Coverage>.Valid(coverage!);
    }

    private static Coverage? ReadCoverage(FieldReader r, MemberRecordDraft d, CoverageKey? key)
    {
        var name = r.Text(d.Name, "name", MaxNameLength, required: true);
        var kana = Kana(r, d.NameKana, "nameKana", required: true);
        var sex = r.Code(d.Sex, "sex", CoverageCodeTables.Sex, required: true);
        var birthdate = r.Date(d.Birthdate, "birthdate", required: true);
        var qualified = r.Date(d.QualificationDate, "qualificationDate", required: true);
        var disqualified = r.Date(d.DisqualificationDate, "disqualificationDate");
        r.Ordered(birthdate, qualified, "qualificationDate");
        r.Ordered(qualified, disqualified, "disqualificationDate");
        var coverage = new Coverage
        {
            Key = key!,
            InsuredCardClassification = r.Code(d.InsuredCardClassification, "insuredCardClassification", CoverageCodeTables.InsuredCardClassification),
            PersonalFamilyClassification = r.Code(d.PersonalFamilyClassification, "personalFamilyClassification", CoverageCodeTables.PersonalFamilyClassification),
            InsuredName = r.Text(d.InsuredName, "insuredName", MaxNameLength),
            Name = name!,
            NameOfOther = r.Text(d.NameOfOther, "nameOfOther", MaxNameLength),
            NameKana = kana!,
            NameOfOtherKana = Kana(r, d.NameOfOtherKana, "nameOfOtherKana", required: false),
            Sex = sex is null ? Sex.Unset : (Sex)(sex[0] - '0'),
            Birthdate = birthdate.GetValueOrDefault(),
            Address = r.Text(d.Address, "address", MaxAddressLength),
            PostNumber = PostNumber(r, d.PostNumber),
            QualificationDate = qualified.GetValueOrDefault(),
            DisqualificationDate = disqualified,
            ReasonOfLoss = r.Code(d.ReasonOfLoss, "reasonOfLoss", CoverageCodeTables.ReasonOfLoss),
            InsuredCertificateIssuanceDate = r.Date(d.InsuredCertificateIssuanceDate, "insuredCertificateIssuanceDate"),
            InsuredCardValidDate = r.Date(d.InsuredCardValidDate, "insuredCardValidDate"),
            InsuredCardExpirationDate = r.Date(d.InsuredCardExpirationDate, "insuredCardExpirationDate"),
            InsuredPartialContributionRatio = Ratio(r, d.InsuredPartialContributionRatio, "insuredPartialContributionRatio"),
            PreschoolClassification = r.Code(d.PreschoolClassification, "preschoolClassification", CoverageCodeTables.PreschoolClassification),
            ElderlyRecipientCertificateInfo = d.ElderlyRecipientCertificateInfo is { } elderly ? ReadElderly(r, elderly) : null,
            LimitApplicationCertificateRelatedInfo = d.LimitApplicationCertificateRelatedInfo is { } limit ? ReadLimit(r, limit) : null,
            SpecificDiseasesCertificateList = (d.SpecificDiseasesCertificateList ?? []).Select((disease, i) => ReadDisease(r, disease, i)).ToList(),
            PreviousCoverage = d.PreviousCoverage is { } previous ? InsuredIdentifiers.Read(r, previous, "previousCoverage.") : null,
        };
        return r.HasErrors ? null : coverage;
    }

    private static ElderlyRecipient ReadElderly(FieldReader r, ElderlyRecipientDraft d)
    {
        const string prefix = "elderlyRecipientCertificateInfo.";
        var start = r.Date(d.ElderlyRecipientValidStartDate, prefix + "elderlyRecipientValidStartDate", required: true);
        var end = r.Date(d.ElderlyRecipientValidEndDate, prefix + "elderlyRecipientValidEndDate");
        r.Ordered(start, end, prefix + "elderlyRecipientValidEndDate");
        var ratio = Ratio(r, d.ElderlyRecipientContributionRatio, prefix + "elderlyRecipientContributionRatio");
        if (ratio is null && string.IsNullOrWhiteSpace(d.ElderlyRecipientContributionRatio))
        {
            r.Add(InputErrors.Required, prefix + "elderlyRecipientContributionRatio");
        }

        return new ElderlyRecipient(r.Date(d.ElderlyRecipientCertificateDate, prefix + "elderlyRecipientCertificateDate"), start.GetValueOrDefault(), end, ratio ?? string.Empty);
    }

    private static LimitApplication ReadLimit(FieldReader r, LimitApplicationDraft d)
    {
        const string prefix = "limitApplicationCertificateRelatedInfo.";
        var start = r.Date(d.LimitApplicationCertificateValidStartDate, prefix + "limitApplicationCertificateValidStartDate", required: true);
        var end = r.Date(d.LimitApplicationCertificateValidEndDate, prefix + "limitApplicationCertificateValidEndDate");
        r.Ordered(start, end, prefix + "limitApplicationCertificateValidEndDate");
        return new LimitApplication(
            r.Code(d.LimitApplicationCertificateClassification, prefix + "limitApplicationCertificateClassification", CoverageCodeTables.LimitApplicationCertificateClassification, required: true) ?? string.Empty,
            r.Code(d.LimitApplicationCertificateClassificationFlag, prefix + "limitApplicationCertificateClassificationFlag", CoverageCodeTables.LimitApplicationCertificateClassificationFlag, required: true) ?? string.Empty,
            r.Date(d.LimitApplicationCertificateDate, prefix + "limitApplicationCertificateDate"),
            start.GetValueOrDefault(),
            end,
            r.Date(d.LimitApplicationCertificateLongTermDate, prefix + "limitApplicationCertificateLongTermDate"));
    }

    private static SpecificDisease ReadDisease(FieldReader r, SpecificDiseaseDraft d, int position)
    {
        var prefix = $"specificDiseasesCertificateList[{position}].";
        var start = r.Date(d.SpecificDiseasesValidStartDate, prefix + "specificDiseasesValidStartDate", required: true);
        var end = r.Date(d.SpecificDiseasesValidEndDate, prefix + "specificDiseasesValidEndDate");
        r.Ordered(start, end, prefix + "specificDiseasesValidEndDate");
        if (d.SpecificDiseasesSelfPay is < 0)
        {
            r.Add(InputErrors.BadFormat, prefix + "specificDiseasesSelfPay", "a non-negative amount of yen");
        }

        return new SpecificDisease(
            r.Code(d.SpecificDiseasesDiseaseCategory, prefix + "specificDiseasesDiseaseCategory", CoverageCodeTables.SpecificDiseasesDiseaseCategory, required: true) ?? string.Empty,
            r.Date(d.SpecificDiseasesCertificateDate, prefix + "specificDiseasesCertificateDate"),
            start.GetValueOrDefault(),
            end,
            d.SpecificDiseasesSelfPay);
    }

    private static string? Kana(FieldReader r, string? value, string field, bool required)
    {
        var text = r.Text(value, field, MaxNameLength, required);
        if (text is not null && !KanaText.IsKatakana(text))
        {
            r.Add(MemberErrors.KanaInvalid, field, text);
            return null;
        }

        return text;
    }

    private static string? Ratio(FieldReader r, string? value, string field)
    {
        var text = r.Text(value, field, 3);
        if (text is not null && !(text.Length == 3 && text.All(char.IsAsciiDigit) && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) <= 100))
        {
            r.Add(MemberErrors.RatioInvalid, field, text);
            return null;
        }

        return text;
    }

    private static string? PostNumber(FieldReader r, string? value)
    {
        var text = r.Text(value, "postNumber", 8);
        if (text is not null && !System.Text.RegularExpressions.Regex.IsMatch(text, "^[0-9]{3}-?[0-9]{4}$"))
        {
            r.Add(InputErrors.BadFormat, "postNumber", "123-4567");
            return null;
        }

        return text;
    }
}
